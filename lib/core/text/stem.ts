/**
 * Snowball stemming (Dutch and English, from @orama/stemmers) with a memo:
 * pages repeat their words, so a cache makes stemming a long page cheap.
 * A few domain words get a fixed stem where Snowball splits what belongs
 * together ("regio" / "regio's").
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Language } from './language';

/** Folded word → stem, where Snowball's answer would keep related forms apart. */
const OVERRIDES: Readonly<Record<string, string>> = {
  regios: 'regio',
  regions: 'region',
  staten: 'staten',
  statenleden: 'statenlid',
  statenlid: 'statenlid',
  raadsleden: 'raadslid',
  raadslid: 'raadslid',
  // Snowball cuts both to "over", the stem of the preposition's compounds ("overig", "overal").
  overheid: 'overheid',
  overheden: 'overheid',
  // Snowball maps "gemeente"/"gemeentelijk" together (fine) but "gemeenten" too: also fine.
};

const CACHE_LIMIT = 50_000;
const caches: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };

export function stem(word: string, language: Language): string {
  const cache = caches[language];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const fixed = OVERRIDES[word];
  const result =
    fixed ?? (word.length <= 2 || /\d/.test(word) ? word : language === 'en' ? englishStemmer(word) : dutchStemmer(word));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
