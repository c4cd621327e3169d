/**
 * Quality guard on the labelled corpus (tests/fixtures/pages): the figures
 * `npm run eval` prints must stay at the aims. Fails when a change to
 * the lexicon or the model makes the recogniser worse on pages it got right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRecogniser } from '../../../lib/recognise/recogniser';
import type { ThemeId } from '../../../lib/themes';
import { computeFigures } from '../../../scripts/lib/recognise-figures';
import { snapshotFromFile } from '../../../scripts/lib/recognise-input';

const DIR = 'tests/fixtures/pages';
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<
  string,
  { regional: boolean; theme: ThemeId | null }
>;

describe('the labelled corpus', () => {
  const recogniser = createRecogniser([]);
  const results = Object.entries(labels).map(([file, expected]) => {
    const recognition = recogniser.recognise(snapshotFromFile(join(DIR, file)));
    return { file, expected, verdict: recognition.verdict, topTheme: recognition.themes[0]?.id ?? null };
  });

  test('has at least 60 pages, positives on every theme and negatives', () => {
    expect(results.length).toBeGreaterThanOrEqual(60);
    const themes = new Set(results.filter((r) => r.expected.regional).map((r) => r.expected.theme));
    expect(themes.size).toBe(7);
    expect(results.filter((r) => !r.expected.regional).length).toBeGreaterThanOrEqual(20);
  });

  test('verdict F1 ≥ 0.95 and top-1 theme ≥ 0.85', () => {
    const figures = computeFigures(results);
    expect(figures.f1).toBeGreaterThanOrEqual(0.95);
    expect(figures.themeAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
