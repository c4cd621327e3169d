/**
 * What the learning scripts' logistic models share: the logistic function, and the grid of thresholds
 * they choose a verdict's cut-off from (rounded to hundredths, so a chosen threshold prints as it is).
 */

/** The logistic function: a logit as a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Thresholds from `from` to `to` in steps of `step`, each rounded to hundredths. */
export function thresholdGrid(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, at) => Math.round((from + at * step) * 100) / 100);
}
