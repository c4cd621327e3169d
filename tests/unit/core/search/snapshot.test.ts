/**
 * A stored search index (lib/core/search/snapshot.ts) restored over the same documents answers every
 * query exactly as the index it was made of, and anything that does not fit those documents, that field
 * set or that format is refused (null), never searched.
 */
import { describe, expect, test } from 'vitest';
import { createSearchIndex, restoreRanking, restoreSearchIndex, searchSnapshot } from '../../../../lib/core/search';
import { CorruptSnapshotError, SEARCH_SNAPSHOT_FORMAT, type SearchSnapshot } from '../../../../lib/core/search/snapshot';
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

describe('a stored search restored as a ranking, before its documents are at hand', () => {
  const rankingOf = (value: unknown) => restoreRanking<(typeof docs)[number]>(ENTRY_SEARCH, value);

  test('names candidates, and makes of their documents the very hits the built index gives', () => {
    const ranking = rankingOf(snapshot);
    if (ranking === null) throw new Error('not restored');
    const queries = [...QUALITY_CASES.map((c) => c.query), 'gemeenschapelijke regel', 'en', 'xqzw'];
    for (const query of queries) {
      const ranked = ranking.rank(query, 20);
      expect(ranked.ids.length, query).toBeLessThanOrEqual(30);
      const candidates = new Map(docs.filter((doc) => ranked.ids.includes(doc.id)).map((doc) => [doc.id, doc]));
      expect(candidates.size).toBe(ranked.ids.length);
      expect(ranking.hits(ranked, candidates), query).toEqual(built.search(query, { limit: 20 }));
    }
  });

  test('becomes the full index over its own documents only', () => {
    expect(rankingOf(snapshot)?.withDocs([...docs].reverse())).toBeNull();
    expect(rankingOf(snapshot)?.withDocs(docs.map((doc, i) => (i === 3 ? { ...doc, title: 'x' } : doc)))).toBeNull();
    const index = rankingOf(snapshot)?.withDocs(docs);
    const filter = (doc: { kind: string }) => doc.kind === 'rapport';
    expect(index?.search('samenwerking', { filter })).toEqual(built.search('samenwerking', { filter }));
  });

  test.each<[string, (copy: SearchSnapshot) => unknown]>([
    ['another format', (copy) => ({ ...copy, format: SEARCH_SNAPSHOT_FORMAT + 1 })],
    ['another field set', (copy) => ({ ...copy, fields: '[]' })],
    ['an id twice', (copy) => ({ ...copy, ids: copy.ids.map((id, i) => (i === 1 ? copy.ids[0] : id)) })],
    ['no fingerprint', (copy) => ({ ...copy, content: 'x' })],
  ])('refuses %s', (_what, change) => {
    if (!snapshot) throw new Error('no snapshot');
    expect(rankingOf(change(structuredClone(snapshot)))).toBeNull();
  });

  test.each<[string, (copy: SearchSnapshot) => unknown]>([
    ['a slot past the documents', (copy) => ({ ...copy, slots: copy.slots.map(() => 65_000) })],
    ['a weight code past the table', (copy) => ({ ...copy, weightTable: copy.weightTable.subarray(0, 1) })],
  ])('finds %s when a query first reads that term, and never becomes the full index', (_what, change) => {
    if (!snapshot) throw new Error('no snapshot');
    const corrupt = change(structuredClone(snapshot));
    expect(() => rankingOf(corrupt)?.rank('regio deal', 20)).toThrow(CorruptSnapshotError);
    expect(rankingOf(corrupt)?.withDocs(docs)).toBeNull();
  });
});
