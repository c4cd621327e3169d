/**
 * Shared search for the toolbar popup (index entries), the omnibox and the notes
 * view (all notes). One design, measured in bench/browser/search.bench.ts: an
 * inverted index narrows the candidates (folded words, Dutch stems, prefixes,
 * compound parts, typos within a bounded edit distance), fuse.js scores the best
 * few dozen, and match ranges point into the original text.
 *
 * Popup:
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
 */
export { createSearchIndex } from './create-search-index';
export { excerpt, highlightSegments, type Excerpt, type TextSegment } from './highlight';
export { INDEX_ENTRY_SEARCH } from './index-entry-search';
export { SEARCH_MAX_LIMIT } from './limits';
export { createLatestQuery, type LatestQuery, type QueryTicket } from './latest-query';
export type { FieldMatch, MatchRange, SearchField, SearchHit, SearchIndex, SearchIndexOptions, SearchOptions } from './types';
