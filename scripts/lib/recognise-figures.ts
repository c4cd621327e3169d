/** Evaluation figures of the verdict and the top theme; "maybe" counts as no. */
import type { Verdict } from '../../lib/core/recognise/types';
import type { ThemeId } from '../../lib/core/themes';

export interface LabelledResult {
  expected: { regional: boolean; theme: ThemeId | null };
  verdict: Verdict;
  topTheme: ThemeId | null;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  maybes: number;
  positives: number;
  themeCorrect: number;
  themeAccuracy: number;
}

export function computeFigures(results: readonly LabelledResult[]): Figures {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let positives = 0;
  let themeCorrect = 0;
  let maybes = 0;
  for (const result of results) {
    const predicted = result.verdict === 'yes';
    if (result.verdict === 'maybe') maybes++;
    if (predicted && result.expected.regional) truePositive++;
    else if (predicted) falsePositive++;
    else if (result.expected.regional) falseNegative++;
    if (result.expected.regional && result.expected.theme) {
      positives++;
      if (result.topTheme === result.expected.theme) themeCorrect++;
    }
  }
  const precision = truePositive / (truePositive + falsePositive);
  const recall = truePositive / (truePositive + falseNegative);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, maybes, positives, themeCorrect, themeAccuracy: themeCorrect / positives };
}
