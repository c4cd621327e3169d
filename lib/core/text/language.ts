/**
 * Which stemmer to use for a page: the page's own lang attribute when it names
 * Dutch or English, else a cheap guess from the share of Dutch versus English
 * stop words in the first words. Dutch wins ties: Regiolens is Dutch first.
 */
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords';

export type Language = 'nl' | 'en';

/** How many words the guess looks at; enough for a stable ratio, cheap on huge pages. */
const SAMPLE_WORDS = 400;

/** Guesses from already folded words (see `words` in normalise.ts). */
export function guessLanguage(folded: readonly string[]): Language {
  let dutch = 0;
  let english = 0;
  const end = Math.min(folded.length, SAMPLE_WORDS);
  for (let i = 0; i < end; i++) {
    const word = folded[i] ?? '';
    if (DUTCH_STOPWORDS.has(word)) dutch++;
    if (ENGLISH_STOPWORDS.has(word)) english++;
  }
  return english > dutch * 1.2 ? 'en' : 'nl';
}

/** The language of a page: its lang attribute ("nl", "nl-BE", "en-GB") if usable, else a guess. */
export function pageLanguage(lang: string | undefined, folded: readonly string[]): Language {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nl' || primary === 'en') return primary;
  return guessLanguage(folded);
}
