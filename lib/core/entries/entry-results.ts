/**
 * From search hits to what a result row shows: the title's matched ranges, one
 * snippet of another matched field when the title did not match, and the words
 * that explain the hit. Shared by the popup and the omnibox so both read alike.
 */
import { ENTRY_KINDS, type EntryKind, type IndexEntry } from '../index/schema';
import { excerpt } from '../search/highlight';
import type { MatchRange, SearchHit, SearchIndex } from '../search/types';
import type { ThemeId } from '../themes';

export interface EntryFilters {
  /** '' means every kind. */
  kind: EntryKind | '';
  /** '' means every theme. */
  theme: ThemeId | '';
  /** A place key (lib/core/places/place-key.ts); '' means anywhere. */
  place: string;
}

export const NO_FILTERS: EntryFilters = { kind: '', theme: '', place: '' };

/** The place keys an entry names (the popup reads them with the gazetteer); none where unknown. */
export type PlacesOf = (entry: IndexEntry) => readonly string[];
const NO_PLACES: PlacesOf = () => [];

export interface EntrySnippet {
  text: string;
  ranges: MatchRange[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface EntryResult {
  entry: IndexEntry;
  titleRanges: MatchRange[];
  /** A window of the best other matching field (summary, body, keywords), when the title shows no match. */
  snippet?: EntrySnippet;
  /** Words as written in the entry that matched. */
  matchedTerms: string[];
  /** Query words the entry lacks. */
  missingTerms: string[];
}

/** Results shown at most; a popup is small and the omnibox shows fewer still. */
export const RESULT_LIMIT = 20;
const SNIPPET_CHARS = 120;
const SNIPPET_FIELDS = ['summary', 'keywords', 'body', 'publisher'];

export function activeFilterCount(filters: EntryFilters): number {
  return (filters.kind ? 1 : 0) + (filters.theme ? 1 : 0) + (filters.place ? 1 : 0);
}

export function matchesFilters(entry: IndexEntry, filters: EntryFilters, placesOf: PlacesOf = NO_PLACES): boolean {
  if (filters.kind && entry.kind !== filters.kind) return false;
  if (filters.theme && !entry.themes.includes(filters.theme)) return false;
  if (filters.place && !placesOf(entry).includes(filters.place)) return false;
  return true;
}

export function toEntryResult(hit: SearchHit<IndexEntry>): EntryResult {
  const title = hit.matches.find((match) => match.field === 'title');
  const result: EntryResult = {
    entry: hit.item,
    titleRanges: title?.ranges ?? [],
    matchedTerms: hit.matchedTerms,
    missingTerms: hit.missingTerms,
  };
  if (!title) {
    for (const field of SNIPPET_FIELDS) {
      const match = hit.matches.find((m) => m.field === field);
      if (match) {
        result.snippet = excerpt(match.text, match.ranges, SNIPPET_CHARS);
        break;
      }
    }
  }
  return result;
}

/**
 * The results for a query and filters. A blank query with a filter set lists
 * the filtered entries in index order (browsing by kind or theme); a blank
 * query without filters gives nothing (the popup shows its start view then),
 * and so does a query of one letter. A query that names a kind puts that
 * kind's entries first.
 */
/** Letters and digits a query needs before it searches: one letter matches much of any index. */
export const MIN_QUERY_CHARS = 2;

/** True for a query that is typed but too short to search (the popup says so instead of listing noise). */
export function queryTooShort(query: string): boolean {
  const letters = query.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters > 0 && letters < MIN_QUERY_CHARS;
}

/** The kind a query names on its own ("werksessie", "werksessies", "rapporten"), if any. */
export function kindNamedBy(query: string): EntryKind | undefined {
  const word = query.trim().toLowerCase();
  return ENTRY_KINDS.find((kind) => word === kind || word === `${kind}s` || word === `${kind}en`);
}

/**
 * A query that names a kind wants the entries of that kind first: "werksessie" lists the seven
 * werksessies before the material that merely mentions one. Hits keep their order within each part.
 */
function kindFirst(
  kind: EntryKind,
  results: EntryResult[],
  entries: readonly IndexEntry[],
  keep: (entry: IndexEntry) => boolean,
): EntryResult[] {
  const ofKind = results.filter((result) => result.entry.kind === kind);
  const found = new Set(ofKind.map((result) => result.entry.id));
  const unmatched = entries
    .filter((entry) => entry.kind === kind && !found.has(entry.id) && keep(entry))
    .map((entry) => ({ entry, titleRanges: [], matchedTerms: [], missingTerms: [] }));
  return [...ofKind, ...unmatched, ...results.filter((result) => result.entry.kind !== kind)];
}

export function searchEntries(
  index: SearchIndex<IndexEntry>,
  entries: readonly IndexEntry[],
  query: string,
  filters: EntryFilters,
  limit = RESULT_LIMIT,
  placesOf: PlacesOf = NO_PLACES,
): EntryResult[] {
  const filtered = activeFilterCount(filters) > 0;
  if (query.trim() === '') {
    if (!filtered) return [];
    return entries
      .filter((entry) => matchesFilters(entry, filters, placesOf))
      .slice(0, limit)
      .map((entry) => ({ entry, titleRanges: [], matchedTerms: [], missingTerms: [] }));
  }
  if (queryTooShort(query)) return [];
  const keep = (entry: IndexEntry) => matchesFilters(entry, filters, placesOf);
  const hits = index.search(query, filtered ? { limit, filter: keep } : { limit });
  const results = hits.map(toEntryResult);
  const kind = kindNamedBy(query);
  return kind === undefined ? results : kindFirst(kind, results, entries, keep).slice(0, limit);
}

/** The seven werksessies, in the order of the theme list (the conference programme's order). */
export function werksessies(entries: readonly IndexEntry[], order: readonly string[]): IndexEntry[] {
  const byId = new Map(entries.filter((entry) => entry.kind === 'werksessie').map((entry) => [entry.id, entry]));
  const ordered = order.map((id) => byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined);
  const rest = [...byId.values()].filter((entry) => !order.includes(entry.id));
  return [...ordered, ...rest];
}
