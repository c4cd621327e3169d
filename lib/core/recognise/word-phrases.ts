/**
 * Phrases whose meaning lives in their small words. The concept matcher
 * (concept-matcher.ts, text/phrases.ts) compares content words only, so "om
 * tafel" (to sit down and talk) would be read as "tafel" (a table), and "de
 * handen ineen" as "handen". A lexicon concept may therefore list `phrases`:
 * word sequences matched word for word on the page, stop words included,
 * after the same folding and compound splitting as every text ("Om tafel"
 * meets "om tafel"). No stemming: a phrase is a fixed expression, and its
 * small words carry it.
 *
 * They count as page evidence only; index entries are compared by their
 * content words (ranking.ts), where such an expression adds nothing.
 */
import type { SpannedToken } from '../text/analyse';
import { analyse } from '../text/analyse';
import { LEXICON } from './lexicon';

interface WordPhrase {
  key: number;
  words: readonly string[];
}

/** A phrase found: its concept and its first and last token (indexes into the full token list). */
export interface WordPhraseMatch {
  key: number;
  first: number;
  last: number;
}

let byFirstWord: Map<string, WordPhrase[]> | undefined;

/** First word → the phrases that start with it, longest first (so the longest wins), built on first use. */
function phrasesByFirstWord(): Map<string, WordPhrase[]> {
  if (byFirstWord) return byFirstWord;
  const built = new Map<string, WordPhrase[]>();
  LEXICON.forEach((concept, key) => {
    for (const text of concept.phrases ?? []) {
      const words = analyse(text, 'nl').map((token) => token.word);
      const [first] = words;
      if (first === undefined || words.length < 2) continue;
      const list = built.get(first) ?? [];
      list.push({ key, words });
      built.set(first, list);
    }
  });
  for (const list of built.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord = built;
  return built;
}

/** Every phrase in the token stream, left to right, not overlapping. */
export function matchWordPhrases(tokens: readonly SpannedToken[]): WordPhraseMatch[] {
  const phrases = phrasesByFirstWord();
  const found: WordPhraseMatch[] = [];
  if (phrases.size === 0) return found;
  for (let at = 0; at < tokens.length; at++) {
    const candidates = phrases.get(tokens[at]?.word ?? '');
    const match = candidates?.find(({ words }) => words.every((word, offset) => tokens[at + offset]?.word === word));
    if (!match) continue;
    found.push({ key: match.key, first: at, last: at + match.words.length - 1 });
    at += match.words.length - 1;
  }
  return found;
}
