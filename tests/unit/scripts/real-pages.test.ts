/** The real-page manifest is complete and balanced, and its reader checks fingerprints. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../../lib/core/themes';
import { readRealPages, REAL_PAGES_MANIFEST, type RealPageLabel } from '../../../scripts/lib/real-pages';

/** The manifest of labelled set `set` (1 is the first, manifest.json). */
function manifestPath(set: number): string {
  return `tests/fixtures/real-pages/manifest${set === 1 ? '' : `-${set}`}.json`;
}

function manifestLabels(set: number): RealPageLabel[] {
  return JSON.parse(readFileSync(manifestPath(set), 'utf8')) as RealPageLabel[];
}

/** An address as a person would compare it: no scheme, no "www.", no trailing slash, any case. */
function sameAddress(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

describe('the real-page manifest', () => {
  const { pages, missing, changed } = readRealPages(REAL_PAGES_MANIFEST, mkdtempSync(join(tmpdir(), 'no-texts-')));

  test('at least 200 labelled pages, none read without texts', () => {
    expect(missing.length).toBeGreaterThanOrEqual(200);
    expect(pages).toEqual([]);
    expect(changed).toEqual([]);
  });

  test('both splits hold positives on every theme and negatives of several kinds', async () => {
    const manifest = (await import('../../fixtures/real-pages/manifest.json')).default;
    expect(new Set(manifest.map((page) => page.id)).size).toBe(manifest.length);
    expect(new Set(manifest.map((page) => page.url)).size).toBe(manifest.length);
    for (const split of ['dev', 'test']) {
      const chosen = manifest.filter((page) => page.split === split);
      const leading = new Set(chosen.filter((page) => page.regional).map((page) => page.themes[0]));
      expect([...leading].sort(), split).toEqual([...THEME_IDS].sort());
      expect(new Set(chosen.filter((page) => !page.regional).map((page) => page.kind)).size, split).toBeGreaterThanOrEqual(5);
      expect(new Set(chosen.map((page) => page.lang)), split).toEqual(new Set(['nl', 'en']));
    }
  });

  test('the fresh held-out set is valid, has no address of the first, and is all test-2', async () => {
    const second = readRealPages('tests/fixtures/real-pages/manifest-2.json', mkdtempSync(join(tmpdir(), 'no-texts-')));
    expect(second.missing.length).toBeGreaterThanOrEqual(100);
    const first = new Set((await import('../../fixtures/real-pages/manifest.json')).default.map((page) => page.url));
    const fresh = (await import('../../fixtures/real-pages/manifest-2.json')).default;
    expect(fresh.filter((page) => first.has(page.url))).toEqual([]);
    expect(new Set(fresh.map((page) => page.split))).toEqual(new Set(['test-2']));
  });

  // Sets 4 to 8 were each collected fresh, after the sets before them had been read or tuned on.
  test.each([
    { set: 4, split: 'test-4' },
    { set: 5, split: 'test-5' },
    { set: 6, split: 'test-6' },
    { set: 7, split: 'test-7' },
    { set: 8, split: 'test-8' },
  ])(
    'fresh set $set is valid, shares no address with the sets before it (www and a trailing slash ignored), covers every theme and kind, and is all $split',
    ({ set, split }) => {
      const fresh = manifestLabels(set);
      expect(readRealPages(manifestPath(set), mkdtempSync(join(tmpdir(), 'no-texts-'))).missing.length).toBeGreaterThanOrEqual(
        100,
      );
      const earlier = new Set(
        Array.from({ length: set - 1 }, (_, index) => manifestLabels(index + 1))
          .flat()
          .map((page) => sameAddress(page.url)),
      );
      expect(fresh.filter((page) => earlier.has(sameAddress(page.url))).map((page) => page.url)).toEqual([]);
      expect(new Set(fresh.map((page) => sameAddress(page.url))).size).toBe(fresh.length);
      expect(new Set(fresh.map((page) => page.split))).toEqual(new Set([split]));
      const positives = fresh.filter((page) => page.regional);
      expect(positives.length).toBeGreaterThanOrEqual(40);
      expect(new Set(positives.map((page) => page.themes[0]))).toEqual(new Set(THEME_IDS));
      expect(new Set(fresh.filter((page) => !page.regional).map((page) => page.kind))).toEqual(
        new Set(['abbreviation', 'non-government', 'passing', 'negated', 'single-government', 'other-topic']),
      );
      expect(new Set(fresh.map((page) => page.lang))).toEqual(new Set(['nl', 'en']));
    },
  );

  test('a text is read only when its fingerprint matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-pages-'));
    const text = 'https://example.nl/a\nDe gemeenten werken samen.';
    const manifest = join(dir, 'manifest.json');
    const label = {
      url: 'https://example.nl/a',
      regional: true,
      themes: ['ws-samenwerking'],
      lang: 'nl',
      source: 'government',
      kind: 'positive',
      split: 'dev',
      chars: 26,
      query: 'x',
    };
    writeFileSync(
      manifest,
      JSON.stringify([
        { ...label, id: 'p-good', sha256: createHash('sha256').update(text).digest('hex') },
        { ...label, id: 'p-changed', url: 'https://example.nl/b', sha256: '0'.repeat(64) },
        { ...label, id: 'p-missing', url: 'https://example.nl/c', sha256: '0'.repeat(64) },
      ]),
    );
    writeFileSync(join(dir, 'p-good.txt'), text);
    writeFileSync(join(dir, 'p-changed.txt'), text);
    const read = readRealPages(manifest, dir);
    expect(read.pages.map((page) => page.label.id)).toEqual(['p-good']);
    expect(read.changed).toEqual(['p-changed']);
    expect(read.missing).toEqual(['p-missing']);
  });
});
