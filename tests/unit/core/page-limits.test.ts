/**
 * The snapshot schema enforces exactly the bounds the extractor cuts to: a
 * snapshot at every bound passes, one unit over any bound is refused.
 */
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { MAX_HEADING, MAX_HEADINGS, MAX_LANG, MAX_META, MAX_TEXT, MAX_TITLE, MAX_URL } from '../../../lib/core/page-limits';
import { PageSnapshotSchema, type PageSnapshot } from '../../../lib/core/page-snapshot';

const url = (length: number) => `https://example.nl/${'a'.repeat(length - 'https://example.nl/'.length)}`;
const atBounds: PageSnapshot = {
  url: url(MAX_URL),
  canonical: url(MAX_URL),
  lang: 'n'.repeat(MAX_LANG),
  title: 't'.repeat(MAX_TITLE),
  description: 'd'.repeat(MAX_META),
  keywords: 'k'.repeat(MAX_META),
  headings: Array.from({ length: MAX_HEADINGS }, () => 'h'.repeat(MAX_HEADING)),
  text: 'x'.repeat(MAX_TEXT),
  truncated: true,
};

describe('page snapshot bounds', () => {
  test('a snapshot at every bound passes', () => {
    expect(v.safeParse(PageSnapshotSchema, atBounds).success).toBe(true);
  });

  test.each([
    ['url', { url: url(MAX_URL + 1) }],
    ['canonical', { canonical: url(MAX_URL + 1) }],
    ['lang', { lang: 'n'.repeat(MAX_LANG + 1) }],
    ['title', { title: 't'.repeat(MAX_TITLE + 1) }],
    ['description', { description: 'd'.repeat(MAX_META + 1) }],
    ['keywords', { keywords: 'k'.repeat(MAX_META + 1) }],
    ['one heading', { headings: ['h'.repeat(MAX_HEADING + 1)] }],
    ['number of headings', { headings: Array.from({ length: MAX_HEADINGS + 1 }, () => 'h') }],
    ['text', { text: 'x'.repeat(MAX_TEXT + 1) }],
  ])('one over the %s bound is refused', (_name, over) => {
    expect(v.safeParse(PageSnapshotSchema, { ...atBounds, ...over }).success).toBe(false);
  });
});
