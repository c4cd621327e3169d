/**
 * The concept matcher's trie, copied into integer form for the entry ranking's
 * build (ranking.ts): lexicon concepts are matched over small token numbers
 * instead of strings, which is what makes building the recogniser for a large
 * index cheap. Checked against the matcher itself (text/phrases.ts) on first
 * use; null, and the plain way, should they ever disagree.
 */
import { analyse, type Token } from '../text/analyse';
import { createPhraseMatcher } from '../text/phrases';
import { conceptMatcher } from './concept-matcher';
import { LEXICON } from './lexicon';

/**
 * The concept matcher's trie (concept-matcher.ts, text/phrases.ts), rebuilt
 * the same way (every lexicon pattern in order; a word's stem, "=word" for a
 * word that must match exactly, "^Word" for one that must match as written;
 * the first pattern of a path keeps it), with its edge labels numbered, so
 * that matching an entry compares integers. Entry tokens come from analyse(),
 * so they carry no word as written and never take a "^" edge, in the matcher
 * as here. Checked against the matcher itself: every path must be a match of
 * its full length with the same concept, and the matcher's choice between a
 * word's exact edge and its stem's decides which this copy tries first.
 */
export interface ConceptTrie {
  /** Edge label → number. */
  readonly labels: ReadonlyMap<string, number>;
  /** Per node: label → child node. Node 0 is the root. */
  readonly children: readonly ReadonlyMap<number, number>[];
  /** Per node: the concept (index into LEXICON) a path ending there is, or -1. */
  readonly keys: readonly number[];
  /** Whether a token's "=word" edge is tried before its stem's. */
  readonly wordFirst: boolean;
}

/** A pattern's trie path, as text/phrases.ts derives it (Dutch, like every entry). */
function patternPath(text: string): string[] {
  const path: string[] = [];
  for (const part of text.split(/\s+/)) {
    if (part.startsWith('^')) {
      path.push(part);
    } else if (part.startsWith('=')) {
      for (const token of analyse(part.slice(1), 'nl')) path.push(`=${token.word}`);
    } else {
      for (const token of analyse(part, 'nl')) if (!token.stop) path.push(token.stem);
    }
  }
  return path;
}

/** Which edge the phrase matcher takes first when a word's exact edge and its stem's both lead to a phrase. */
function matcherTriesWordFirst(): boolean | undefined {
  const probe = analyse('gemeenten', 'nl');
  const exact = createPhraseMatcher(
    [
      { key: 'word', text: '=gemeenten' },
      { key: 'stem', text: 'gemeenten' },
    ],
    'nl',
  ).match(probe)[0]?.key;
  return exact === 'word' ? true : exact === 'stem' ? false : undefined;
}

function buildConceptTrie(): ConceptTrie | null {
  const wordFirst = matcherTriesWordFirst();
  if (wordFirst === undefined) return null;
  const labels = new Map<string, number>();
  const children: Map<number, number>[] = [new Map()];
  const keys: number[] = [-1];
  const paths: { path: string[]; node: number }[] = [];
  LEXICON.forEach((concept, key) => {
    for (const text of concept.patterns) {
      const path = patternPath(text);
      if (path.length === 0) continue;
      let node = 0;
      for (const label of path) {
        let id = labels.get(label);
        if (id === undefined) {
          id = labels.size;
          labels.set(label, id);
        }
        const next = children[node] as Map<number, number>;
        let child = next.get(id);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          keys.push(-1);
          next.set(id, child);
        }
        node = child;
      }
      if (keys[node] === -1) keys[node] = key;
      paths.push({ path, node });
    }
  });
  const matcher = conceptMatcher('nl');
  for (const { path, node } of paths) {
    // "\u0000" is no stem and no word, so each token follows exactly its one edge.
    const tokens = path.map((label): Token & { raw?: string } =>
      label.startsWith('^')
        ? { word: '\u0000', stem: '\u0000', stop: false, raw: label.slice(1) }
        : label.startsWith('=')
          ? { word: label.slice(1), stem: '\u0000', stop: false }
          : { word: '\u0000', stem: label, stop: false },
    );
    const [found] = matcher.match(tokens);
    if (found?.start !== 0 || found.length !== path.length || found.key !== keys[node]) return null;
  }
  return { labels, children, keys, wordFirst };
}

/** Built on first use; null if it disagrees with the matcher. */
let conceptTrie: ConceptTrie | null | undefined;

export function theConceptTrie(): ConceptTrie | null {
  if (conceptTrie === undefined) conceptTrie = buildConceptTrie();
  return conceptTrie;
}

/** Called when the trie disagreed with the matcher on real text: from then on the plain way is used. */
export function distrustConceptTrie(): void {
  conceptTrie = null;
}

/** Per token (by number): its two edge labels (or -1), first in the order the matcher tries them, and where they lead from the root. */
export interface TokenEdges {
  readonly firstLabel: number[];
  readonly secondLabel: number[];
  readonly fromRootFirst: number[];
  readonly fromRootSecond: number[];
}

/**
 * Matches concepts over a run of token numbers exactly as PhraseMatcher.match
 * does over tokens: at each position the longest path (depth first, edges in
 * the matcher's order, the first of equally long ones), which then consumes its tokens.
 */
export function conceptScanner(
  trie: ConceptTrie,
  edges: TokenEdges,
): (tokens: Int32Array, length: number, found: (concept: number) => void) => void {
  const { children, keys } = trie;
  const { firstLabel, secondLabel, fromRootFirst, fromRootSecond } = edges;
  let run: Int32Array = new Int32Array(0);
  let end = 0;
  let start = 0;
  let bestKey = -1;
  let bestLength = 0;
  function walk(node: number, position: number): void {
    const key = keys[node] as number;
    if (key !== -1 && (bestKey === -1 || position - start > bestLength)) {
      bestKey = key;
      bestLength = position - start;
    }
    if (position >= end) return;
    const token = run[position] as number;
    const next = children[node] as ReadonlyMap<number, number>;
    const first = firstLabel[token] as number;
    if (first !== -1) {
      const child = next.get(first);
      if (child !== undefined) walk(child, position + 1);
    }
    const second = secondLabel[token] as number;
    if (second !== -1) {
      const child = next.get(second);
      if (child !== undefined) walk(child, position + 1);
    }
  }
  return (tokens, length, found) => {
    run = tokens;
    end = length;
    let index = 0;
    while (index < length) {
      const token = tokens[index] as number;
      const first = fromRootFirst[token] as number;
      const second = fromRootSecond[token] as number;
      // The root is no concept, so its walk is its two edges; most tokens have neither.
      if (first === -1 && second === -1) {
        index++;
        continue;
      }
      start = index;
      bestKey = -1;
      bestLength = 0;
      if (first !== -1) walk(first, index + 1);
      if (second !== -1) walk(second, index + 1);
      if (bestKey !== -1 && bestLength > 0) {
        found(bestKey);
        index += bestLength;
      } else {
        index++;
      }
    }
  };
}

// ── Entry text → term numbers ───────────────────────────────────────────────
