/**
 * The search over the active index, in the background: built once per active
 * index (not at every popup opening, on the popup's main thread) and shared by
 * the popup (`search/entries`, `search/overview`) and the omnibox. Built on
 * first use; 'index/changed' drops it, so the next question searches the new
 * index. The built search is stored beside the active index (when the store
 * keeps searches), after the answer that needed it: a service worker woken
 * later by the popup loads it instead of building again, and builds afresh
 * whenever what is stored does not fit the active index. Until the active index is loaded, a woken
 * background answers queries without filters from the stored search alone (stored-entry-search.ts),
 * reading only the entries it shows; the active index is loaded after that first answer. Only the
 * shown results travel to the popup, without their long body (the snippet already carries the
 * matched part of it).
 */
import {
  activeFilterCount,
  kindNamedBy,
  searchEntries,
  werksessies,
  type EntryFilters,
  type EntryResult,
  type PlacesOf,
} from '../core/entries/entry-results';
import { withoutBody } from '../core/entries/without-body';
import type { EntryKind, IndexEntry, IndexFile } from '../core/index/schema';
import type { SearchSnapshotStore } from '../core/index/store';
import { entryPlaces, placeChoices, type EntryPlace } from '../core/places/entry-places';
import { bundledGazetteer } from '../core/places/places';
import { createSearchIndex } from '../core/search/create-search-index';
import { joinSnapshot, splitSnapshot } from '../core/search/snapshot-blocks';
import { restoreSearchIndex, searchSnapshot } from '../core/search/stored-search';
import { INDEX_ENTRY_SEARCH } from '../core/search/index-entry-search';
import type { SearchIndex } from '../core/search/types';
import { THEME_IDS } from '../core/themes';
import type { EventSubscriber } from '../shared/messages/events';
import type { EntriesById, EntrySearchAnswer, SearchOverview } from '../shared/messages/search-messages';
import { whileRunning, type BackgroundFeature } from './feature';
import {
  answerFromStored,
  entryRecords,
  loadStoredSearch,
  recordSnapshot,
  type StoredSearch,
  type StoredSearchRecord,
} from './stored-entry-search';

/** The active index, ready to search. */
export interface SearchableIndex {
  version: number;
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  search: SearchIndex<IndexEntry>;
  /** The place keys an entry names (the place filter). */
  placesOf: PlacesOf;
  /** The places an entry names, found at first need and kept. */
  placesFor(entry: IndexEntry): readonly EntryPlace[];
  /** What the popup shows before anything is typed; made at first need (it reads every entry's places). */
  overview(): Omit<SearchOverview, 'entries'>;
}

export interface EntrySearch {
  /** The active index's search, built on first use after each change of the active index. */
  ready(): Promise<SearchableIndex>;
}

export interface EntrySearchFeature extends BackgroundFeature {
  search: EntrySearch;
}

export interface EntrySearchDeps {
  activeIndex: () => Promise<IndexFile>;
  /** 'index/changed' drops the built search. */
  events: EventSubscriber;
  /** Where built searches are kept for the next service worker; without it every worker builds its own. */
  searches?: SearchSnapshotStore;
}

/**
 * Builds what a search needs from one index. Only the search index is built up
 * front: finding the places every entry names costs about as much again, and a
 * background just woken by the popup answers the typed query first. Places are
 * found per entry when a result or the place filter needs them, and for all
 * entries when the overview (the filter's choices) is first asked.
 */
export function searchableIndex(index: IndexFile, restored: SearchIndex<IndexEntry> | null = null): SearchableIndex {
  const { entries } = index;
  const gazetteer = bundledGazetteer();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const found = new Map<string, readonly EntryPlace[]>();
  const placesFor = (entry: IndexEntry): readonly EntryPlace[] => {
    let places = found.get(entry.id);
    if (places === undefined) {
      places = entryPlaces(gazetteer, [entry]).get(entry.id) ?? [];
      found.set(entry.id, places);
    }
    return places;
  };
  let overview: Omit<SearchOverview, 'entries'> | undefined;
  return {
    version: index.version,
    entries,
    byId,
    search: restored ?? createSearchIndex(entries, INDEX_ENTRY_SEARCH),
    placesFor,
    placesOf: (entry) => placesFor(entry).map((place) => place.key),
    overview() {
      overview ??= {
        version: index.version,
        kinds: [...new Set(entries.map((entry) => entry.kind))].sort() as EntryKind[],
        werksessies: werksessies(entries, THEME_IDS).map(withoutBody),
        placeChoices: placeChoices(new Map(entries.map((entry) => [entry.id, placesFor(entry)]))),
      };
      return overview;
    },
  };
}

/** Lets queued work (a search asked at the same time) run before a long synchronous step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a fresh build is stored from, and whether the stored search is still trusted. */
interface SearchStorage {
  store: SearchSnapshotStore;
  /** The stored search proved untrustworthy (its entries or postings did not hold up): build and store afresh. */
  distrusted: boolean;
}

/**
 * The active index ready to search: its stored search when one fits, else built now and stored once the
 * waiting answer is out. The bundled index is always built: it is small, and an extension update can change
 * it without any change of the active index that would drop a stored search.
 */
async function loadSearchable(activeIndex: () => Promise<IndexFile>, storage?: SearchStorage): Promise<SearchableIndex> {
  if (!storage) return searchableIndex(await activeIndex());
  const { store, distrusted } = storage;
  const { active, activation, search: record, postings } = await store.loadActiveWithSearch();
  const keep = active.source.kind !== 'bundled' && active.fallback === null;
  const { entries } = active.index;
  let restored: SearchIndex<IndexEntry> | null = null;
  if (keep && !distrusted && record !== null) {
    restored = restoreSearchIndex(entries, INDEX_ENTRY_SEARCH, joinSnapshot(recordSnapshot(record), postings));
  }
  const index = searchableIndex(active.index, restored);
  if (keep && restored === null) {
    setTimeout(() => {
      const whole = searchSnapshot(index.search);
      if (whole === null) return;
      const { head, blocks } = splitSnapshot(whole);
      const kept: StoredSearchRecord = { version: active.index.version, snapshot: head };
      const records = entryRecords(entries, whole.content, index.placesFor);
      store.saveSearch(activation, kept, blocks, records).catch((error: unknown) => {
        console.warn('Regiolens: the search index was not stored; the next start builds it again', error);
      });
    }, 0);
  }
  return index;
}

/** The places the results name, by entry id (entries naming none are left out). */
function placesOfResults(results: readonly EntryResult[], placesFor: (entry: IndexEntry) => readonly EntryPlace[]) {
  const places: Record<string, EntryPlace[]> = {};
  for (const { entry } of results) {
    const named = placesFor(entry);
    if (named.length > 0) places[entry.id] = [...named];
  }
  return places;
}

/** Whether the stored search alone can answer: no filter (they read places of any entry), no kind named (its entries lead). */
function storedCanAnswer(query: string, filters: EntryFilters): boolean {
  return activeFilterCount(filters) === 0 && kindNamedBy(query) === undefined;
}

export function createEntrySearchFeature({ activeIndex, events, searches }: EntrySearchDeps): EntrySearchFeature {
  let built: Promise<SearchableIndex> | undefined;
  /** The built search once `built` has settled; until then a woken background answers from the stored one. */
  let ready: SearchableIndex | undefined;
  let stored: Promise<StoredSearch | null> | undefined;
  let distrusted = false;
  /** Answers from the stored search under way: the overview (which loads the whole index) waits for them. */
  const answering = new Set<Promise<unknown>>();

  const search: EntrySearch = {
    ready() {
      const storage = searches && { store: searches, distrusted };
      // A woken background reading its stored search's head reads the whole index only after it.
      const building = (built ??= (stored ?? Promise.resolve(null))
        .catch(() => null)
        .then(() => loadSearchable(activeIndex, storage)));
      building.then(
        (index) => {
          if (built === building) ready = index;
        },
        // A failed build is not kept: the next question tries again.
        () => {
          if (built === building) built = undefined;
        },
      );
      return building;
    },
  };

  /** The stored search, read once per activation (null when there is none or it does not decode). */
  function storedSearch(store: SearchSnapshotStore): Promise<StoredSearch | null> {
    return (stored ??= loadStoredSearch(store).catch(() => null));
  }

  /** Results from the stored search alone, or null when it cannot answer (the caller answers the full way). */
  async function fromStored(store: SearchSnapshotStore, query: string, limit: number): Promise<EntrySearchAnswer | null> {
    const restored = await storedSearch(store);
    if (restored === null) return null;
    // A stored search found corrupt while ranking (snapshot.ts checks each term when first searched) is distrusted too.
    const answer = await answerFromStored(restored, store, query, limit).catch(() => null);
    if (answer === null) {
      distrusted = true;
      stored = Promise.resolve(null);
      return null;
    }
    // The whole index is read once this answer is out: for the overview, filters, and the searches after.
    setTimeout(() => search.ready().catch(() => undefined), 0);
    return {
      version: restored.version,
      results: answer.results.map((result) => ({ ...result, entry: withoutBody(result.entry) })),
      places: placesOfResults(answer.results, (entry) => answer.places.get(entry.id) ?? []),
    };
  }

  return {
    search,
    handlers: {
      'search/entries': async ({ query, filters, limit }): Promise<EntrySearchAnswer> => {
        if (searches && ready === undefined && !distrusted && storedCanAnswer(query, filters)) {
          const answer = fromStored(searches, query, limit);
          answering.add(answer);
          void answer.finally(() => answering.delete(answer)).catch(() => undefined);
          const found = await answer.catch(() => null);
          if (found !== null) return found;
        }
        const index = await search.ready();
        const found = searchEntries(index.search, index.entries, query, filters, limit, index.placesOf);
        return {
          version: index.version,
          results: found.map((result) => ({ ...result, entry: withoutBody(result.entry) })),
          places: placesOfResults(found, index.placesFor),
        };
      },
      'search/overview': async ({ ids }): Promise<SearchOverview> => {
        // A search answering from the stored search, or waiting for the same build, answers first: the popup's
        // results matter more than its filters. A woken background reads its stored search first (the popup's
        // query, asked with the overview, needs it), then lets that query in before reading the whole index.
        if (searches && built === undefined && !distrusted) {
          await storedSearch(searches);
          await nextTask();
        }
        await Promise.allSettled([...answering]);
        const index = await search.ready();
        await nextTask();
        const entries = ids.map((id) => index.byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined);
        return { ...index.overview(), entries: entries.map(withoutBody) };
      },
      // The entry page shows one entry: it gets that one, not the index. No search is built for it.
      'search/by-id': async ({ ids }): Promise<EntriesById> => {
        const { version, entries } = built ? await search.ready() : await activeIndex();
        const wanted = new Set(ids);
        const byId = new Map(entries.filter((entry) => wanted.has(entry.id)).map((entry) => [entry.id, entry]));
        return { version, entries: ids.map((id) => byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined) };
      },
    },
    start(signal) {
      whileRunning(
        signal,
        events.on('index/changed', () => {
          built = undefined;
          ready = undefined;
          stored = undefined;
          distrusted = false;
        }),
      );
    },
  };
}
