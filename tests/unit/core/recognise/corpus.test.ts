/**
 * Quality guard on the labelled corpora: the figures `npm run eval` prints
 * must stay at the aims. Fails when a change to the lexicon or the
 * model makes the recogniser worse on pages it got right. tests/fixtures/pages
 * was written together with the lexicon; tests/fixtures/pages-unseen was
 * written before reading it, in the style of real government, news and
 * knowledge pages with hard negatives, and guards against fitting the first.
 * tests/fixtures/pages-fresh (round 2) was written before reading the lexicon
 * too, in other voices (Kamerbrieven, statenvoorstellen, long raadsinformatie-
 * brieven, interviews, OECD pages, budgets, annual reports, job ads); it is
 * read as the command-line recogniser reads it, with the bundled index, so
 * the index's theme vote (lib/core/recognise/theme-vote.ts) takes part. Its guards
 * sit just below what was measured (F1 96.3%, top-1 100%), not at an aim.
 * tests/fixtures/pages-news (round 3) was written before reading the lexicon
 * too: 24 pages of regional broadcasters, national news, Binnenlands Bestuur,
 * regional papers and a local news site, with their furniture (site name in
 * the title, bylines, "lees ook", most-read lists with other headlines,
 * weather widgets, live tickers); half regional politics, half other news
 * from the same sites, among them a story about the broadcasters themselves.
 * First contact: F1 90.9%, top-1 100%; after the round: F1 95.7%, top-1
 * 91.7%. Its guards sit one error below that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';
import type { ThemeId } from '../../../../lib/core/themes';
import { computeFigures } from '../../../../scripts/lib/recognise-figures';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { loadIndex, snapshotFromFile } from '../../../../scripts/lib/recognise-input';

type Labels = Record<string, { regional: boolean; theme: ThemeId | null }>;

function evaluate(dir: string, entries: readonly IndexEntry[] = []) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const recogniser = createRecogniser(entries);
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

describe('the fresh corpus (round 2: other voices, with the bundled index)', () => {
  const results = evaluate('tests/fixtures/pages-fresh', loadIndex('public/regiolens-index.json'));

  test('has 30 pages, at least two positives on every theme and hard negatives', () => {
    expect(results.length).toBeGreaterThanOrEqual(30);
    for (const theme of new Set(results.map((r) => r.expected.theme)))
      if (theme) expect(results.filter((r) => r.expected.theme === theme).length).toBeGreaterThanOrEqual(2);
    expect(new Set(results.filter((r) => r.expected.regional).map((r) => r.expected.theme)).size).toBe(7);
    expect(results.filter((r) => !r.expected.regional).length).toBeGreaterThanOrEqual(15);
  });

  test('verdict F1 ≥ 0.9 and top-1 theme ≥ 0.85', () => {
    const figures = computeFigures(results);
    expect(figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(figures.themeAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  test('no hard negative is called regional', () => {
    expect(results.filter((r) => !r.expected.regional && r.verdict === 'yes').map((r) => r.file)).toEqual([]);
  });
});

describe('the news corpus (round 3: news sites with their furniture, with the bundled index)', () => {
  const results = evaluate('tests/fixtures/pages-news', loadIndex('public/regiolens-index.json'));

  test('has 24 pages, positives on every theme and as many negatives from the same sites', () => {
    expect(results.length).toBeGreaterThanOrEqual(24);
    expect(new Set(results.filter((r) => r.expected.regional).map((r) => r.expected.theme)).size).toBe(7);
    expect(results.filter((r) => !r.expected.regional).length).toBeGreaterThanOrEqual(12);
  });

  test('verdict F1 ≥ 0.9 and top-1 theme ≥ 0.83 (one error below what was measured)', () => {
    const figures = computeFigures(results);
    expect(figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(figures.themeAccuracy).toBeGreaterThanOrEqual(0.83);
  });
});
