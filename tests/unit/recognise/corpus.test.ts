/**
 * Quality guard on the labelled corpora: the figures `npm run eval` prints
 * must stay at the aims. Fails when a change to the lexicon or the
 * model makes the recogniser worse on pages it got right. tests/fixtures/pages
 * was written together with the lexicon; tests/fixtures/pages-unseen was
 * written before reading it, in the style of real government, news and
 * knowledge pages with hard negatives, and guards against fitting the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRecogniser } from '../../../lib/recognise/recogniser';
import type { ThemeId } from '../../../lib/themes';
import { computeFigures } from '../../../scripts/lib/recognise-figures';
import { snapshotFromFile } from '../../../scripts/lib/recognise-input';

type Labels = Record<string, { regional: boolean; theme: ThemeId | null }>;

function evaluate(dir: string) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const recogniser = createRecogniser([]);
  return Object.entries(labels).map(([file, expected]) => {
    const recognition = recogniser.recognise(snapshotFromFile(join(dir, file)));
    return { file, expected, verdict: recognition.verdict, topTheme: recognition.themes[0]?.id ?? null };
  });
}

describe('the labelled corpus', () => {
  const results = evaluate('tests/fixtures/pages');

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

describe('the unseen corpus (real-world styles, hard negatives)', () => {
  const results = evaluate('tests/fixtures/pages-unseen');

  test('has at least 30 pages, positives on every theme and hard negatives', () => {
    expect(results.length).toBeGreaterThanOrEqual(30);
    const themes = new Set(results.filter((r) => r.expected.regional).map((r) => r.expected.theme));
    expect(themes.size).toBe(7);
    expect(results.filter((r) => !r.expected.regional).length).toBeGreaterThanOrEqual(15);
  });

  test('verdict F1 ≥ 0.9 and top-1 theme ≥ 0.8', () => {
    const figures = computeFigures(results);
    expect(figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(figures.themeAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  test('no hard negative is called regional', () => {
    expect(results.filter((r) => !r.expected.regional && r.verdict === 'yes').map((r) => r.file)).toEqual([]);
  });
});
