/**
 * The popup's field set over index entries: the title counts most, then
 * keywords, the summary, and the body; publisher and event help "ROB" or
 * "Platform31" queries, and the title's and keywords' word pairs joined let
 * "regiodeals" find "Regio Deals". Shared so the popup and the omnibox rank alike, and
 * the search tests and benchmarks measure this very field set.
 */
import type { IndexEntry } from '../index/schema';
import type { SearchIndexOptions } from './types';
import { joinedPairs } from './joined-pairs';

/** The parts of an entry the search reads; anything shaped so (tests' generated entries too) can be searched alike. */
export type SearchableEntry = Pick<IndexEntry, 'id' | 'title' | 'keywords' | 'summary' | 'body' | 'publisher' | 'event'>;

export const INDEX_ENTRY_SEARCH: SearchIndexOptions<SearchableEntry> = {
  id: (entry) => entry.id,
  fields: [
    { name: 'title', get: (entry) => entry.title, weight: 3 },
    { name: 'keywords', get: (entry) => entry.keywords, weight: 2 },
    { name: 'summary', get: (entry) => entry.summary, weight: 1.5 },
    // The body counts in the token score only: its first 100 characters tell fuse.js little, at a cost.
    { name: 'body', get: (entry) => entry.body, weight: 1, rescore: false },
    { name: 'publisher', get: (entry) => [entry.publisher ?? '', entry.event ?? ''], weight: 0.75 },
    // "Regio Deals" found by "regiodeals": see joined-pairs.ts. Never shown, only matched; weighs as the title
    // it comes from, so "regiodeal evaluatie" ranks Regio Deal material like "regio deal evaluatie" does.
    { name: 'joined', get: (entry) => joinedPairs([entry.title, ...entry.keywords]), weight: 3, derived: true },
  ],
};
