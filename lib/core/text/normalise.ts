/**
 * Text folding shared by recognition, search and note anchoring: lower case,
 * diacritics removed (so "coördinatie" meets "coordinatie"), and words split on
 * anything that is not a letter or digit. Kept tiny because the content script
 * and every view use it.
 */

/** Lower-cases and strips diacritics; keeps length-independent semantics (no offsets preserved). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of a text, folded; apostrophes inside words are dropped ("regio's" → "regios"). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
