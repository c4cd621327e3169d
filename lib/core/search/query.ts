/**
 * Turns what the user typed into bounded query words. Hostile or pasted input
 * (regex characters, 10,000-character strings) is reduced to plain words and cut,
 * so a query never costs more than a normal long query.
 */
import { stopwords } from '@orama/stopwords/dutch';
import { tokenize } from './tokenize';

/** Characters of the query that are looked at. */
export const MAX_QUERY_CHARS = 256;
/** Query words that are used. */
export const MAX_QUERY_WORDS = 12;

const STOPWORDS: ReadonlySet<string> = new Set(stopwords);

export interface QueryWord {
  /** Folded term. */
  term: string;
  /** As typed. */
  original: string;
  /** The last word, still being typed (no space after it): matched as a prefix too. */
  typing: boolean;
  /** A Dutch stop word ("de", "is"): counts little, never the only reason for a hit. */
  stop: boolean;
}

export function parseQuery(query: string): QueryWord[] {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const tokens = tokenize(text);
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  for (const token of tokens) {
    if (seen.has(token.term)) continue;
    seen.add(token.term);
    result.push({
      term: token.term,
      original: text.slice(token.start, token.end),
      typing: token.end === text.length && query.length <= MAX_QUERY_CHARS,
      stop: STOPWORDS.has(token.term),
    });
    if (result.length >= MAX_QUERY_WORDS) break;
  }
  return result;
}
