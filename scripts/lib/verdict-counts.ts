/**
 * Counting verdicts against labels, shared by the learning scripts that compare
 * a learned verdict with the hand rule (learn-verdict.ts, learn-words.ts), so
 * that both count, pool and print precision, recall, F1 and false alarms alike.
 * A "maybe" counts as no.
 */
import type { Verdict } from '../../lib/core/recognise/types';
import { percent } from './eval-real';

export interface Counts {
  pages: number;
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  negatives: number;
  maybes: number;
}

export const NO_COUNTS: Counts = { pages: 0, truePositive: 0, falsePositive: 0, falseNegative: 0, negatives: 0, maybes: 0 };

/** The counts of labelled verdicts. */
export function tally(verdicts: Iterable<{ regional: boolean; verdict: Verdict }>): Counts {
  const counts = { ...NO_COUNTS };
  for (const { regional, verdict } of verdicts) {
    counts.pages++;
    if (verdict === 'maybe') counts.maybes++;
    if (!regional) counts.negatives++;
    if (verdict === 'yes' && regional) counts.truePositive++;
    else if (verdict === 'yes') counts.falsePositive++;
    else if (regional) counts.falseNegative++;
  }
  return counts;
}

/** Two sets' counts pooled. */
export const addCounts = (a: Counts, b: Counts): Counts => ({
  pages: a.pages + b.pages,
  truePositive: a.truePositive + b.truePositive,
  falsePositive: a.falsePositive + b.falsePositive,
  falseNegative: a.falseNegative + b.falseNegative,
  negatives: a.negatives + b.negatives,
  maybes: a.maybes + b.maybes,
});

export const f1Of = (counts: Counts) =>
  counts.truePositive === 0
    ? 0
    : (2 * counts.truePositive) / (2 * counts.truePositive + counts.falsePositive + counts.falseNegative);

/** "P 98.1% R 96.4% F1 97.2% fa 1/49 maybe 5" (fa: false alarms among the negatives). */
export function figures(counts: Counts): string {
  const precision = counts.truePositive / (counts.truePositive + counts.falsePositive);
  const recall = counts.truePositive / (counts.truePositive + counts.falseNegative);
  return `P ${percent(precision)} R ${percent(recall)} F1 ${percent(f1Of(counts))} fa ${counts.falsePositive}/${counts.negatives} maybe ${counts.maybes}`;
}
