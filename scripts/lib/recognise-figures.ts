/**
 * Evaluation figures of the recogniser; "maybe" counts as no. A page's
 * expected themes are a list (the leading one first); the top theme is right
 * when it is one of them. The written corpora give one theme, real pages one
 * to three.
 */
import type { Recognition, Verdict } from '../../lib/core/recognise/types';
import type { ThemeId } from '../../lib/core/themes';

export interface LabelledResult {
  expected: { regional: boolean; theme: ThemeId | null; themes?: readonly ThemeId[] };
  verdict: Verdict;
  topTheme: ThemeId | null;
  /** The whole recognition, for the figures on suggestions; optional for callers that only judge the verdict. */
  recognition?: Pick<Recognition, 'score' | 'suggestions'>;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  maybes: number;
  positives: number;
  themeCorrect: number;
  themeAccuracy: number;
  /** Negatives called regional, as a share of all negatives. */
  falseAlarms: number;
  negatives: number;
  falseAlarmRate: number;
  /** Pages rightly called "yes" whose first suggestion is on one of the expected themes. */
  suggestionCorrect: number;
  suggestionJudged: number;
  suggestionAccuracy: number;
  /** Pages called "no" that still got page suggestions. */
  suggestionsOnNo: number;
}

function expectedThemes(result: LabelledResult): readonly ThemeId[] {
  return result.expected.themes ?? (result.expected.theme ? [result.expected.theme] : []);
}

export function computeFigures(results: readonly LabelledResult[]): Figures {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let positives = 0;
  let negatives = 0;
  let themeCorrect = 0;
  let maybes = 0;
  let suggestionCorrect = 0;
  let suggestionJudged = 0;
  let suggestionsOnNo = 0;
  for (const result of results) {
    const predicted = result.verdict === 'yes';
    const themes = expectedThemes(result);
    if (result.verdict === 'maybe') maybes++;
    if (predicted && result.expected.regional) truePositive++;
    else if (predicted) falsePositive++;
    else if (result.expected.regional) falseNegative++;
    if (!result.expected.regional) negatives++;
    if (result.expected.regional && themes.length > 0) {
      positives++;
      if (result.topTheme !== null && themes.includes(result.topTheme)) themeCorrect++;
    }
    if (result.recognition && predicted && result.expected.regional && themes.length > 0) {
      suggestionJudged++;
      const first = result.recognition.suggestions[0];
      if (first && first.themes.some((theme) => themes.includes(theme))) suggestionCorrect++;
    }
    if (result.recognition && result.verdict === 'no' && result.recognition.suggestions.length > 0) suggestionsOnNo++;
  }
  const precision = truePositive / (truePositive + falsePositive);
  const recall = truePositive / (truePositive + falseNegative);
  const f1 = (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    maybes,
    positives,
    themeCorrect,
    themeAccuracy: themeCorrect / positives,
    falseAlarms: falsePositive,
    negatives,
    falseAlarmRate: falsePositive / negatives,
    suggestionCorrect,
    suggestionJudged,
    suggestionAccuracy: suggestionCorrect / suggestionJudged,
    suggestionsOnNo,
  };
}

export interface ReliabilityBand {
  from: number;
  to: number;
  pages: number;
  regional: number;
}

/** Score band → how many pages fell in it and how many of those are regional: does a score mean what it says? */
export function reliabilityTable(results: readonly LabelledResult[], bands = 10): ReliabilityBand[] {
  const table = Array.from({ length: bands }, (_, at) => ({ from: at / bands, to: (at + 1) / bands, pages: 0, regional: 0 }));
  for (const result of results) {
    const score = result.recognition?.score ?? 0;
    const band = table[Math.min(bands - 1, Math.floor(score * bands))];
    if (!band) continue;
    band.pages++;
    if (result.expected.regional) band.regional++;
  }
  return table;
}
