/**
 * The labelled set of real pages from the web (government, council, news and
 * knowledge sites, with hard negatives). Their texts belong to their
 * publishers, so the repository holds only the manifest
 * (tests/fixtures/real-pages/manifest.json: address, label, expected themes,
 * kind, split and a SHA-256 fingerprint of the stored text); the texts live in
 * an ignored folder (.cache/real-pages/texts, or REGIOLENS_REAL_PAGES). A text
 * whose fingerprint differs is reported and left out, so figures are always
 * computed on the pages the labels were given for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { THEME_IDS } from '../../lib/core/themes';

export const REAL_PAGES_MANIFEST = 'tests/fixtures/real-pages/manifest.json';
export const REAL_PAGES_TEXTS = process.env.REGIOLENS_REAL_PAGES ?? '.cache/real-pages/texts';

/**
 * The labelled sets: the first (split into dev and test) and a second one,
 * collected later as a fresh held-out set (split "test-2") once the first test
 * split had been looked at, a third (split "test-3"), collected when test-2
 * had been used for tuning, a fourth (split "test-4"), collected fresh so a
 * held-out figure remains once test-3 has been read, and a fifth (split
 * "test-5"), collected while test-4 is being tuned on, so that one set is still
 * unseen, and a sixth (split "test-6"), collected fresh in turn so that a
 * held-out figure remains once test-5 has been read, and a seventh (split
 * "test-7"), collected fresh while test-6 becomes a development set, and an
 * eighth (split "test-8"), collected fresh so that a held-out figure remains
 * once test-7 has been read. A set whose manifest does not exist yet is
 * skipped.
 */
export const REAL_PAGE_SETS = [
  { manifest: REAL_PAGES_MANIFEST, texts: REAL_PAGES_TEXTS },
  {
    manifest: 'tests/fixtures/real-pages/manifest-2.json',
    texts: process.env.REGIOLENS_REAL_PAGES_2 ?? '.cache/real-pages-2/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-3.json',
    texts: process.env.REGIOLENS_REAL_PAGES_3 ?? '.cache/real-pages-3/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-4.json',
    texts: process.env.REGIOLENS_REAL_PAGES_4 ?? '.cache/real-pages-4/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-5.json',
    texts: process.env.REGIOLENS_REAL_PAGES_5 ?? '.cache/real-pages-5/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-6.json',
    texts: process.env.REGIOLENS_REAL_PAGES_6 ?? '.cache/real-pages-6/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-7.json',
    texts: process.env.REGIOLENS_REAL_PAGES_7 ?? '.cache/real-pages-7/texts',
  },
  {
    manifest: 'tests/fixtures/real-pages/manifest-8.json',
    texts: process.env.REGIOLENS_REAL_PAGES_8 ?? '.cache/real-pages-8/texts',
  },
] as const;

/** Every split a real page may be in, in the order `npm run eval -- --json` reports them: a new set adds its own. */
export const REAL_PAGE_SPLITS = ['dev', 'test', 'test-2', 'test-3', 'test-4', 'test-5', 'test-6', 'test-7', 'test-8'] as const;

const PageLabel = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[pn]-[a-z0-9-]+$/)),
  url: v.pipe(v.string(), v.url()),
  regional: v.boolean(),
  /** Expected themes, the leading one first; empty for negatives. */
  themes: v.array(v.picklist(THEME_IDS)),
  lang: v.picklist(['nl', 'en']),
  source: v.picklist(['government', 'council', 'news', 'knowledge', 'other']),
  /** positive, hard-positive, or the kind of (hard) negative. */
  kind: v.picklist([
    'positive',
    'hard-positive',
    'abbreviation',
    'non-government',
    'passing',
    'negated',
    'single-government',
    'other-topic',
  ]),
  split: v.picklist(REAL_PAGE_SPLITS),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  chars: v.number(),
  /** The search that found the page in the stored-pages corpus, to re-create the text. */
  query: v.string(),
});
export type RealPageLabel = v.InferOutput<typeof PageLabel>;

export interface RealPages {
  pages: { label: RealPageLabel; path: string }[];
  missing: string[];
  changed: string[];
}

export function readRealPages(manifest = REAL_PAGES_MANIFEST, texts = REAL_PAGES_TEXTS): RealPages {
  const labels = v.parse(v.array(PageLabel), JSON.parse(readFileSync(manifest, 'utf8')));
  const result: RealPages = { pages: [], missing: [], changed: [] };
  for (const label of labels) {
    const path = join(texts, `${label.id}.txt`);
    if (!existsSync(path)) {
      result.missing.push(label.id);
      continue;
    }
    const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (digest !== label.sha256) result.changed.push(label.id);
    else result.pages.push({ label, path });
  }
  return result;
}

/** Every set whose manifest exists, read and checked as one. */
export function readAllRealPages(): RealPages {
  const all: RealPages = { pages: [], missing: [], changed: [] };
  for (const set of REAL_PAGE_SETS) {
    if (!existsSync(set.manifest)) continue;
    const read = readRealPages(set.manifest, set.texts);
    all.pages.push(...read.pages);
    all.missing.push(...read.missing);
    all.changed.push(...read.changed);
  }
  return all;
}
