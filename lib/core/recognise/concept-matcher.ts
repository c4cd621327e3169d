/**
 * One phrase matcher over all lexicon patterns per language, built on first
 * use and kept: building it stems every pattern, matching is then a trie walk.
 */
import type { Language } from '../text/language';
import { createPhraseMatcher, type PhraseMatcher } from '../text/phrases';
import { LEXICON } from './lexicon';

const matchers = new Map<Language, PhraseMatcher<number>>();

/** Matches lexicon concepts; keys are indexes into LEXICON. */
export function conceptMatcher(language: Language): PhraseMatcher<number> {
  let matcher = matchers.get(language);
  if (!matcher) {
    const phrases = LEXICON.flatMap((concept, key) => concept.patterns.map((text) => ({ key, text })));
    matcher = createPhraseMatcher(phrases, language);
    matchers.set(language, matcher);
  }
  return matcher;
}
