/**
 * A stored search index (lib/core/search/snapshot.ts) restored over the same documents answers every
 * query exactly as the index it was made of, and anything that does not fit those documents, that field
 * set or that format is refused (null), never searched. Stored as a head and postings blocks
 * (snapshot-blocks.ts), it ranks from the head and the blocks a query reads, and a block that does not fit
 * is found out before anything is searched with it.
 */
import { describe, expect, test } from 'vitest';
import { createSearchIndex, restoreRanking, restoreSearchIndex, searchSnapshot } from '../../../../lib/core/search';
import { CorruptSnapshotError, SEARCH_SNAPSHOT_FORMAT, type SearchSnapshot } from '../../../../lib/core/search/snapshot';
import { joinSnapshot, splitSnapshot, type PostingsBlock, type SnapshotHead } from '../../../../lib/core/search/snapshot-blocks';
import { StaleSnapshotError } from '../../../../lib/core/search/stored-search';
import { indexEntries } from '../../../fixtures/search/corpus';
import { ENTRY_SEARCH } from '../../../fixtures/search/entry-search-fields';
import { QUALITY_CASES } from '../../../fixtures/search/quality-cases';

const docs = indexEntries(300);
const built = createSearchIndex(docs, ENTRY_SEARCH);
const snapshot = searchSnapshot(built);

function restored(change: (copy: SearchSnapshot) => unknown, over = docs) {
  if (!snapshot) throw new Error('no snapshot');
  return restoreSearchIndex(over, ENTRY_SEARCH, change(structuredClone(snapshot)));
}

describe('a restored search index', () => {
  test('answers every quality query, a typed prefix and a filter exactly as the built one', () => {
    const index = restored((copy) => copy);
    expect(index).not.toBeNull();
    const queries = [...QUALITY_CASES.map((c) => c.query), 'gemeenschapelijke regel', 'regio deals evaluatie ', 'en'];
    for (const query of queries) {
      expect(index?.search(query, { limit: 20 }), query).toEqual(built.search(query, { limit: 20 }));
    }
    const filter = (doc: { kind: string }) => doc.kind === 'rapport';
    expect(index?.search('samenwerking', { filter })).toEqual(built.search('samenwerking', { filter }));
    expect(index?.size).toBe(built.size);
  });

  test('takes small arrays: 16-bit slots and 8-bit weight codes below 65,536 documents', () => {
    expect(snapshot?.slots).toBeInstanceOf(Uint16Array);
    expect(snapshot?.weightIndex).toBeInstanceOf(Uint8Array);
  });

  test('stays a working index: removing and adding a document changes its answers as in the built one', () => {
    const index = restored((copy) => copy);
    const fresh = createSearchIndex(docs, ENTRY_SEARCH);
    const target = fresh.search('regio deal', { limit: 1 })[0]?.id ?? '';
    expect(index?.remove(target)).toBe(true);
    fresh.remove(target);
    expect(index?.search('regio deal').map((h) => h.id)).toEqual(fresh.search('regio deal').map((h) => h.id));
    expect(index?.search('regio deal').map((h) => h.id)).not.toContain(target);
  });

  test.each<[string, (copy: SearchSnapshot) => unknown]>([
    ['another format', (copy) => ({ ...copy, format: SEARCH_SNAPSHOT_FORMAT + 1 })],
    ['another field set', (copy) => ({ ...copy, fields: '[]' })],
    ['another content fingerprint', (copy) => ({ ...copy, content: copy.content + 1 })],
    ['a missing array', (copy) => ({ ...copy, offsets: undefined })],
    ['plain arrays instead of typed ones', (copy) => ({ ...copy, slots: Array.from(copy.slots) })],
    ['a slot past the documents', (copy) => ({ ...copy, slots: copy.slots.map(() => 65_000) })],
    ['a weight code past the table', (copy) => ({ ...copy, weightTable: copy.weightTable.subarray(0, 1) })],
    ['a weight above 1', (copy) => ({ ...copy, weightTable: copy.weightTable.map(() => 2) })],
    ['offsets that do not end at the postings', (copy) => ({ ...copy, offsets: copy.offsets.map((o) => o + 1) })],
    ['a term twice', (copy) => ({ ...copy, terms: copy.terms.map((t, i) => (i === 1 ? copy.terms[0] : t)) })],
    ['stems missing', (copy) => ({ ...copy, stems: copy.stems.slice(1) })],
    ['not an object', () => 'postings'],
    ['nothing', () => undefined],
  ])('refuses %s', (_what, change) => {
    expect(restored(change)).toBeNull();
  });

  test('refuses documents other than the ones it was made of (another entry, another order, other text)', () => {
    expect(restored((copy) => copy, docs.slice(1))).toBeNull();
    expect(restored((copy) => copy, [...docs].reverse())).toBeNull();
    expect(
      restored(
        (copy) => copy,
        docs.map((doc, i) => (i === 5 ? { ...doc, id: 'elsewhere' } : doc)),
      ),
    ).toBeNull();
    // Same ids, other text: a summary rewritten, a keyword added, a title one letter longer.
    expect(
      restored(
        (copy) => copy,
        docs.map((doc, i) => (i === 7 ? { ...doc, summary: `${doc.summary.slice(1)}x` } : doc)),
      ),
    ).toBeNull();
    expect(
      restored(
        (copy) => copy,
        docs.map((doc, i) => (i === 9 ? { ...doc, keywords: [...doc.keywords, 'wgr'] } : doc)),
      ),
    ).toBeNull();
    expect(
      restored(
        (copy) => copy,
        docs.map((doc, i) => (i === 0 ? { ...doc, title: `${doc.title}s` } : doc)),
      ),
    ).toBeNull();
  });

  test('is not made of an index that had documents removed', () => {
    const index = createSearchIndex(docs, ENTRY_SEARCH);
    index.remove(docs[0]?.id ?? '');
    expect(searchSnapshot(index)).toBeNull();
  });
});

describe('a stored search restored as a ranking, before its documents or postings are at hand', () => {
  type Doc = (typeof docs)[number];
  /** A ranking over `head`, fetching from `blocks` and noting which blocks each fetch asked for. */
  function rankingOf(head: unknown, blocks: readonly unknown[] | null = stored.blocks, perBlock?: number) {
    const asked: number[][] = [];
    const parts = perBlock === undefined ? { head, blocks } : splitSnapshot(snapshot as SearchSnapshot, perBlock);
    const ranking = restoreRanking<Doc>(ENTRY_SEARCH, parts.head, async (wanted) => {
      asked.push([...wanted]);
      return parts.blocks && wanted.map((block) => parts.blocks?.[block]);
    });
    return { ranking, asked };
  }
  if (!snapshot) throw new Error('no snapshot');
  const stored = splitSnapshot(snapshot, 512);

  test('names candidates, and makes of their documents the very hits the built index gives', async () => {
    const { ranking, asked } = rankingOf(stored.head);
    if (ranking === null) throw new Error('not restored');
    const queries = [...QUALITY_CASES.map((c) => c.query), 'gemeenschapelijke regel', 'en', 'xqzw'];
    for (const query of queries) {
      const ranked = await ranking.rank(query, 20);
      expect(ranked.ids.length, query).toBeLessThanOrEqual(30);
      const candidates = new Map(docs.filter((doc) => ranked.ids.includes(doc.id)).map((doc) => [doc.id, doc]));
      expect(candidates.size).toBe(ranked.ids.length);
      expect(ranking.hits(ranked, candidates), query).toEqual(built.search(query, { limit: 20 }));
    }
    // It read blocks as queries needed them, never one twice, and not all of them for the first query.
    const fetched = asked.flat();
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(asked[0]?.length ?? 0).toBeGreaterThan(0);
    expect(asked[0]?.length ?? 0).toBeLessThan(stored.blocks.length / 2);
  });

  test('ranks alike whatever the block size, one term per block included', async () => {
    for (const perBlock of [1, 64, 100_000]) {
      const { ranking } = rankingOf(null, null, perBlock);
      const ranked = await ranking?.rank('regio deal evaluatie', 20);
      expect(ranked?.ids, String(perBlock)).toEqual(
        (await rankingOf(stored.head).ranking?.rank('regio deal evaluatie', 20))?.ids,
      );
    }
  });

  test('joined again, its head and blocks are the whole snapshot', () => {
    expect(joinSnapshot(stored.head, stored.blocks)).toEqual(snapshot);
    expect(restoreSearchIndex(docs, ENTRY_SEARCH, joinSnapshot(stored.head, stored.blocks))?.search('regio deal')).toEqual(
      built.search('regio deal'),
    );
  });

  test.each<[string, (blocks: PostingsBlock[]) => unknown[]]>([
    ['a block missing', (blocks) => blocks.slice(1)],
    ['a block too short', (blocks) => blocks.map((b, i) => (i === 2 ? { ...b, slots: b.slots.subarray(1) } : b))],
    ['a block of plain arrays', (blocks) => blocks.map((b, i) => (i === 0 ? { ...b, slots: Array.from(b.slots) } : b))],
    ['mixed array types', (blocks) => blocks.map((b, i) => (i === 1 ? { ...b, slots: Uint32Array.from(b.slots) } : b))],
    ['no block at all', () => []],
  ])('is not joined from %s', (_what, change) => {
    expect(joinSnapshot(stored.head, change(structuredClone(stored.blocks)))).toBeNull();
  });

  test.each<[string, (head: SnapshotHead) => unknown]>([
    ['another format', (head) => ({ ...head, format: SEARCH_SNAPSHOT_FORMAT + 1 })],
    ['another field set', (head) => ({ ...head, fields: '[]' })],
    ['an id twice', (head) => ({ ...head, ids: head.ids.map((id, i) => (i === 1 ? head.ids[0] : id)) })],
    ['no fingerprint', (head) => ({ ...head, content: 'x' })],
    ['no block boundaries', (head) => ({ ...head, blockTerms: undefined })],
    ['block boundaries past its terms', (head) => ({ ...head, blockTerms: head.blockTerms.map((t) => t + 1) })],
    ['block boundaries going back', (head) => ({ ...head, blockTerms: head.blockTerms.slice().reverse() })],
    ['offsets going back', (head) => ({ ...head, offsets: head.offsets.map((o, i) => (i === 3 ? 0 : o)) })],
  ])('refuses a head with %s', (_what, change) => {
    expect(rankingOf(change(structuredClone(stored.head))).ranking).toBeNull();
  });

  test.each<[string, (blocks: PostingsBlock[]) => unknown[] | null]>([
    ['a slot past the documents', (blocks) => blocks.map((b) => ({ ...b, slots: b.slots.map(() => 65_000) }))],
    ['a weight code past the table', (blocks) => blocks.map((b) => ({ ...b, weightIndex: b.weightIndex.map(() => 255) }))],
    ['a block of another length', (blocks) => blocks.map((b) => ({ ...b, slots: b.slots.subarray(1) }))],
    ['a block missing', (blocks) => blocks.map(() => undefined)],
  ])('rejects with a corrupt snapshot when a query reads %s', async (_what, change) => {
    const { ranking } = rankingOf(stored.head, change(structuredClone(stored.blocks)));
    await expect(ranking?.rank('regio deal', 20)).rejects.toThrow(CorruptSnapshotError);
  });

  test('rejects as stale when its blocks can no longer be read (another index became active)', async () => {
    const { ranking } = rankingOf(stored.head, null);
    await expect(ranking?.rank('regio deal', 20)).rejects.toThrow(StaleSnapshotError);
  });
});
