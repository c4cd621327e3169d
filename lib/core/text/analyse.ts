/**
 * Turns text into the tokens recognition and ranking work on: folded words
 * (see normalise.ts), domain compounds split, each with its stem and whether
 * it is a stop word. Stop words are kept in the stream (marked) rather than
 * removed, so phrases can be matched across them and counts stay honest.
 */
import { words } from './normalise';
import { splitCompound } from './compounds';
import type { Language } from './language';
import { stem } from './stem';
import { isStopword } from './stopwords';

export interface Token {
  /** The folded word as written (after compound splitting). */
  word: string;
  stem: string;
  stop: boolean;
}

/** A token that also knows where it stands in the original text, so reasons can quote the page. */
export interface SpannedToken extends Token {
  /** The whole original word, case and diacritics as written ("GR", "Súdwest"). */
  raw: string;
  /** Offsets of the original word in the text (a compound's parts share them). */
  start: number;
  end: number;
  /** Position in the full token stream (stop words included), for looking at the words around a match. */
  position: number;
}

/** Tokens of a text in the given language. Single letters and bare numbers count as stop words. */
export function analyse(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const raw of words(text)) {
    for (const word of splitCompound(raw)) {
      const stop = word.length < 2 || isStopword(word) || /^\d+$/.test(word);
      tokens.push({ word, stem: stop ? word : stem(word, language), stop });
    }
  }
  return tokens;
}

/** Words as written, apostrophes included ("regio's"), with their offsets. */
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}'’‘`]+/gu;

/**
 * Tokens as analyse() makes them, each with its original word and offsets.
 * The same folding and splitting, applied word by word to the original text,
 * so `word`, `stem` and `stop` are exactly what analyse() gives.
 */
export function analyseWithSpans(text: string, language: Language): SpannedToken[] {
  const tokens: SpannedToken[] = [];
  for (const found of text.matchAll(ORIGINAL_WORD)) {
    // Quote marks around a word ("‘brede welvaart’") are not part of it; an apostrophe inside is ("regio's").
    const leading = /^['’‘`]*/u.exec(found[0])?.[0].length ?? 0;
    const raw = found[0].slice(leading);
    const start = found.index + leading;
    for (const folded of words(raw)) {
      for (const word of splitCompound(folded)) {
        const stop = word.length < 2 || isStopword(word) || /^\d+$/.test(word);
        const rawWord = raw.replace(/['’‘`]+$/u, '');
        tokens.push({
          word,
          stem: stop ? word : stem(word, language),
          stop,
          raw: rawWord,
          start,
          end: start + rawWord.length,
          position: tokens.length,
        });
      }
    }
  }
  return tokens;
}

/** Stems of the content words only: what a bag-of-words comparison needs. */
export function contentStems(text: string, language: Language): string[] {
  const stems: string[] = [];
  for (const token of analyse(text, language)) if (!token.stop) stems.push(token.stem);
  return stems;
}
