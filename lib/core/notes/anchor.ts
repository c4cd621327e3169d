/**
 * Anchoring: finding a note's passage again in the page text, which may have
 * changed since the note was written. In order of trust:
 *
 * 1. position: the text at the stored offsets is still the quote;
 * 2. quote: the exact quote occurs in the page; when it occurs more than once,
 *    the occurrence whose surroundings match the stored prefix/suffix and which
 *    lies nearest the old position wins;
 * 3. fuzzy: an approximate match (Myers' bit-parallel algorithm via
 *    approx-string-match) with an error budget proportional to the quote's
 *    length, scored on quote, prefix, suffix and position, like Hypothesis does.
 *
 * No match within the budget makes the note an orphan (null). This module runs
 * in the content script: keep it free of schema libraries and large deps.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH } from './limits';
import { offsetsFromRange, type PageText } from './page-text';
import type { Anchor, NoteSelectors } from './types';

/** Share of the quote's length that may differ in a fuzzy match. */
export const FUZZY_ERROR_RATIO = 0.25;
/** Upper bound on errors, which bounds the time the fuzzy search can take on long quotes. */
const FUZZY_MAX_ERRORS = 256;
/** Quotes shorter than this are matched exactly or not at all: one error in four letters is another word. */
const MIN_FUZZY_LENGTH = 8;
/** Characters searched on either side of the old position before searching the whole text. */
const NEAR_MARGIN = 2000;
/** Exact occurrences scored at most; a quote found thousands of times carries no information anyway. */
const MAX_OCCURRENCES = 1000;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Characters two strings share at their ends (`fromEnd`) or starts. */
function sharedLength(a: string, b: string, fromEnd: boolean): number {
  const length = Math.min(a.length, b.length);
  let count = 0;
  while (count < length) {
    const ca = fromEnd ? a.charCodeAt(a.length - 1 - count) : a.charCodeAt(count);
    const cb = fromEnd ? b.charCodeAt(b.length - 1 - count) : b.charCodeAt(count);
    if (ca !== cb) break;
    count += 1;
  }
  return count;
}

/** 0..1: how well the stored context matches the text around a candidate (1 when nothing was stored). */
function contextScore(
  text: string,
  start: number,
  end: number,
  selectors: NoteSelectors,
  fuzzy: boolean,
): { prefix: number; suffix: number } {
  const { prefix, suffix } = selectors.quote;
  const score = (stored: string, actual: string, fromEnd: boolean): number => {
    if (stored.length === 0) return 1;
    if (!fuzzy) return sharedLength(stored, actual, fromEnd) / stored.length;
    if (actual.length === 0) return 0;
    const best = search(actual, stored, stored.length).reduce((min, match) => Math.min(min, match.errors), stored.length);
    return 1 - best / stored.length;
  };
  return {
    prefix: score(prefix, text.slice(Math.max(0, start - prefix.length), start), true),
    suffix: score(suffix, text.slice(end, end + suffix.length), false),
  };
}

function positionScore(text: string, start: number, hint: number | undefined): number {
  if (hint === undefined || text.length === 0) return 1;
  return 1 - Math.min(1, Math.abs(start - hint) / text.length);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function best(candidates: Candidate[]): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const candidate of candidates) if (!winner || candidate.score > winner.score) winner = candidate;
  return winner;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** The error budget for a quote of this length. */
export function fuzzyBudget(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_LENGTH) return 0;
  return Math.min(FUZZY_MAX_ERRORS, Math.floor(quoteLength * FUZZY_ERROR_RATIO));
}

/** Finds a note's passage in the page text; null when it cannot be found (an orphan). */
export function anchor(text: string, selectors: NoteSelectors): Anchor | null {
  const { exact } = selectors.quote;
  if (exact.length === 0) return null;
  const position = selectors.position;

  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length === 1) {
    const start = occurrences[0] as number;
    return { start, end: start + exact.length, method: 'quote' };
  }
  if (occurrences.length > 1) {
    const scored = occurrences.map((start) => {
      const end = start + exact.length;
      const context = contextScore(text, start, end, selectors, false);
      const score =
        WEIGHTS.prefix * context.prefix +
        WEIGHTS.suffix * context.suffix +
        WEIGHTS.position * positionScore(text, start, position?.start);
      return { start, end, score };
    });
    const winner = best(scored) as Candidate;
    return { start: winner.start, end: winner.end, method: 'quote' };
  }

  const budget = fuzzyBudget(exact.length);
  if (budget === 0) return null;
  // Edited passages rarely move far: search near the old position first (the cost of the
  // approximate search grows with the text searched), and the whole text only when that fails.
  if (position) {
    const margin = Math.max(NEAR_MARGIN, 4 * exact.length);
    const from = Math.max(0, position.start - margin);
    const near = fuzzyCandidates(text, selectors, budget, from, Math.min(text.length, position.end + margin));
    if (near && near.errors <= Math.ceil(budget / 2)) return { start: near.start, end: near.end, method: 'fuzzy' };
  }
  const anywhere = fuzzyCandidates(text, selectors, budget, 0, text.length);
  return anywhere ? { start: anywhere.start, end: anywhere.end, method: 'fuzzy' } : null;
}

/** The best approximate match of the quote within text[from, to), scored on quote, context and position. */
function fuzzyCandidates(
  text: string,
  selectors: NoteSelectors,
  budget: number,
  from: number,
  to: number,
): (Candidate & { errors: number }) | null {
  const { exact } = selectors.quote;
  const matches = search(from === 0 && to === text.length ? text : text.slice(from, to), exact, budget);
  let winner: (Candidate & { errors: number }) | null = null;
  for (const match of matches.slice(0, MAX_OCCURRENCES)) {
    const start = match.start + from;
    const end = match.end + from;
    const context = contextScore(text, start, end, selectors, true);
    const score =
      WEIGHTS.quote * (1 - match.errors / exact.length) +
      WEIGHTS.prefix * context.prefix +
      WEIGHTS.suffix * context.suffix +
      WEIGHTS.position * positionScore(text, start, selectors.position?.start);
    if (!winner || score > winner.score) winner = { start, end, score, errors: match.errors };
  }
  return winner;
}

/** Selectors describing text[start, end) of a page text. */
export function describeSpan(text: string, start: number, end: number): NoteSelectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/** Selectors describing a DOM Range (e.g. the user's selection); null when it covers no page text. */
export function describeRange(page: PageText, range: Range): NoteSelectors | null {
  const span = offsetsFromRange(page, range);
  return span ? describeSpan(page.text, span.start, span.end) : null;
}
