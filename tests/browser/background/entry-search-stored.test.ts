/**
 * The background's search kept in IndexedDB (real Chromium, real store, real feature): a background
 * that starts later answers its first query from the search the earlier one stored, reading only the
 * entries it shows, then loads the whole index and keeps that search instead of building it; a stored
 * search or stored entries that are corrupt, made over another index or left from the previous index
 * are never searched: the background builds afresh, answers exactly as a built search does, and
 * stores the new one.
 */
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createEntrySearchFeature } from '../../../lib/background/entry-search-feature';
import { NO_FILTERS } from '../../../lib/core/entries/entry-results';
import type { IndexEntry } from '../../../lib/core/index/schema';
import { createSearchIndex } from '../../../lib/core/search/create-search-index';
import type { SearchSnapshot } from '../../../lib/core/search/snapshot';
import { splitSnapshot, type PostingsBlock } from '../../../lib/core/search/snapshot-blocks';
import { searchSnapshot } from '../../../lib/core/search/stored-search';
import { INDEX_ENTRY_SEARCH } from '../../../lib/core/search/index-entry-search';
import { createEventBus, memoryTransport } from '../../../lib/shared/messages/events';
import type { SenderInfo } from '../../../lib/shared/messages/router';
import { openIndexDb, type IndexDb } from '../../../lib/shared/stores/index-db';
import { indexEntries } from '../../fixtures/search/corpus';
import { makeIndex } from '../../fixtures/index/make-index';
import { indexFile } from '../support/background';

const PAGE: SenderInfo = { id: 'regiolens-test', url: 'chrome-extension://regiolens-test/popup.html' };
const ENTRIES = indexEntries(120) as unknown as IndexEntry[];
const OTHER = indexEntries(120, 2) as unknown as IndexEntry[];
const QUERIES = ['gemeenschapelijke regeling', 'regiodeal evaluatie', 'werksessie', 'energie'];
const at = '2026-12-03T10:00:00Z';

const opened: IndexDb[] = [];
const running: AbortController[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const signal of running.splice(0)) signal.abort();
});

async function storeWith(entries: readonly IndexEntry[]): Promise<{ db: IndexDb; name: string }> {
  const name = `regiolens-search-test-${crypto.randomUUID()}`;
  const db = await openIndexDb({ name, loadBundled: async () => makeIndex(1, 3) });
  opened.push(db);
  await db.swapIn(indexFile(entries, 2), { kind: 'file', name: 'test.json' }, at, null);
  return { db, name };
}

/** A background as a service worker starts it: nothing in memory, only the store. */
function freshBackground(db: IndexDb, keep = true) {
  /** What the background read from the store, in order: its stored search, postings and entries by number and id, the whole active index. */
  const reads: string[] = [];
  const searches = {
    loadActiveWithSearch: () => (reads.push('active index'), db.loadActiveWithSearch()),
    loadSearch: () => (reads.push('search'), db.loadSearch()),
    searchPostings: vi.fn(
      (activation: number, blocks: readonly number[]) => (reads.push('postings'), db.searchPostings(activation, blocks)),
    ),
    searchEntries: vi.fn(
      (activation: number, ids: readonly string[]) => (reads.push('entries'), db.searchEntries(activation, ids)),
    ),
    saveSearch: vi.fn(db.saveSearch),
  };
  const controller = new AbortController();
  running.push(controller);
  const feature = createEntrySearchFeature({
    activeIndex: async () => (await db.loadActive()).index,
    events: createEventBus(memoryTransport()),
    searches: keep ? searches : undefined,
  });
  feature.start(controller.signal);
  const handler = feature.handlers?.['search/entries'];
  if (!handler) throw new Error('search/entries is not answered');
  /** The results and the places they name, as the popup receives them. */
  const ask = async (query: string) => {
    const { results, places } = await handler({ query, filters: NO_FILTERS, limit: 20 }, PAGE);
    return { results, places };
  };
  return { ask, saves: searches.saveSearch, reads, entryReads: searches.searchEntries, postingReads: searches.searchPostings };
}

/** What a search built over `entries` answers, as the popup receives it. */
async function answersBuiltOver(entries: readonly IndexEntry[]) {
  const { db } = await storeWith(entries);
  const background = freshBackground(db, false);
  return Promise.all(QUERIES.map((query) => background.ask(query)));
}

/**
 * Writes `snapshot` as the stored search of the active index, past the store's own checks: a whole one as the
 * background keeps it (head, and postings in blocks), anything else as the head alone.
 */
async function putStored(db: IndexDb, name: string, snapshot: unknown): Promise<void> {
  const { activation } = await db.loadActiveWithSearch();
  const whole = typeof snapshot === 'object' && snapshot !== null && 'slots' in snapshot;
  const { head, blocks } = whole ? splitSnapshot(snapshot as SearchSnapshot, 256) : { head: snapshot, blocks: [] };
  const raw = await openDB(name);
  const tx = raw.transaction(['search', 'postings'], 'readwrite');
  await Promise.all([
    tx.objectStore('search').put({ activation, search: { version: 2, snapshot: head } }, 'active'),
    tx.objectStore('postings').clear(),
    ...blocks.map((block, number) => tx.objectStore('postings').put(block, number)),
    tx.done,
  ]);
  raw.close();
}

/** Rewrites every stored postings block with `change`, past the store's own checks. */
async function changeStoredPostings(name: string, change: (block: PostingsBlock) => unknown): Promise<void> {
  const raw = await openDB(name);
  const tx = raw.transaction('postings', 'readwrite');
  const store = tx.objectStore('postings');
  const keys = await store.getAllKeys();
  await Promise.all([...keys.map(async (key) => store.put(change((await store.get(key)) as PostingsBlock), key)), tx.done]);
  raw.close();
}

/** Rewrites every stored entry record with `change`, past the store's own checks. */
async function changeStoredEntries(name: string, change: (record: Record<string, unknown>) => unknown): Promise<void> {
  const raw = await openDB(name);
  const tx = raw.transaction('entries', 'readwrite');
  const store = tx.objectStore('entries');
  const keys = await store.getAllKeys();
  await Promise.all([
    ...keys.map(async (key) => store.put(change((await store.get(key)) as Record<string, unknown>), key)),
    tx.done,
  ]);
  raw.close();
}

/** A store whose active index is `entries`, with the search and entries a first background built and stored. */
async function storedBy(entries: readonly IndexEntry[]) {
  const { db, name } = await storeWith(entries);
  const first = freshBackground(db);
  await first.ask('energie');
  await expect.poll(() => first.saves.mock.calls.length).toBe(1);
  expect(await first.saves.mock.results[0]?.value).toBe(true);
  return { db, name };
}

describe('the stored search', () => {
  test('a first background builds and stores it; a later one loads it, stores nothing and answers alike', async () => {
    const expected = await answersBuiltOver(ENTRIES);
    const { db } = await storeWith(ENTRIES);
    const first = freshBackground(db);
    expect(await Promise.all(QUERIES.map((query) => first.ask(query)))).toEqual(expected);
    await expect.poll(() => first.saves.mock.calls.length).toBe(1);
    await expect.poll(async () => (await db.loadActiveWithSearch()).search).not.toBeNull();

    const later = freshBackground(db);
    expect(await Promise.all(QUERIES.map((query) => later.ask(query)))).toEqual(expected);
    expect(later.saves).not.toHaveBeenCalled();
  });

  test('a later background answers its first query from the stored search and the entries shown, then loads the whole index', async () => {
    const expected = await answersBuiltOver(ENTRIES);
    // The places the results name come with them (stored with the entries: no gazetteer before the first answer).
    expect(Object.keys(expected[0]?.places ?? {}).length).toBeGreaterThan(0);
    const { db } = await storedBy(ENTRIES);
    const later = freshBackground(db);
    expect(await later.ask(QUERIES[0] ?? '')).toEqual(expected[0]);
    // The answer came before the active index was read; only the postings blocks of the query's terms and the
    // candidates' entries were (fuse.js rescores 30).
    expect(later.reads).toEqual(['search', 'postings', 'entries']);
    const asked = later.entryReads.mock.calls[0]?.[1] ?? [];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(30);
    // (At 120 entries the postings fill two blocks; that a query reads only its own is a unit test's: snapshot.test.ts.)
    const blocks = later.postingReads.mock.calls[0]?.[1] ?? [];
    const stored = (await db.loadActiveWithSearch()).postings.length;
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.length).toBeLessThanOrEqual(stored);
    await expect.poll(() => later.reads).toContain('active index');
    expect(await Promise.all(QUERIES.map((query) => later.ask(query)))).toEqual(expected);
    expect(later.saves).not.toHaveBeenCalled();
  });

  /** Damage done to what a first background stored, past the store's own checks. */
  const entry = (change: (record: Record<string, unknown>) => unknown) => (name: string) => changeStoredEntries(name, change);
  const block = (change: (block: PostingsBlock) => unknown) => (name: string) => changeStoredPostings(name, change);

  test.each<[string, (name: string) => Promise<void>]>([
    ['entries missing', entry(() => undefined)],
    ['entries not a record', entry(() => 'entry')],
    ['entries failing the entry schema', entry((record) => ({ ...record, entry: { ...(record.entry as object), title: '' } }))],
    ['entries stored under another id', entry((record) => ({ ...record, entry: { ...(record.entry as object), id: 'elders' } }))],
    ['entries stored for another slot', entry((record) => ({ ...record, slot: (record.slot as number) + 1 }))],
    ['entries stored with another search', entry((record) => ({ ...record, content: (record.content as number) + 1 }))],
    [
      'entries with places that are not places',
      entry((record) => ({ ...record, places: [{ key: 'x', name: 'X', kind: 'land' }] })),
    ],
    ['entries without their places', entry((record) => ({ ...record, places: undefined }))],
    ['postings missing', block(() => undefined)],
    ['postings not a block', block(() => 'postings')],
    ['postings of another length', block((stored) => ({ ...stored, slots: stored.slots.subarray(1) }))],
    ['postings pointing past the documents', block((stored) => ({ ...stored, slots: stored.slots.map(() => 65_000) }))],
  ])(
    'stored %s are never used: the first answer is the built one, and search, postings and entries are stored anew',
    async (_what, damage) => {
      const expected = await answersBuiltOver(ENTRIES);
      const { db, name } = await storedBy(ENTRIES);
      await damage(name);
      const background = freshBackground(db);
      expect(await background.ask(QUERIES[0] ?? '')).toEqual(expected[0]);
      expect(await Promise.all(QUERIES.map((query) => background.ask(query)))).toEqual(expected);
      await expect.poll(() => background.saves.mock.calls.length).toBe(1);
      const later = freshBackground(db);
      expect(await later.ask(QUERIES[0] ?? '')).toEqual(expected[0]);
      expect(later.reads).toEqual(['search', 'postings', 'entries']);
    },
  );

  test.each<[string, (entries: readonly IndexEntry[]) => unknown]>([
    ['corrupt', () => ({ format: 1, terms: 'nonsense' })],
    [
      'made over another index',
      (entries) => searchSnapshot(createSearchIndex(entries === ENTRIES ? OTHER : ENTRIES, INDEX_ENTRY_SEARCH)),
    ],
    [
      'pointing past its documents in one term',
      (entries) => {
        const snapshot = searchSnapshot(createSearchIndex(entries, INDEX_ENTRY_SEARCH));
        return snapshot && { ...snapshot, slots: snapshot.slots.map(() => 65_000) };
      },
    ],
    [
      'made by another engine version',
      (entries) => ({ ...searchSnapshot(createSearchIndex(entries, INDEX_ENTRY_SEARCH)), format: 999 }),
    ],
  ])(
    'a stored search %s is rebuilt silently: the answers are the built ones, and the new search is stored',
    async (_what, stored) => {
      const expected = await answersBuiltOver(ENTRIES);
      const { db, name } = await storeWith(ENTRIES);
      await putStored(db, name, stored(ENTRIES));
      const background = freshBackground(db);
      expect(await Promise.all(QUERIES.map((query) => background.ask(query)))).toEqual(expected);
      await expect.poll(() => background.saves.mock.calls.length).toBe(1);
      expect(freshBackground(db).saves).not.toHaveBeenCalled();
    },
  );

  test('a search stored for the previous index is dropped when another becomes active, and one built late is refused', async () => {
    const { db } = await storeWith(ENTRIES);
    const old = freshBackground(db);
    await old.ask('energie');
    await expect.poll(async () => (await db.loadActiveWithSearch()).search).not.toBeNull();
    const { activation, search } = await db.loadActiveWithSearch();

    await db.swapIn(indexFile(OTHER, 3), { kind: 'file', name: 'next.json' }, at, null);
    const now = await db.loadActiveWithSearch();
    expect(now.search).toBeNull();
    expect(now.activation).not.toBe(activation);
    expect(await db.saveSearch(activation, search, [], [])).toBe(false);
    expect((await db.loadActiveWithSearch()).search).toBeNull();

    // Nor are its entries and postings: a background reading them for the old search's activation reads nothing.
    expect(await db.searchEntries(activation, [ENTRIES[0]?.id ?? ''])).toBeNull();
    expect(await db.searchPostings(activation, [0])).toBeNull();
    expect(now.postings).toEqual([]);

    const expected = await answersBuiltOver(OTHER);
    const next = freshBackground(db);
    expect(await Promise.all(QUERIES.map((query) => next.ask(query)))).toEqual(expected);
    await expect.poll(() => next.saves.mock.calls.length).toBe(1);
    expect(await next.saves.mock.results[0]?.value).toBe(true);
  });

  test('the bundled index is always built, never stored', async () => {
    const name = `regiolens-search-test-${crypto.randomUUID()}`;
    const db = await openIndexDb({ name, loadBundled: async () => indexFile(ENTRIES, 1) });
    opened.push(db);
    const background = freshBackground(db);
    expect((await background.ask('energie')).results.length).toBeGreaterThan(0);
    // A build is stored in a task queued before the answer; one task later it would have been asked.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(background.saves).not.toHaveBeenCalled();
    expect((await db.loadActiveWithSearch()).search).toBeNull();
  });
});
