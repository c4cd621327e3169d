/**
 * Public types of the shared search (toolbar popup over index entries, notes view
 * over all notes). The engine is generic over the document type: callers say
 * which fields to search and how much each counts.
 */

/** One searchable field of a document. */
export interface SearchField<T> {
  /** Name reported back in `FieldMatch.field`, e.g. 'title'. */
  name: string;
  /** The field's text; an array for list fields such as keywords or tags. */
  get: (doc: T) => string | readonly string[] | undefined;
  /** Relative importance (default 1); e.g. title 3, keywords 2, summary 1.5, body 1. */
  weight?: number;
  /**
   * Whether fuse.js also judges this field (default true). A long body whose
   * opening says little is better left to the token score: fuse.js's work per
   * keystroke grows with every value it reads.
   */
  rescore?: boolean;
  /**
   * Made from other fields of the same document (default false): a stored search's content
   * fingerprint skips it, since those fields are already read (and making it costs a tokenising pass).
   */
  derived?: boolean;
}

export interface SearchIndexOptions<T> {
  fields: readonly SearchField<T>[];
  /** Stable identity; `add` with a known id replaces that document. */
  id: (doc: T) => string;
}

export interface SearchOptions<T> {
  /** Most hits to return (default 20, at most SEARCH_MAX_LIMIT: 200, lib/core/search/limits.ts). */
  limit?: number;
  /** Keeps only documents for which this returns true (kind, theme, tag, site ...). */
  filter?: (doc: T) => boolean;
}

/** Half-open range [start, end) of UTF-16 offsets into the ORIGINAL field text. */
export interface MatchRange {
  start: number;
  end: number;
}

/** Where a hit matched: one field value (one element for list fields) and the matched words in it. */
export interface FieldMatch {
  field: string;
  /** Position in the list for list fields; 0 for plain text fields. */
  valueIndex: number;
  /** The original text the ranges point into (feed both to `highlightSegments`). */
  text: string;
  ranges: MatchRange[];
}

export interface SearchHit<T> {
  id: string;
  item: T;
  /** Relevance in (0, 1]; HIGHER is better. Hits come sorted by it, best first. */
  score: number;
  /** Matched fields in the order the fields were declared; only values with at least one range. */
  matches: FieldMatch[];
  /**
   * The document's words that matched, as written in the document (first occurrence), for "why it matched".
   * Words matched only by a stop word of the query ("en", "de") are highlighted but not named: they are no reason.
   */
  matchedTerms: string[];
  /** Query words that found nothing in this document (the UI may show them struck out). */
  missingTerms: string[];
}

export interface SearchIndex<T> {
  /**
   * Synchronous search. An empty or blank query returns []. Queries are cut to
   * 256 characters and 12 words, so hostile input costs no more than a long query.
   */
  search(query: string, options?: SearchOptions<T>): SearchHit<T>[];
  /** Adds a document, or replaces the one with the same id. */
  add(doc: T): void;
  /** Same as `add`: replaces the stored document with this id (or adds it). */
  update(doc: T): void;
  /** Removes by id; returns whether it was there. */
  remove(id: string): boolean;
  has(id: string): boolean;
  get(id: string): T | undefined;
  readonly size: number;
  /**
   * Grows with every add, update or remove: a view holding results from an older
   * version knows to search again.
   */
  readonly version: number;
}

/** A query ranked by a `StoredRanking`: `ids` are its candidates, the documents its hits need. */
export interface RankedQuery {
  readonly ids: readonly string[];
}

/**
 * A search index restored from its stored form before its documents are at hand: it ranks a query
 * (token scores, from the stored postings alone) and makes hits once the candidates' documents are
 * fetched, so a background just woken answers without reading every document.
 */
export interface StoredRanking<T> {
  /** The documents' ids in slot order, as stored. */
  readonly ids: readonly string[];
  /** The content fingerprint of the documents it was made over (snapshot.ts). */
  readonly content: number;
  /**
   * The candidates of a query without filters (at most `limit` hits come of them), once the postings the
   * query reads are fetched. Rejects when they turn out corrupt or can no longer be read: the caller builds afresh.
   */
  rank(query: string, limit: number): Promise<RankedQuery>;
  /** The hits of a ranked query from its candidates' documents by id; a candidate left out is no hit. */
  hits(ranked: RankedQuery, docs: ReadonlyMap<string, T>): SearchHit<T>[];
}
