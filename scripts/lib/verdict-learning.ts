/**
 * A learned verdict, as an experiment beside the hand rule (evidence.ts): an
 * L2-regularised logistic regression over the features of verdict-features.ts,
 * whose probability is the page's score, with a "yes" and a "maybe" threshold.
 * Two guard rails hold whatever the weights say: a page whose only evidence is
 * one passing mention (evidence.ts, `onlyMention`), or which has no reason to
 * show, stays below "yes"; a page about regions elsewhere is a "no".
 *
 * It is not used by the recogniser: on the development sets it did not beat the
 * hand rule (scripts/learn-verdict.ts reports leave-one-set-out; figures in
 * tests/fixtures/real-pages/README.md).
 *
 * Fitting it to labelled pages is deterministic: L2-regularised logistic regression solved by a
 * fixed number of Newton steps from zero, on features standardised over the
 * training pages (so one λ pulls every feature alike), the scaling then folded
 * back into the stored weights. No randomness and a fixed page order: the same
 * pages always give the same model.
 *
 * The thresholds are chosen on the training pages too: "yes" where F1 is best
 * among thresholds that call no more negatives regional than the hand rule did
 * on the same pages (ties: the higher threshold), "maybe" at the highest
 * threshold below which at most MISSED_BELOW_MAYBE of the regional pages fall,
 * so that a "no" means no.
 */
import { round } from '../../lib/core/recognise/evidence';
import type { VerdictInput } from '../../lib/core/recognise/recogniser';
import type { Verdict } from '../../lib/core/recognise/types';
import { f1Of, tally, type Counts } from './verdict-counts';
import { VERDICT_FEATURES, verdictFeatures } from './verdict-features';
import { sigmoid, thresholdGrid } from './logistic';

/** What the verdict is judged from: the features, and what the hand rule said and flagged. */
export interface VerdictCase {
  features: number[];
  /** The hand rule's score and verdict (evidence.ts). */
  hand: { score: number; verdict: Verdict };
  /** The page's only evidence is one passing mention. */
  onlyMention: boolean;
  /** How many reasons the page would show. */
  reasons: number;
  /** About regions elsewhere (elsewhere.ts): "no" whatever the evidence. */
  elsewhere: boolean;
}

/** One labelled page: what the recogniser read of it and what a reader said. */
export interface VerdictExample {
  /** The labelled set the page belongs to (for leave-one-set-out). */
  set: string;
  /** An id to name it by (file or page id). */
  id: string;
  regional: boolean;
  input: VerdictCase;
}

/** A learned verdict: a weight per feature (VERDICT_FEATURES order, named), a bias and the two thresholds. */
export interface VerdictModel {
  features: string[];
  weights: number[];
  bias: number;
  yesAt: number;
  maybeAt: number;
}

export function verdictCase(input: VerdictInput): VerdictCase {
  return {
    features: verdictFeatures(input),
    hand: { score: input.evidence.score, verdict: input.evidence.verdict },
    onlyMention: input.evidence.signals.onlyMention,
    reasons: input.evidence.why.length,
    elsewhere: input.elsewhere,
  };
}

/** The model's probability that the page is regional. */
export function verdictProbability(model: VerdictModel, features: readonly number[]): number {
  const logit = model.weights.reduce((sum, weight, at) => sum + weight * (features[at] ?? 0), model.bias);
  return sigmoid(logit);
}

/**
 * The score and verdict of a page: the model's (with its guard rails) or,
 * without one, the hand rule's, as the recogniser reaches it. One passing
 * mention or no reason to show: just under "yes" at most.
 */
export function judge(input: VerdictCase, model: VerdictModel | undefined): { score: number; verdict: Verdict } {
  let judged = input.hand;
  if (model) {
    const probability = verdictProbability(model, input.features);
    const capped = input.onlyMention || input.reasons === 0;
    const score = round(capped ? Math.min(probability, model.yesAt - 0.001) : probability);
    judged = { score, verdict: score >= model.yesAt ? 'yes' : score >= model.maybeAt ? 'maybe' : 'no' };
  }
  return input.elsewhere ? { score: judged.score, verdict: 'no' } : judged;
}

const NEWTON_STEPS = 30;
/** Share of the regional training pages a "no" may hold. */
const MISSED_BELOW_MAYBE = 0.05;
const GRID_STEP = 0.01;
const MIN_YES = 0.3;
const MAX_YES = 0.9;

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite here). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const head = a[col] as number[];
    const diagonal = head[col] ?? 1;
    for (let row = col + 1; row < n; row++) {
      const line = a[row] as number[];
      const factor = (line[col] ?? 0) / diagonal;
      for (let k = col; k <= n; k++) line[k] = (line[k] ?? 0) - factor * (head[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const line = a[row] as number[];
    let sum = line[n] ?? 0;
    for (let k = row + 1; k < n; k++) sum -= (line[k] ?? 0) * (x[k] ?? 0);
    x[row] = sum / (line[row] ?? 1);
  }
  return x;
}

/** Pages the fit learns from: a page about regions elsewhere is a "no" by rule, whatever its evidence. */
const learnable = (examples: readonly VerdictExample[]) => examples.filter((example) => !example.input.elsewhere);

/** Weights and bias over the raw features, minimising mean log-loss + λ‖w‖² on standardised features. */
export function fitWeights(examples: readonly VerdictExample[], lambda: number): { weights: number[]; bias: number } {
  const pages = learnable(examples);
  const d = VERDICT_FEATURES.length;
  const n = Math.max(1, pages.length);
  const mean = VERDICT_FEATURES.map((_, j) => pages.reduce((sum, page) => sum + (page.input.features[j] ?? 0), 0) / n);
  const scale = VERDICT_FEATURES.map((_, j) => {
    const variance = pages.reduce((sum, page) => sum + ((page.input.features[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  // Standardised rows with a leading 1 for the bias, which is not pulled towards 0.
  const rows = pages.map((page) => [
    1,
    ...VERDICT_FEATURES.map((_, j) => ((page.input.features[j] ?? 0) - (mean[j] ?? 0)) / (scale[j] ?? 1)),
  ]);
  const labels = pages.map((page) => (page.regional ? 1 : 0));
  let beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    rows.forEach((row, i) => {
      const p = sigmoid(row.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), 0));
      const residual = (p - (labels[i] ?? 0)) / n;
      const curvature = (p * (1 - p)) / n;
      row.forEach((value, j) => {
        gradient[j] = (gradient[j] ?? 0) + residual * value;
        const line = hessian[j] as number[];
        row.forEach((other, k) => (line[k] = (line[k] ?? 0) + curvature * value * other));
      });
    });
    for (let j = 1; j <= d; j++) {
      gradient[j] = (gradient[j] ?? 0) + 2 * lambda * (beta[j] ?? 0);
      const line = hessian[j] as number[];
      line[j] = (line[j] ?? 0) + 2 * lambda;
    }
    (hessian[0] as number[])[0] = ((hessian[0] as number[])[0] ?? 0) + 1e-9;
    const delta = solve(hessian, gradient);
    beta = beta.map((value, j) => value - (delta[j] ?? 0));
  }
  const weights = VERDICT_FEATURES.map((_, j) => (beta[j + 1] ?? 0) / (scale[j] ?? 1));
  const bias = (beta[0] ?? 0) - weights.reduce((sum, weight, j) => sum + weight * (mean[j] ?? 0), 0);
  return { weights, bias };
}

/** The verdict a labelled page gets from the model, or from the hand rule without one. */
export function verdictOfExample(example: VerdictExample, model: VerdictModel | undefined): { score: number; verdict: Verdict } {
  return judge(example.input, model);
}

export function countVerdicts(examples: readonly VerdictExample[], model: VerdictModel | undefined): Counts {
  return tally(examples.map((example) => ({ regional: example.regional, verdict: verdictOfExample(example, model).verdict })));
}

const grid = (from: number, to: number) => thresholdGrid(from, to, GRID_STEP);

/** The model with its thresholds, fitted and chosen on the given pages. */
export function fitVerdictModel(examples: readonly VerdictExample[], lambda: number): VerdictModel {
  const { weights, bias } = fitWeights(examples, lambda);
  const base = { features: [...VERDICT_FEATURES], weights, bias };
  const handAlarms = countVerdicts(examples, undefined).falsePositive;
  let best: { yesAt: number; f1: number } = { yesAt: MAX_YES, f1: -1 };
  for (const yesAt of grid(MIN_YES, MAX_YES)) {
    const counts = countVerdicts(examples, { ...base, yesAt, maybeAt: 0 });
    const f1 = f1Of(counts);
    if (counts.falsePositive <= handAlarms && f1 >= best.f1) best = { yesAt, f1 };
  }
  const regional = examples.filter((example) => example.regional);
  const scores = regional.map((example) => verdictOfExample(example, { ...base, yesAt: best.yesAt, maybeAt: 0 }).score);
  let maybeAt = GRID_STEP;
  for (const candidate of grid(GRID_STEP, best.yesAt - GRID_STEP)) {
    const below = scores.filter((score) => score < candidate).length;
    if (below <= MISSED_BELOW_MAYBE * regional.length) maybeAt = candidate;
  }
  return { ...base, yesAt: best.yesAt, maybeAt };
}
