/**
 * Searching the active index (owned by the entry search feature,
 * lib/background/entry-search-feature.ts). The search index is built once in the
 * background, per active index, and the popup asks it per keystroke: only the
 * shown results cross, never the whole index, so a popup over 10,000 entries
 * opens as fast as one over 56 and has no index to build on its main thread.
 */
import * as v from 'valibot';
import type { EntryResult } from '../../core/entries/entry-results';
import { ENTRY_KINDS, type EntryKind, type IndexEntry } from '../../core/index/schema';
import type { EntryPlace } from '../../core/places/entry-places';
import { SEARCH_MAX_LIMIT } from '../../core/search/limits';
import { THEME_IDS } from '../../core/themes';
import { defineMessage } from './define';

/** What one search answers: the results (entries without their long body) and the places each names. */
export interface EntrySearchAnswer {
  /** Version of the active index searched. */
  version: number;
  results: EntryResult[];
  /** Entry id → the places it names, for the results only. */
  places: Record<string, EntryPlace[]>;
}

/** What the popup shows before anything is typed, and its filters' choices. */
export interface SearchOverview {
  version: number;
  kinds: EntryKind[];
  werksessies: IndexEntry[];
  placeChoices: EntryPlace[];
  /** The entries asked for by id (the tab's suggestions) that the index holds. */
  entries: IndexEntry[];
}

/** Entries asked for by id, whole (body too): what the entry page or a list of links shows, not the index. */
export interface EntriesById {
  version: number;
  /** The asked entries the active index holds, in the order asked. */
  entries: IndexEntry[];
}

/** The most ids one `search/overview` or `search/by-id` question may name: more are asked for in batches. */
export const MAX_IDS_PER_CALL = 50;

const IdsSchema = v.strictObject({
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(MAX_IDS_PER_CALL)),
});

const FiltersSchema = v.strictObject({
  kind: v.picklist(['', ...ENTRY_KINDS]),
  theme: v.picklist(['', ...THEME_IDS]),
  place: v.pipe(v.string(), v.maxLength(200)),
});

export const EntrySearchSchema = v.strictObject({
  /** Longer queries are cut by the search itself (256 characters); this bound only keeps the message small. */
  query: v.pipe(v.string(), v.maxLength(2000)),
  filters: FiltersSchema,
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SEARCH_MAX_LIMIT)),
});

export const searchMessages = {
  'search/entries': defineMessage<EntrySearchAnswer>()('extension-page', EntrySearchSchema),
  'search/overview': defineMessage<SearchOverview>()('extension-page', IdsSchema),
  'search/by-id': defineMessage<EntriesById>()('extension-page', IdsSchema),
};
