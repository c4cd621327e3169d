/**
 * The folded form of text that anchoring compares: what a page can change
 * without changing what it says is taken out, so a note survives it.
 *
 * - white space is dropped altogether (re-indented, re-wrapped or minified
 *   HTML, a non-breaking space, a <br> that became a paragraph all read the
 *   same), as are soft hyphens and zero-width characters;
 * - letters lose their diacritics and compatibility forms (NFKD without
 *   combining marks: "coöperatie" = "cooperatie", a composed "é" = a
 *   decomposed one, "ﬁ" = "fi");
 * - typographic quotes, apostrophes and dashes become their ASCII forms.
 *
 * Case is kept: in Dutch it tells a name ("Ede", "Staten") from a word, and
 * the fuzzy match absorbs a few changed capitals anyway.
 *
 * Each folded unit remembers the span of the original it came from, so a
 * match in folded text maps back to page-text offsets exactly.
 */

/** Characters that vanish: white space, soft hyphen, zero-width space/joiners, word joiner, BOM, lone surrogates. */
const VANISH = /[\s\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff]/gu;
const MARKS = /\p{M}/gu;
const MARK = /^\p{M}$/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

const cache = new Map<string, string>();

/**
 * Folded units back to a string. TextDecoder is far faster than
 * String.fromCharCode over 200,000 units; typed arrays are little-endian on
 * every platform a browser runs on, and the units hold no lone surrogate
 * (those fold away).
 */
const utf16 = new TextDecoder('utf-16le');

/** The folded form of one character (a code point); '' when it vanishes. */
function foldCharacter(character: string): string {
  const cached = cache.get(character);
  if (cached !== undefined) return cached;
  // A lone surrogate (broken text) is no character at all: it folds away rather than become U+FFFD.
  const folded = character
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(VANISH, '');
  if (cache.size < 4096) cache.set(character, folded);
  return folded;
}

/** A text in folded form with, per folded unit, the original span it came from. */
export interface FoldedText {
  folded: string;
  /** `from[i]`: UTF-16 offset in the original where folded unit i's character starts. */
  from: Int32Array;
  /** `to[i]`: UTF-16 offset in the original where that character ends. */
  to: Int32Array;
}

/**
 * Folds a whole text, keeping the map back to it. One pass over char codes:
 * pages run to 200,000 characters. NFKD can lengthen a character ("ﬁ" → "fi"),
 * so a text that outgrows its arrays is folded again with more room.
 */
export function foldWithMap(text: string, room = text.length + 16): FoldedText {
  const units = new Uint16Array(room);
  const from = new Int32Array(room);
  const to = new Int32Array(room);
  let length = 0;
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    const size = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    // ASCII, the bulk of most pages, only loses its white space.
    const folded =
      code < 0x80
        ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
          ? ''
          : (text[at] as string)
        : foldCharacter(text.slice(at, at + size));
    if (length + folded.length > room) return foldWithMap(text, room * 2);
    for (let unit = 0; unit < folded.length; unit += 1) {
      units[length] = folded.charCodeAt(unit);
      from[length] = at;
      to[length] = at + size;
      length += 1;
    }
    // A combining mark belongs to the letter before it: a match ending at that letter includes it.
    if (folded.length === 0 && length > 0 && MARK.test(text.slice(at, at + size))) to[length - 1] = at + size;
    at += size;
  }
  return { folded: utf16.decode(units.subarray(0, length)), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/** The folded form of a text (a quote or its context). */
export const fold = (text: string): string => foldWithMap(text).folded;
