/**
 * Splits field text into search tokens while keeping the offsets of each word in
 * the ORIGINAL text. Folding (lib/core/text/normalise.ts) can change lengths (NFD), so
 * offsets are taken from the raw text and the fold is applied per word: that is
 * what lets the UI highlight matched words in the text it actually shows.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { fold } from '../text/normalise';

/** A word of the original text with its folded search term. */
export interface Token {
  /** Folded term (lower case, no diacritics, no apostrophes), as `words()` would give. */
  term: string;
  /** Offset of the word's first UTF-16 unit in the original text. */
  start: number;
  /** Offset just past the word in the original text. */
  end: number;
}

/**
 * Letters, digits and combining marks (so decomposed "coö" stays one word), with
 * inner apostrophes kept inside the word ("regio's").
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘`][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /['’‘`]/g;
const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Terms longer than this are cut: nothing useful is that long, and it bounds work per token. */
export const MAX_TERM_LENGTH = 48;

/** Folds one word the way `words()` does, so index terms and lib/core/text agree. */
export function termOf(word: string): string {
  // Fast path: plain ASCII words need no Unicode normalisation (most Dutch words).
  if (ASCII_WORD.test(word)) return word.toLowerCase().slice(0, MAX_TERM_LENGTH);
  return fold(word).replace(APOSTROPHES, '').slice(0, MAX_TERM_LENGTH);
}

/** Every word of `text` with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0]);
    if (term.length > 0) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Calls `visit` with each word's term and original spelling; no offsets, no objects (index building). */
export function forEachTerm(text: string, visit: (term: string, original: string) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const term = termOf(m[0]);
    if (term.length > 0) visit(term, m[0]);
  }
}

/**
 * Dutch stem of a folded term. A possessive/plural "'s" ("regio's", folded to
 * "regios") is stemmed from its base, so "regio's" meets "regio".
 */
export function stemOf(term: string, original?: string): string {
  if (original !== undefined && /['’‘`]s$/iu.test(original)) return stemmer(term.slice(0, -1));
  return stemmer(term);
}
