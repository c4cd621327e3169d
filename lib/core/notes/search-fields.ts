/**
 * The field set of "all notes" search: the quoted passage and the note's own
 * words count most, then tags, the page title, the places its page named and its address. Shared by the
 * notes view and the search tests and benchmarks, so they measure what users get.
 */
import type { SearchIndexOptions } from '../search/types';
import type { Note } from './types';

/** The parts of a note the search reads. */
export type SearchableNote = Pick<Note, 'id' | 'selectors' | 'body' | 'tags' | 'title' | 'url' | 'places'>;

export const NOTE_SEARCH: SearchIndexOptions<SearchableNote> = {
  id: (note) => note.id,
  fields: [
    { name: 'quote', get: (note) => note.selectors?.quote.exact, weight: 2 },
    { name: 'body', get: (note) => note.body, weight: 2 },
    { name: 'tags', get: (note) => note.tags, weight: 1.5 },
    { name: 'title', get: (note) => note.title, weight: 1 },
    { name: 'places', get: (note) => note.places?.map((place) => place.name), weight: 0.8 },
    { name: 'url', get: (note) => note.url, weight: 0.5 },
  ],
};
