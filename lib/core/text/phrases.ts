/**
 * Counting multi-word terms ("gemeenschappelijke regeling", "verlengd lokaal
 * bestuur") as single terms. Phrases are analysed with the same pipeline as
 * the text (fold, compounds, stems), stored in a trie of stems, and matched
 * over the content tokens, skipping stop words on both sides, so "samenwerking
 * in de regio" also matches "samenwerking in onze regio". Longest match wins and
 * consumes its tokens: "Wet gemeenschappelijke regelingen" is counted once, as
 * the law, not also as "gemeenschappelijke regeling".
 *
 * A phrase word written with a leading "=" must match the folded word exactly
 * instead of its stem: "=gemeenten" (plural: several municipalities) must not
 * match "gemeente", although both share the stem "gemeent".
 *
 * A phrase word written with a leading "^" must match the word exactly as it
 * stands in the text, case included: "^GR" is the abbreviation of a
 * gemeenschappelijke regeling, "gr." in a recipe is grams. It needs tokens that
 * carry their original word (analyseWithSpans); other tokens never match it.
 */
import { analyse, type Token } from './analyse';
import type { Language } from './language';

export interface PhraseSpec<K> {
  key: K;
  text: string;
}

interface TrieNode<K> {
  next: Map<string, TrieNode<K>>;
  key?: K;
}

export interface PhraseMatch<K> {
  key: K;
  /** Index (in the content-token list) of the first token. */
  start: number;
  /** Number of content tokens covered. */
  length: number;
}

export interface PhraseMatcher<K> {
  readonly language: Language;
  /** All non-overlapping matches, longest first at each position. */
  match(content: readonly Token[]): PhraseMatch<K>[];
}

/** Content tokens only (stop words dropped): what phrases are matched against. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => !token.stop);
}

function phraseKeys(text: string, language: Language): string[] {
  const keys: string[] = [];
  for (const part of text.split(/\s+/)) {
    if (part.startsWith('^')) {
      keys.push(part);
    } else if (part.startsWith('=')) {
      for (const token of analyse(part.slice(1), language)) keys.push(`=${token.word}`);
    } else {
      for (const token of analyse(part, language)) if (!token.stop) keys.push(token.stem);
    }
  }
  return keys;
}

export function createPhraseMatcher<K>(phrases: readonly PhraseSpec<K>[], language: Language): PhraseMatcher<K> {
  const root: TrieNode<K> = { next: new Map() };
  for (const phrase of phrases) {
    const keys = phraseKeys(phrase.text, language);
    if (keys.length === 0) continue;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first phrase written for a path keeps it: the lexicon lists the more specific meaning first.
    node.key ??= phrase.key;
  }

  /** Longest phrase starting at `start`; depth-first over case-exact, exact-word and stem edges. */
  function longestAt(content: readonly Token[], start: number): { key: K; length: number } | undefined {
    let best: { key: K; length: number } | undefined;
    const walk = (node: TrieNode<K>, position: number): void => {
      if (node.key !== undefined && (!best || position - start > best.length)) best = { key: node.key, length: position - start };
      const token = content[position];
      if (!token) return;
      // Most exact first: on equal length the first path found wins, so "=regios" beats the stem "regio".
      const raw = (token as Token & { raw?: string }).raw;
      const byRaw = raw === undefined ? undefined : node.next.get(`^${raw}`);
      if (byRaw) walk(byRaw, position + 1);
      const byWord = node.next.get(`=${token.word}`);
      if (byWord) walk(byWord, position + 1);
      const byStem = node.next.get(token.stem);
      if (byStem) walk(byStem, position + 1);
    };
    walk(root, start);
    return best;
  }

  return {
    language,
    match(content) {
      const matches: PhraseMatch<K>[] = [];
      let index = 0;
      while (index < content.length) {
        const found = longestAt(content, index);
        if (found && found.length > 0) {
          matches.push({ key: found.key, start: index, length: found.length });
          index += found.length;
        } else {
          index++;
        }
      }
      return matches;
    },
  };
}
