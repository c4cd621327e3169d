/** The real-page manifest is complete and balanced, and its reader checks fingerprints. */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../../lib/core/themes';
import { readRealPages, REAL_PAGES_MANIFEST } from '../../../scripts/lib/real-pages';

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

  test('the fourth fresh set is valid, has no address of sets 1–3, covers every theme and kind, and is all test-4', async () => {
    const fourth = readRealPages('tests/fixtures/real-pages/manifest-4.json', mkdtempSync(join(tmpdir(), 'no-texts-')));
    expect(fourth.missing.length).toBeGreaterThanOrEqual(100);
    const earlier = new Set(
      [
        ...(await import('../../fixtures/real-pages/manifest.json')).default,
        ...(await import('../../fixtures/real-pages/manifest-2.json')).default,
        ...(await import('../../fixtures/real-pages/manifest-3.json')).default,
      ].map((page) => page.url),
    );
    const fresh = (await import('../../fixtures/real-pages/manifest-4.json')).default;
    expect(fresh.filter((page) => earlier.has(page.url))).toEqual([]);
    expect(new Set(fresh.map((page) => page.url)).size).toBe(fresh.length);
    expect(new Set(fresh.map((page) => page.split))).toEqual(new Set(['test-4']));
    const positives = fresh.filter((page) => page.regional);
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(new Set(positives.map((page) => page.themes[0]))).toEqual(new Set(THEME_IDS));
    expect(new Set(fresh.filter((page) => !page.regional).map((page) => page.kind))).toEqual(
      new Set(['abbreviation', 'non-government', 'passing', 'negated', 'single-government', 'other-topic']),
    );
    expect(new Set(fresh.map((page) => page.lang))).toEqual(new Set(['nl', 'en']));
  });

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
