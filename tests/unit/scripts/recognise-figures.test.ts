/** The evaluation's arithmetic, on small hand-made tables. */
import { describe, expect, test } from 'vitest';
import { bestThreshold, f1At, keywordDensity } from '../../../scripts/lib/keyword-baseline';
import { computeFigures, reliabilityTable, type LabelledResult } from '../../../scripts/lib/recognise-figures';

const suggestion = (themes: LabelledResult['topTheme'][]) => ({
  id: 'e',
  score: 1,
  themes: themes.flatMap((t) => (t ? [t] : [])),
  shared: [],
});
const results: LabelledResult[] = [
  {
    expected: { regional: true, theme: 'ws-sharing', themes: ['ws-sharing', 'ws-den-haag'] },
    verdict: 'yes',
    topTheme: 'ws-den-haag',
    recognition: { score: 0.95, suggestions: [suggestion(['ws-sharing'])] },
  },
  {
    expected: { regional: true, theme: 'ws-democratie' },
    verdict: 'yes',
    topTheme: 'ws-sharing',
    recognition: { score: 0.85, suggestions: [suggestion(['ws-sharing'])] },
  },
  {
    expected: { regional: true, theme: 'ws-democratie' },
    verdict: 'maybe',
    topTheme: 'ws-democratie',
    recognition: { score: 0.5, suggestions: [] },
  },
  { expected: { regional: false, theme: null }, verdict: 'yes', topTheme: null, recognition: { score: 0.75, suggestions: [] } },
  {
    expected: { regional: false, theme: null },
    verdict: 'no',
    topTheme: null,
    recognition: { score: 0.05, suggestions: [suggestion([])] },
  },
];

describe('computeFigures', () => {
  const figures = computeFigures(results);
  test('verdict: maybe counts as no', () => {
    expect(figures.precision).toBeCloseTo(2 / 3);
    expect(figures.recall).toBeCloseTo(2 / 3);
    expect(figures.maybes).toBe(1);
    expect([figures.falseAlarms, figures.negatives]).toEqual([1, 2]);
  });
  test('a top theme is right when it is any expected theme', () => {
    expect([figures.themeCorrect, figures.positives]).toEqual([2, 3]);
  });
  test('first suggestion judged on pages rightly called yes; suggestions on "no" counted', () => {
    expect([figures.suggestionCorrect, figures.suggestionJudged]).toEqual([1, 2]);
    expect(figures.suggestionsOnNo).toBe(1);
  });
});

test('reliability table: pages and regional ones per score band', () => {
  const table = reliabilityTable(results, 4);
  expect(table.map((band) => [band.pages, band.regional])).toEqual([
    [1, 0],
    [0, 0],
    [1, 1],
    [3, 2],
  ]);
});

describe('keyword-density peer', () => {
  test('counts cooperation words per 1,000 words', () => {
    expect(keywordDensity('de gemeenten werken samen in de regio')).toBeCloseTo((2 / 7) * 1000);
    expect(keywordDensity('')).toBe(0);
  });
  test('picks the threshold with the best F1', () => {
    const pages = [
      { density: 1, regional: false },
      { density: 5, regional: false },
      { density: 8, regional: true },
      { density: 12, regional: true },
    ];
    expect(bestThreshold(pages)).toBe(8);
    expect(f1At(pages, 8)).toBe(1);
    expect(f1At(pages, 1)).toBeCloseTo(2 / 3);
  });
});
