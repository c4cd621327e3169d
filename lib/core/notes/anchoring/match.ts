/**
 * Finding a quote in folded page text (see fold.ts), choosing between
 * candidates by their context and, as a tie-breaker only, their distance from
 * where the note used to be.
 *
 * - Exact folded occurrences come first. A quote shorter than SHORT_QUOTE
 *   gets no fuzzy match at all (one error in four letters is another word),
 *   and its occurrence must also fit its stored context: "raad" on a page
 *   that says "raad" in other sentences is not the "raad" that was deleted.
 * - Otherwise an approximate match (Myers' bit-parallel algorithm from
 *   approx-string-match, the same library the Hypothesis client uses) with an
 *   error budget of ERROR_RATIO of the quote's length, near the old position
 *   first and then over the whole text.
 * - A quote longer than LONG_QUOTE is found by its head and its tail, each
 *   searched with its own budget, and then matched whole inside the window
 *   they point at: the budget scales with the quote, with no fixed cap that
 *   would orphan a long, lightly edited passage, while the cost stays bounded.
 * - A fuzzy match is accepted when it is close (≤ CLOSE_RATIO errors) or its
 *   context still fits (≥ CONTEXT_NEEDED): a deleted sentence's note should be
 *   an orphan, not move onto a sibling sentence built on the same pattern.
 */
import search, { type Match } from 'approx-string-match';
import { CONTEXT_ROOM, similarity } from './context';

export const SHORT_QUOTE = 8;
export const ERROR_RATIO = 0.25;
const CLOSE_RATIO = 0.1;
const CONTEXT_NEEDED = 0.5;
export const LONG_QUOTE = 512;
const PIECE = 256;
const NEAR_MARGIN = 2000;
/** Candidates scored at most: a quote found thousands of times carries no information anyway. */
const MAX_CANDIDATES = 500;

export interface FoldedQuery {
  quote: string;
  /** Folded context, cut to CONTEXT_COMPARED units beside the quote. */
  prefix: string;
  suffix: string;
  /** Where the note used to start, in folded units, when known. */
  hint?: number;
}

export interface FoldedMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
  fit: number;
}

function scored(folded: string, query: FoldedQuery, { start, end, errors }: Match): FoldedMatch {
  const prefix = similarity(query.prefix, folded.slice(Math.max(0, start - CONTEXT_ROOM), start), true);
  const suffix = similarity(query.suffix, folded.slice(end, end + CONTEXT_ROOM));
  const position = query.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - query.hint) / Math.max(1, folded.length));
  // Weights as the Hypothesis client has them: the quote 50, prefix and suffix 20 each, position 2 (a tie-breaker).
  const score = 50 * (1 - errors / query.quote.length) + 20 * prefix + 20 * suffix + 2 * position;
  return { start, end, errors, score, fit: (prefix + suffix) / 2 };
}

function best(folded: string, query: FoldedQuery, matches: readonly Match[]): FoldedMatch | null {
  let winner: FoldedMatch | null = null;
  for (const match of matches.slice(0, MAX_CANDIDATES)) {
    const candidate = scored(folded, query, match);
    if (!winner || candidate.score > winner.score) winner = candidate;
  }
  return winner;
}

function exactMatches(folded: string, quote: string): Match[] {
  const found: Match[] = [];
  for (let at = folded.indexOf(quote); at >= 0 && found.length < MAX_CANDIDATES; at = folded.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

const accepted = (match: FoldedMatch | null, length: number): match is FoldedMatch =>
  match !== null && (match.errors <= CLOSE_RATIO * length || match.fit >= CONTEXT_NEEDED);

/** Approximate matches of the quote within folded[from, to), in folded offsets. */
function searchWithin(folded: string, quote: string, budget: number, from: number, to: number): Match[] {
  const window = from === 0 && to === folded.length ? folded : folded.slice(from, to);
  return search(window, quote, budget).map((match) => ({ ...match, start: match.start + from, end: match.end + from }));
}

/** A long quote: windows found by its head and by its tail, then the whole quote matched in each. */
function longMatches(folded: string, quote: string, budget: number): Match[] {
  const span = Math.ceil(quote.length * (1 + ERROR_RATIO)) + PIECE;
  const pieceBudget = Math.floor(PIECE * ERROR_RATIO);
  const windows: Array<[number, number]> = [];
  for (const head of search(folded, quote.slice(0, PIECE), pieceBudget).slice(0, 20))
    windows.push([head.start, Math.min(folded.length, head.start + span)]);
  for (const tail of search(folded, quote.slice(-PIECE), pieceBudget).slice(0, 20))
    windows.push([Math.max(0, tail.end - span), tail.end]);
  return windows.flatMap(([from, to]) => searchWithin(folded, quote, budget, from, to));
}

/** The best match of the query in folded text (0 errors: the quote itself), or null (an orphan). */
export function matchFolded(folded: string, query: FoldedQuery): FoldedMatch | null {
  const { quote } = query;
  if (quote.length === 0) return null;
  const exact = best(folded, query, exactMatches(folded, quote));
  if (exact) {
    const trusted = quote.length >= SHORT_QUOTE || exact.fit >= CONTEXT_NEEDED;
    return trusted ? exact : null;
  }
  if (quote.length < SHORT_QUOTE) return null;

  const budget = Math.floor(quote.length * ERROR_RATIO);
  if (quote.length > LONG_QUOTE) {
    const winner = best(folded, query, longMatches(folded, quote, budget));
    return accepted(winner, quote.length) ? winner : null;
  }
  // Edited passages rarely move far: the search near the old position is cheaper than over the whole page.
  if (query.hint !== undefined) {
    const margin = Math.max(NEAR_MARGIN, 4 * quote.length);
    const from = Math.max(0, query.hint - margin);
    const to = Math.min(folded.length, query.hint + quote.length + margin);
    const near = best(folded, query, searchWithin(folded, quote, budget, from, to));
    if (near && near.errors <= budget / 2 && accepted(near, quote.length)) return near;
  }
  const winner = best(folded, query, searchWithin(folded, quote, budget, 0, folded.length));
  return accepted(winner, quote.length) ? winner : null;
}
