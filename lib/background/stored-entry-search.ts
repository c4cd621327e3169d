/**
 * The first answers of a background just woken, from the search it stored (issue 12, "At scale"):
 * without reading the active index, whose entries' bodies run to millions of characters at 10,000
 * entries and whose validation costs as much again. The stored search's head is read, then the
 * postings blocks of the query's terms; only the candidates' entries (30 at most) are read, by id,
 * and shown.
 *
 * Why what is read here can be trusted without validating the whole index: the search and the
 * entries were written together by a background from the index it had read and validated (the
 * store validates an index when it swaps it in and whenever it reads it), in one transaction that
 * checks they still belong to the current activation; any change of the active index drops both in
 * the transaction that makes it. So what remains is damage or a foreign writer, and that is checked
 * for shape: the stored search is decoded with every array's bounds checked (snapshot.ts, and each
 * postings block against the head's offsets: snapshot-blocks.ts), and each
 * entry read is validated with the index's own entry schema, must carry the id asked for and must
 * have been stored with this very search (its slot and content fingerprint).
 * Anything that fails makes the caller answer the full way and build afresh. Once the first answer
 * is out, the background reads the validated active index and keeps the stored search only if it
 * was made over exactly those entries (ids, order and content fingerprint).
 */
import { toEntryResult, type EntryResult } from '../core/entries/entry-results';
import type { IndexEntry } from '../core/index/schema';
import type { EntryPlace } from '../core/places/entry-places';
import { PLACE_KINDS } from '../core/places/gazetteer';
import type { SearchSnapshotStore } from '../core/index/store';
import { validateEntry } from '../core/index/validate';
import { INDEX_ENTRY_SEARCH } from '../core/search/index-entry-search';
import type { SnapshotHead } from '../core/search/snapshot-blocks';
import { restoreRanking } from '../core/search/stored-search';
import type { StoredRanking } from '../core/search/types';

/**
 * What the background stores as its search: the built search's head (its postings are stored apart, in
 * blocks: snapshot-blocks.ts), and the version of the index it was built over.
 */
export interface StoredSearchRecord {
  version: number;
  snapshot: SnapshotHead;
}

/**
 * What is stored per entry beside the search: the entry, with the slot and content fingerprint of the
 * search it was stored with, so an entry is used only with that very search.
 */
export interface StoredEntryRecord {
  id: string;
  slot: number;
  content: number;
  entry: IndexEntry;
  /**
   * The places the entry names, found when it was stored: a worker just woken shows them on its first
   * results without making the gazetteer first (10-20 ms after every start).
   */
  places: EntryPlace[];
}

/** The records stored beside a search built over `entries` (slots in index order, as the search is built). */
export function entryRecords(
  entries: readonly IndexEntry[],
  content: number,
  placesFor: (entry: IndexEntry) => readonly EntryPlace[],
): StoredEntryRecord[] {
  return entries.map((entry, slot) => ({ id: entry.id, slot, content, entry, places: [...placesFor(entry)] }));
}

const PLACE_KIND_SET: ReadonlySet<unknown> = new Set(PLACE_KINDS);

/** Whether a stored value is a list of places as `entryPlaces` makes them. */
function isEntryPlaces(value: unknown): value is EntryPlace[] {
  return (
    Array.isArray(value) &&
    value.every((place: Partial<Record<keyof EntryPlace, unknown>> | null) => {
      if (typeof place !== 'object' || place === null) return false;
      return typeof place.key === 'string' && typeof place.name === 'string' && PLACE_KIND_SET.has(place.kind);
    })
  );
}

/** The entry and places a stored record holds, when it is valid, carries `id` and was stored with this very search. */
function entryOf(
  record: unknown,
  id: string,
  ranking: StoredRanking<IndexEntry>,
): { entry: IndexEntry; places: EntryPlace[] } | null {
  if (typeof record !== 'object' || record === null) return null;
  const { slot, content, entry, places } = record as Partial<StoredEntryRecord>;
  if (content !== ranking.content || typeof slot !== 'number' || ranking.ids[slot] !== id) return null;
  if (!isEntryPlaces(places)) return null;
  const valid = validateEntry(entry);
  return valid.ok && valid.value.id === id ? { entry: valid.value, places } : null;
}

/** A stored search, restored as a ranking, with the activation and index version it belongs to. */
export interface StoredSearch {
  activation: number;
  version: number;
  ranking: StoredRanking<IndexEntry>;
}

/** The index version a stored record names, when it is one; else null. */
export function recordVersion(record: unknown): number | null {
  if (typeof record !== 'object' || record === null) return null;
  const version = (record as Partial<StoredSearchRecord>).version;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : null;
}

/** The snapshot a stored record holds (unchecked: the search decodes it), or null for no record. */
export function recordSnapshot(record: unknown): unknown {
  return recordVersion(record) === null ? null : (record as { snapshot?: unknown }).snapshot;
}

/** The search stored for the current activation, ready to rank; null when none is stored or it does not decode. */
export async function loadStoredSearch(store: SearchSnapshotStore): Promise<StoredSearch | null> {
  const { activation, search } = await store.loadSearch();
  const version = recordVersion(search);
  if (version === null) return null;
  const ranking = restoreRanking<IndexEntry>(INDEX_ENTRY_SEARCH, recordSnapshot(search), (blocks) =>
    store.searchPostings(activation, blocks),
  );
  return ranking === null ? null : { activation, version, ranking };
}

/** A stored search's answer: the results, and the places stored with each result's entry, by entry id. */
export interface StoredAnswer {
  results: EntryResult[];
  places: ReadonlyMap<string, readonly EntryPlace[]>;
}

/**
 * The results of a query without filters from a stored search, its candidates' entries read by id;
 * null when they cannot be trusted (missing, invalid, another id) or the active index changed since.
 */
export async function answerFromStored(
  stored: StoredSearch,
  store: SearchSnapshotStore,
  query: string,
  limit: number,
): Promise<StoredAnswer | null> {
  const ranked = await stored.ranking.rank(query, limit);
  if (ranked.ids.length === 0) return { results: [], places: new Map() };
  const read = await store.searchEntries(stored.activation, ranked.ids);
  if (read === null || read.length !== ranked.ids.length) return null;
  const entries = new Map<string, IndexEntry>();
  const places = new Map<string, EntryPlace[]>();
  for (const [i, id] of ranked.ids.entries()) {
    const found = entryOf(read[i], id, stored.ranking);
    if (found === null) return null;
    entries.set(id, found.entry);
    places.set(id, found.places);
  }
  return { results: stored.ranking.hits(ranked, entries).map(toEntryResult), places };
}
