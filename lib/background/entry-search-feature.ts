/**
 * The search over the active index, in the background: built once per active
 * index (not at every popup opening, on the popup's main thread) and shared by
 * the popup (`search/entries`, `search/overview`) and the omnibox. Built on
 * first use; 'index/changed' drops it, so the next question searches the new
 * index. Only the shown results travel to the popup, without their long body
 * (the snippet already carries the matched part of it).
 */
import { searchEntries, werksessies, type EntryResult, type PlacesOf } from '../core/entries/entry-results';
import type { EntryKind, IndexEntry, IndexFile } from '../core/index/schema';
import { entryPlaces, placeChoices, type EntryPlace } from '../core/places/entry-places';
import { bundledGazetteer } from '../core/places/places';
import { createSearchIndex } from '../core/search/create-search-index';
import { INDEX_ENTRY_SEARCH } from '../core/search/index-entry-search';
import type { SearchIndex } from '../core/search/types';
import { THEME_IDS } from '../core/themes';
import type { EventSubscriber } from '../shared/messages/events';
import type { EntrySearchAnswer, SearchOverview } from '../shared/messages/search-messages';
import { whileRunning, type BackgroundFeature } from './feature';

/** The active index, ready to search. */
export interface SearchableIndex {
  version: number;
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  search: SearchIndex<IndexEntry>;
  /** The place keys an entry names (the place filter). */
  placesOf: PlacesOf;
  places: ReadonlyMap<string, readonly EntryPlace[]>;
  overview: Omit<SearchOverview, 'entries'>;
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
}

/** Builds everything a search needs from one index: the search index, the places, the overview. */
export function searchableIndex(index: IndexFile): SearchableIndex {
  const { entries } = index;
  const places = entryPlaces(bundledGazetteer(), entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    version: index.version,
    entries,
    byId,
    search: createSearchIndex(entries, INDEX_ENTRY_SEARCH),
    places,
    placesOf: (entry) => (places.get(entry.id) ?? []).map((place) => place.key),
    overview: {
      version: index.version,
      kinds: [...new Set(entries.map((entry) => entry.kind))].sort() as EntryKind[],
      werksessies: werksessies(entries, THEME_IDS).map(withoutBody),
      placeChoices: placeChoices(places),
    },
  };
}

/** An entry as a result carries it: everything but the body, which can be 20,000 characters. */
function withoutBody(entry: IndexEntry): IndexEntry {
  if (entry.body === undefined) return entry;
  const { body: _body, ...rest } = entry;
  return rest;
}

export function createEntrySearchFeature({ activeIndex, events }: EntrySearchDeps): EntrySearchFeature {
  let built: Promise<SearchableIndex> | undefined;
  const search: EntrySearch = {
    ready() {
      const building = (built ??= activeIndex().then(searchableIndex));
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
          const named = index.places.get(result.entry.id);
          if (named) places[result.entry.id] = [...named];
          return { ...result, entry: withoutBody(result.entry) };
        });
        return { version: index.version, results, places };
      },
      'search/overview': async ({ ids }): Promise<SearchOverview> => {
        const index = await search.ready();
        const entries = ids.map((id) => index.byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined);
        return { ...index.overview, entries: entries.map(withoutBody) };
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
