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
import { LIMITS } from '../../core/notes/limits';
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

/** The most ids one `search/overview`, `search/by-id` or `search/cards` question may name: more are asked for in batches. */
export const MAX_IDS_PER_CALL = 50;

/** The longest id an index entry can have (lib/core/index/schema.ts): a longer one names no entry. */
export const MAX_ENTRY_ID_LENGTH = 80;

const IdSchema = v.pipe(v.string(), v.maxLength(MAX_ENTRY_ID_LENGTH));

const IdsSchema = v.strictObject({
  ids: v.pipe(v.array(IdSchema), v.maxLength(MAX_IDS_PER_CALL)),
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

/** The most place names one `search/by-place` question may hold: a page naming more is asked for in batches. */
export const MAX_PLACES_PER_CALL = 50;

/** The most entries `search/by-place` lists per place: the count says how many name it in all. */
export const MAX_MATERIAL_PER_PLACE = 20;

/** The index material naming one place: the first entries (no body) and how many there are. */
export interface PlaceMaterial {
  /** The place's name as asked. */
  name: string;
  /** At most MAX_MATERIAL_PER_PLACE entries naming it, in the index's order, without their body. */
  entries: IndexEntry[];
  /** How many entries name it in all. */
  total: number;
}

/** Material per place, in the order the names were asked. */
export interface MaterialByPlace {
  version: number;
  places: PlaceMaterial[];
}

/** One choice of the "Gekoppeld materiaal" picker: all the picker shows of an entry. */
export type LinkChoice = Pick<IndexEntry, 'id' | 'title'>;

/** The picker's choices (lib/core/entries/link-choices.ts), asked of the background per filter. */
export interface LinkChoicesAnswer {
  version: number;
  /** Entries in the active index: the picker is left out when there are none. */
  size: number;
  /** The note's own links the index holds, then at most MAX_LINK_CHOICES (lib/core/entries/link-choices.ts) others. */
  shown: LinkChoice[];
  /** Others that match but are not shown. */
  hidden: number;
}

const PlacesSchema = v.strictObject({
  names: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), v.maxLength(MAX_PLACES_PER_CALL)),
});

/** The longest filter the picker sends: longer than any title's words. */
export const MAX_LINK_FILTER_LENGTH = 200;

const LinkChoicesSchema = v.strictObject({
  /** The note's links: always shown (a note links at most LIMITS.links entries). */
  linked: v.pipe(v.array(IdSchema), v.maxLength(LIMITS.links)),
  /** The page's suggestions, offered first in their order. */
  suggested: v.pipe(v.array(IdSchema), v.maxLength(MAX_IDS_PER_CALL)),
  filter: v.pipe(v.string(), v.maxLength(MAX_LINK_FILTER_LENGTH)),
});

export const searchMessages = {
  'search/entries': defineMessage<EntrySearchAnswer>()('extension-page', EntrySearchSchema),
  'search/overview': defineMessage<SearchOverview>()('extension-page', IdsSchema),
  'search/by-id': defineMessage<EntriesById>()('extension-page', IdsSchema),
  // The side panel's questions (lib/background/entry-lookup-feature.ts): only what it shows crosses.
  /** Entries by id without their body: suggestion cards and the titles of a note's links. */
  'search/cards': defineMessage<EntriesById>()('extension-page', IdsSchema),
  'search/by-place': defineMessage<MaterialByPlace>()('extension-page', PlacesSchema),
  'search/link-choices': defineMessage<LinkChoicesAnswer>()('extension-page', LinkChoicesSchema),
};
