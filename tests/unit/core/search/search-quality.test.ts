/**
 * Quality against the peer the issue names: fuse.js with DEFAULT options over the
 * same fields. Every case must have a target in our top 5, and our hit rate must
 * be at least fuse.js's on the same corpus (the rates are printed for the notes).
 */
import Fuse from 'fuse.js';
import { describe, expect, test } from 'vitest';
import { createSearchIndex } from '../../../../lib/core/search';
import { indexEntries } from '../../../fixtures/search/corpus';
import { ENTRY_FUSE_KEYS, ENTRY_SEARCH } from '../../../fixtures/search/entry-search-fields';
import { QUALITY_CASES } from '../../../fixtures/search/quality-cases';

describe.each([60, 1000])('quality at %i entries', (size) => {
  const docs = indexEntries(size);
  const ours = createSearchIndex(docs, ENTRY_SEARCH);
  const peer = new Fuse(docs, { keys: ENTRY_FUSE_KEYS });

  test('at least 20 cases, with typos and multi-word queries', () => {
    expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(20);
    expect(QUALITY_CASES.filter((c) => c.about === 'typo').length).toBeGreaterThanOrEqual(5);
    expect(QUALITY_CASES.filter((c) => c.about === 'multi-word').length).toBeGreaterThanOrEqual(5);
  });

  test.each(QUALITY_CASES)('$about: "$query" has a target in the top 5', ({ query, targets }) => {
    const found = ours.search(query, { limit: 5 }).map((h) => h.id);
    expect(
      found.some((id) => targets.includes(id)),
      `top 5 was ${found.join(', ')}`,
    ).toBe(true);
  });

  test('hit rate is at least default fuse.js on the same cases', () => {
    const hits = (search: (q: string) => string[]): number =>
      QUALITY_CASES.filter((c) => search(c.query).some((id) => c.targets.includes(id))).length;
    const oursRate = hits((q) => ours.search(q, { limit: 5 }).map((h) => h.id));
    const peerRate = hits((q) => peer.search(q, { limit: 5 }).map((r) => r.item.id));
    console.info(
      `search quality at ${size} entries: ours ${oursRate}/${QUALITY_CASES.length}, default fuse.js ${peerRate}/${QUALITY_CASES.length}`,
    );
    expect(oursRate).toBeGreaterThanOrEqual(peerRate);
  }, 60_000); // default fuse.js takes seconds on the long queries at 1,000 entries; this is no speed test
});
