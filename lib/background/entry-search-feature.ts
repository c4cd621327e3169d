/**
 * The search over the active index, in the background: built once per active
 * index (not at every popup opening, on the popup's main thread) and shared by
 * the popup (`search/entries`, `search/overview`) and the omnibox. Built on
 * first use; 'index/changed' drops it, so the next question searches the new
 * index. The built search is stored beside the active index (when the store
 * keeps searches), after the answer that needed it: a service worker woken
 * later by the popup loads it instead of building again, and builds afresh
 * whenever what is stored does not fit the active index. Only the shown results travel to the popup, without their long body
 * (the snippet already carries the matched part of it).
 */
import { searchEntries, werksessies, type EntryResult, type PlacesOf } from '../core/entries/entry-results';
import type { EntryKind, IndexEntry, IndexFile } from '../core/index/schema';
import type { SearchSnapshotStore } from '../core/index/store';
import { entryPlaces, placeChoices, type EntryPlace } from '../core/places/entry-places';
import { bundledGazetteer } from '../core/places/places';
import { createSearchIndex, restoreSearchIndex, searchSnapshot } from '../core/search/create-search-index';
import { INDEX_ENTRY_SEARCH } from '../core/search/index-entry-search';
import type { SearchIndex } from '../core/search/types';
import { THEME_IDS } from '../core/themes';
import type { EventSubscriber } from '../shared/messages/events';
import type { EntriesById, EntrySearchAnswer, SearchOverview } from '../shared/messages/search-messages';
import { whileRunning, type BackgroundFeature } from './feature';

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

/** An entry as a result carries it: everything but the body, which can be 20,000 characters. */
function withoutBody(entry: IndexEntry): IndexEntry {
  if (entry.body === undefined) return entry;
  const { body: _body, ...rest } = entry;
  return rest;
}

/**
 * The active index ready to search: its stored search when one fits, else built now and stored once the
 * waiting answer is out. The bundled index is always built: it is small, and an extension update can change
 * it without any change of the active index that would drop a stored search.
 */
async function loadSearchable(activeIndex: () => Promise<IndexFile>, searches?: SearchSnapshotStore): Promise<SearchableIndex> {
  if (!searches) return searchableIndex(await activeIndex());
  const { active, activation, search: stored } = await searches.loadActiveWithSearch();
  const keep = active.source.kind !== 'bundled' && active.fallback === null;
  const restored = keep && stored !== null ? restoreSearchIndex(active.index.entries, INDEX_ENTRY_SEARCH, stored) : null;
  const index = searchableIndex(active.index, restored);
  if (keep && restored === null) {
    setTimeout(() => {
      const snapshot = searchSnapshot(index.search);
      if (snapshot === null) return;
      searches.saveSearch(activation, snapshot).catch((error: unknown) => {
        console.warn('Regiolens: the search index was not stored; the next start builds it again', error);
      });
    }, 0);
  }
  return index;
}

export function createEntrySearchFeature({ activeIndex, events, searches }: EntrySearchDeps): EntrySearchFeature {
  let built: Promise<SearchableIndex> | undefined;
  const search: EntrySearch = {
    ready() {
      const building = (built ??= loadSearchable(activeIndex, searches));
      // A failed build is not kept: the next question tries again.
      building.catch(() => {
        if (built === building) built = undefined;
      });
      return building;
    },
  };

  return {
    search,
    handlers: {
      'search/entries': async ({ query, filters, limit }): Promise<EntrySearchAnswer> => {
        const index = await search.ready();
        const found = searchEntries(index.search, index.entries, query, filters, limit, index.placesOf);
        const places: Record<string, EntryPlace[]> = {};
        const results: EntryResult[] = found.map((result) => {
          const named = index.placesFor(result.entry);
          if (named.length > 0) places[result.entry.id] = [...named];
          return { ...result, entry: withoutBody(result.entry) };
        });
        return { version: index.version, results, places };
      },
      'search/overview': async ({ ids }): Promise<SearchOverview> => {
        const index = await search.ready();
        // A search waiting for the same build answers first: the popup's results matter more than its filters.
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
        events.on('index/changed', () => (built = undefined)),
      );
    },
  };
}
