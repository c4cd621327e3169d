/**
 * Shared search for the toolbar popup (index entries), the omnibox and the notes
 * view (all notes). One design, measured in bench/browser/search.bench.ts: an
 * inverted index narrows the candidates (folded words, Dutch stems, prefixes,
 * compound parts, typos within a bounded edit distance), fuse.js scores the best
 * few dozen, and match ranges point into the original text.
 *
 * Popup and omnibox (the background builds it once per active index, lib/background/entry-search-feature.ts):
 *   const index = createSearchIndex(activeIndex.entries, INDEX_ENTRY_SEARCH);   // ~6 ms for 55 entries
 *   const hits = index.search(query, { limit: 20, filter: (e) => e.kind === kind });
 *   for (const hit of hits) {
 *     const title = hit.matches.find((m) => m.field === 'title');
 *     // render highlightSegments(hit.item.title, title?.ranges ?? []) as text nodes, <mark> where match
 *     // "why": hit.matchedTerms (words as written in the entry); hit.missingTerms (query words not found)
 *   }
 *
 * Notes view (keep the index next to the list; update it as notes change):
 *   const index = createSearchIndex(allNotes, NOTE_SEARCH);   // lib/core/notes/search-fields.ts
 *   index.update(changedNote); index.remove(deletedId); index.add(importedNote);
 *   const body = hit.matches.find((m) => m.field === 'body');
 *   const shown = body && excerpt(body.text, body.ranges, 160);   // window around the first match
 *
 * Stale results: search is synchronous (p95 about 6 ms at 1,000 entries and at
 * 10,000 notes in Chromium), so a plain input handler needs nothing more. When
 * an await sits between keystroke and search, use createLatestQuery(); when the
 * index changes, `index.version` grows and the view searches again.
 *
 * Why our own candidate stage and not MiniSearch 7.2 (weighed for issue 12, same corpus, same
 * fields and boosts, prefix and length-scaled fuzzy, our folding, fuse.js re-ranking its top 40):
 * both put a target in the top 5 for the quality cases (45/45 at 1,000), but MiniSearch took 3.5x
 * (1,000) to 8x (10,000) as long to build, its JSON index was 10.5 MB at 10,000 and loading it
 * (loadJSON, 2.5 s) was slower than building ours, and its keystroke p95 was 1.8x (1,000) to 4x
 * (10,000) ours. Numbers matching exactly, Dutch stems and typos in another word form would still
 * be ours to write. Measured on a loaded 2-core machine: ratios, not absolute times.
 */
export { createSearchIndex } from './create-search-index';
export { restoreRanking, restoreSearchIndex, searchSnapshot } from './stored-search';
export type { SearchSnapshot } from './snapshot';
export { excerpt, highlightSegments, type Excerpt, type TextSegment } from './highlight';
export { INDEX_ENTRY_SEARCH } from './index-entry-search';
export { SEARCH_MAX_LIMIT } from './limits';
export { createLatestQuery, type LatestQuery, type QueryTicket } from './latest-query';
export type {
  FieldMatch,
  MatchRange,
  RankedQuery,
  SearchField,
  SearchHit,
  SearchIndex,
  SearchIndexOptions,
  SearchOptions,
  StoredRanking,
} from './types';
