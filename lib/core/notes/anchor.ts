/**
 * Anchoring: finding a note's passage again in the page text, which may have
 * changed since the note was written. In order of trust:
 *
 * 1. position: the text at the stored offsets is still the quote;
 * 2. quote: the quote occurs in the folded page text (white space, soft
 *    hyphens, diacritics, typographic quotes and dashes folded away, see
 *    anchoring/fold.ts); between several occurrences the stored prefix and
 *    suffix decide by edit distance, the old position only breaks ties;
 * 3. fuzzy: an approximate match within an error budget proportional to the
 *    quote, accepted only when it is close or its context still fits
 *    (anchoring/match.ts).
 *
 * No acceptable match makes the note an orphan (null). Offsets in selectors
 * follow the Web Annotation model (code points, see anchoring/code-points.ts);
 * an Anchor's offsets are UTF-16 offsets into the page text, ready for
 * rangeFromOffsets. This module runs in the content script: keep it free of
 * schema libraries and large dependencies.
 */
import { codePointsToUnits, codePointOffset, countBelow, context, snap } from './anchoring/code-points';
import { CONTEXT_COMPARED } from './anchoring/context';
import { fold, foldWithMap, type FoldedText } from './anchoring/fold';
import { ERROR_RATIO, SHORT_QUOTE, matchFolded } from './anchoring/match';
import { CONTEXT_LENGTH } from './limits';
import { offsetsFromRange, type PageText } from './page-text';
import type { Anchor, NoteSelectors } from './types';

/**
 * A page text prepared for anchoring many notes: the code-point index and
 * (on first need) the folded text are built once, not once per note.
 */
export class AnchorText {
  /** Code-point offsets to UTF-16 offsets (-1 beyond the text). */
  readonly points: (points: number) => number;
  private foldedText?: FoldedText;

  constructor(readonly text: string) {
    this.points = codePointsToUnits(text);
  }

  get folded(): FoldedText {
    return (this.foldedText ??= foldWithMap(this.text));
  }
}

/** The errors a fuzzy match of a quote this long may have (0: matched exactly or not at all). */
export function fuzzyBudget(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE ? 0 : Math.floor(quoteLength * ERROR_RATIO);
}

/** Finds a note's passage in the page text; null when it cannot be found (an orphan). */
export function anchor(page: string | AnchorText, selectors: NoteSelectors): Anchor | null {
  const prepared = typeof page === 'string' ? new AnchorText(page) : page;
  const { text } = prepared;
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.length === 0) return null;

  let hint: number | undefined;
  if (selectors.position) {
    const start = prepared.points(selectors.position.start);
    const end = prepared.points(selectors.position.end);
    if (start >= 0 && end >= 0) {
      if (text.slice(start, end) === exact) return { start, end, method: 'position' };
      hint = start;
    } else hint = text.length;
  }

  const folded = prepared.folded;
  const match = matchFolded(folded.folded, {
    quote: fold(exact),
    prefix: fold(prefix).slice(-CONTEXT_COMPARED),
    suffix: fold(suffix).slice(0, CONTEXT_COMPARED),
    // The first folded unit at or after the hint.
    hint: hint === undefined ? undefined : countBelow(folded.from, hint),
  });
  if (!match) return null;
  return {
    start: folded.from[match.start] as number,
    end: folded.to[match.end - 1] as number,
    method: match.errors > 0 ? 'fuzzy' : 'quote',
  };
}

/**
 * Selectors describing text[start, end) of a page text (UTF-16 offsets): the
 * position in code points, the context cut at grapheme boundaries, and a span
 * that splits a surrogate pair widened to whole characters.
 */
export function describeSpan(text: string, start: number, end: number): NoteSelectors {
  const from = snap(text, start);
  const to = snap(text, end, true);
  const startPoint = codePointOffset(text, from);
  const exact = text.slice(from, to);
  return {
    quote: {
      exact,
      prefix: context(text, from, CONTEXT_LENGTH),
      suffix: context(text, to, CONTEXT_LENGTH, true),
    },
    position: { start: startPoint, end: startPoint + codePointOffset(exact, exact.length) },
  };
}

/** Selectors describing a DOM Range (e.g. the user's selection); null when it covers no page text. */
export function describeRange(page: PageText, range: Range): NoteSelectors | null {
  const span = offsetsFromRange(page, range);
  return span ? describeSpan(page.text, span.start, span.end) : null;
}
