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

/** Stems of the content words only: what a bag-of-words comparison needs. */
export function contentStems(text: string, language: Language): string[] {
  const stems: string[] = [];
  for (const token of analyse(text, language)) if (!token.stop) stems.push(token.stem);
  return stems;
}
