/**
 * Offsets by the Web Annotation model's rules. The model counts a
 * TextPositionSelector in Unicode code points and expects prefix and suffix
 * to be whole characters; JavaScript strings count UTF-16 units, so an emoji
 * before a passage would shift every offset by one and a context window cut
 * by units could end in half a surrogate pair that other tools cannot write
 * back. These helpers convert between the two counts and cut context at
 * grapheme boundaries (Intl.Segmenter where the browser has it, else at code
 * points), so a flag or a family emoji is never split either.
 */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/g;

/** A UTF-16 offset that falls inside a surrogate pair, moved to the pair's start (or, `forward`, past its end). */
export function snap(text: string, offset: number, forward = false): number {
  const inside = offset > 0 && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
  return inside ? offset + (forward ? 1 : -1) : offset;
}

/** Code points in text[0, offset). */
export function codePointOffset(text: string, offset: number): number {
  const head = text.slice(0, offset);
  return head.length - (head.match(ASTRAL)?.length ?? 0);
}

/**
 * Converts code-point offsets into UTF-16 offsets of one text, built once per
 * text: the UTF-16 offsets of its astral characters (none on most pages).
 * The returned function gives -1 for an offset beyond the text.
 */
export function codePointsToUnits(text: string): (points: number) => number {
  const astral = Array.from(text.matchAll(ASTRAL), (match) => match.index);
  // Code point p lies at unit p + (astral characters before it): astral[i] - i is the code point of the i-th.
  const shifted = astral.map((units, index) => units - index);
  return (points) => {
    const units = points + countBelow(shifted, points);
    return units <= text.length ? units : -1;
  };
}

/** How many values of an ascending list are below `value` (bisection). */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Intl.Segmenter is in every browser the manifest allows (Chrome 137,
 * Firefox 129); code points are the fallback should an engine lack it.
 */
const segmenter = 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Text split into graphemes (or code points without a segmenter). */
const graphemes = (text: string): string[] =>
  segmenter ? Array.from(segmenter.segment(text), (part) => part.segment) : Array.from(text);

/** Room either side of a window for the grapheme that straddles its far edge. */
const SLACK = 16;

/**
 * Up to `length` UTF-16 units of whole graphemes beside `offset`: before it,
 * or (`after`) after it. The grapheme that straddles the window's far edge is
 * never used, so no emoji is cut in two.
 */
export function context(text: string, offset: number, length: number, after = false): string {
  const from = after ? offset : Math.max(0, offset - length - SLACK);
  const to = after ? Math.min(text.length, offset + length + SLACK) : offset;
  const parts = graphemes(text.slice(from, to));
  if (after ? to < text.length : from > 0) parts[after ? 'pop' : 'shift']();
  if (!after) parts.reverse();
  let result = '';
  for (const part of parts) {
    if (result.length + part.length > length) break;
    result = after ? result + part : part + result;
  }
  return result;
}
