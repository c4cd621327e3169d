/**
 * Two small readings of the words around a lexicon match. A mention that the
 * page itself says does not apply ("Regionale samenwerking speelt hierbij geen
 * rol", "De Wgr is niet van toepassing") is no evidence. Only such denials
 * count, not a "geen" or "niet" before a term: "de regio is geen vierde
 * bestuurslaag" and "er is geen gemeenschappelijke regeling nodig" are
 * statements about regional cooperation, the page's very subject.
 * Cooperation is read per sentence, so the page's sentences (or lines, for
 * lists and headings) are numbered.
 */
import type { SpannedToken } from '../text/analyse';

/** How the page says after a term that it does not apply (one word may stand between): "... speelt hierbij geen rol". */
const DENIALS: readonly (readonly string[])[] = [
  ['speelt', 'geen', 'rol'],
  ['speelde', 'geen', 'rol'],
  ['spelen', 'geen', 'rol'],
  ['niet', 'van', 'toepassing'],
  ['niet', 'aan', 'de', 'orde'],
  ['valt', 'erbuiten'],
  ['plays', 'no', 'role'],
  ['does', 'not', 'apply'],
  ['not', 'applicable'],
];
/** How far after a match a denial may start. */
const AFTER = 4;

/** True when the page denies, right after it, that the words from `first` to `last` (full-stream positions) apply. */
export function isNegated(text: string, tokens: readonly SpannedToken[], _first: number, last: number): boolean {
  const after = tokens.slice(last + 1, last + 1 + AFTER + 3).map((token) => token.word);
  return DENIALS.some((denial) => {
    const at = within(after, denial);
    return at !== -1 && at < AFTER && sameSentence(text, tokens, last, last + 1 + at + denial.length);
  });
}

/**
 * Where `phrase` starts in `words`, allowing one word between its words
 * ("speelt hierbij geen rol"), or -1.
 */
function within(words: readonly string[], phrase: readonly string[]): number {
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrase[0]) continue;
    let at = start;
    const found = phrase.slice(1).every((word) => {
      const next = words[at + 1] === word ? at + 1 : words[at + 2] === word ? at + 2 : -1;
      if (next === -1) return false;
      at = next;
      return true;
    });
    if (found) return start;
  }
  return -1;
}

/** No sentence end between two tokens: a negation does not reach across a full stop. */
function sameSentence(text: string, tokens: readonly SpannedToken[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const here = tokens[at];
    const next = tokens[at + 1];
    if (here && next && /[.!?;\n]/.test(text.slice(here.end, next.start))) return false;
  }
  return true;
}

/**
 * Numbers the sentences of a text: a sentence ends at ".", "!", "?" or ";"
 * followed by white space, or at a line break. Returns offset → sentence
 * number, for offsets in increasing or any order.
 */
export function sentenceOf(text: string): (offset: number) => number {
  const starts = sentenceStarts(text);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

/** Where each sentence of a text starts (sentence n starts at starts[n]); sentenceOf numbers offsets by them. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const found of text.matchAll(/[.!?;](?=\s)|\n+/g)) starts.push(found.index + found[0].length);
  return starts;
}
