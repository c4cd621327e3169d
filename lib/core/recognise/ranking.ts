/**
 * Suggestions: index entries ranked by relevance to a page.
 *
 * Each entry becomes, once, a tf-idf vector over stems and lexicon concepts,
 * with field weights (title 3, keywords 2.5, summary 1.5, body 1) and
 * sublinear counts (1 + ln tf); idf is BM25's over the index. Concepts are
 * terms too ("§12"), so an English page and a Dutch entry still meet on
 * "gemeenschappelijke regeling" / "joint arrangement". Vectors sit in an
 * inverted index, so ranking a page touches only the entries that share one
 * of the page's strongest terms.
 *
 * A page's score for an entry combines
 *   0.6 · √cos(page terms, entry terms)  — what they share, compressed, since
 *                                           cosines of real texts are small;
 *   0.4 · cos(page themes, entry themes) — what they are about.
 * Only entries that share at least one term are suggested; the shared terms
 * with the largest products are the explanation.
 *
 * Building is paid on the first page after every start of the service worker,
 * so it is kept cheap (budget 100 ms for 1,000 entries in Chromium; see
 * bench/browser/recognise.bench.ts):
 * - an index repeats its words, so entry text is analysed once per distinct
 *   chunk between white space, and tokens become small integers;
 * - lexicon concepts are matched over those integers with a copy of the concept
 *   matcher's trie (see ConceptTrie), checked against the matcher itself;
 * - terms are integers too: counts in one scratch array, postings in typed arrays.
 * The vectors are exactly those that analysing each field whole and matching it
 * with the concept matcher give (same terms, same order of summation), so the
 * suggestions are too; both shortcuts check their assumption once and fall
 * back to the plain way should it ever fail.
 */
import type { IndexEntry } from '../index/schema';
import { analyse, type Token } from '../text/analyse';
import { contentTokens, createPhraseMatcher } from '../text/phrases';
import { THEME_IDS, type ThemeId } from '../themes';
import { conceptMatcher } from './concept-matcher';
import { round } from './evidence';
import { LEXICON } from './lexicon';
import { FIELDS, type PageTerms } from './page-terms';
import type { Neighbour } from './theme-vote';
import type { Suggestion } from './types';

const ENTRY_FIELD_WEIGHTS = { title: 3, keywords: 2.5, summary: 1.5, body: 1 } as const;
const PAGE_FIELD_WEIGHTS = { title: 3, headings: 2, meta: 2, url: 1, site: 0.5, body: 1, chrome: 0.2 } as const;
/** The page's strongest terms that take part; more adds time, not quality. */
const PAGE_TERMS = 64;
const TEXT_SHARE = 0.6;
const THEME_SHARE = 0.4;
const MIN_SCORE = 0.12;
const MAX_SHARED = 5;
export const DEFAULT_SUGGESTIONS = 10;

/** Concept terms never explain a suggestion by themselves when they are this generic. */
const GENERIC_CONCEPTS = new Set(['regio', 'regionaal', 'samenwerking', 'gemeenten', 'provincie', 'waterschap']);

const conceptTerm = (index: number) => `§${index}`;

/**
 * A page measured against the index once: the text cosine of every entry that
 * shares one of the page's strongest terms. Both the suggestions and the theme
 * vote (theme-vote.ts) read it, so the inverted index is walked once per page.
 */
export interface PageMatch {
  readonly page: PageTerms;
  /** Entry index → text cosine (0 for entries not touched). */
  readonly similarity: Float64Array;
  /** Entries that share at least one term with the page, in the order first met. */
  readonly touched: readonly number[];
  /** The page's weighted terms that took part, strongest first. */
  readonly kept: readonly (readonly [string, number])[];
}

export interface EntryRanking {
  readonly size: number;
  /** Measures the page against every entry (text only). */
  match(page: PageTerms): PageMatch;
  /** The entries most like the page, by text and by theme. */
  rank(match: PageMatch, themeVector: readonly number[], limit?: number): Suggestion[];
  /** The `k` entries most like the page by text alone, with their curated themes (theme-vote.ts). */
  neighbours(match: PageMatch, k: number): Neighbour[];
}

// ── Lexicon concepts over token numbers ─────────────────────────────────────

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
interface ConceptTrie {
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

function theConceptTrie(): ConceptTrie | null {
  if (conceptTrie === undefined) conceptTrie = buildConceptTrie();
  return conceptTrie;
}

/** Per token (by number): its two edge labels (or -1), first in the order the matcher tries them, and where they lead from the root. */
interface TokenEdges {
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
function conceptScanner(
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

/**
 * Entry text is analysed per chunk between ASCII white space (tab, line feed,
 * vertical tab, form feed, carriage return, space). Folding (text/normalise.ts)
 * never joins or splits across these characters (they are no letters, decompose
 * to nothing and end a word for lower-casing) and analyse() works word by word,
 * so a text's tokens are its chunks' tokens in order. Checked once on a probe.
 * These are the characters tokenise() breaks at (codes 9 to 13 and 32).
 */
const CHUNK_BREAKS = /[\t\n\v\f\r ]/;
const CHUNK_PROBE =
  "Regio's  werken\tsamen: de Gemeenschappelijke-Regeling (Wgr, 2022) coördineert\n" +
  'REGIOSAMENWERKING, regiodeal & co-financiering van ΟΔΟΣ; e-mail: info@gemeente.nl — §12, 3e kwartaal.\r\nİstanbul';
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * The first tokens of every build are also read the plain way (whole texts
 * through analyse() and the concept matcher) and compared; should the shortcuts
 * ever disagree, that build and later ones read the plain way (slower, same results).
 */
const CHECKED_TOKENS = 2000;

function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  return (
    a.length === b.length &&
    a.every((token, i) => token.word === b[i]?.word && token.stem === b[i]?.stem && token.stop === b[i]?.stop)
  );
}

/** Checked on first use; false if chunks disagree with whole texts. */
let chunksAgree: boolean | undefined;

function analyseByChunks(): boolean {
  chunksAgree ??= sameTokens(
    analyse(CHUNK_PROBE, 'nl'),
    CHUNK_PROBE.split(CHUNK_BREAKS).flatMap((chunk) => analyse(chunk, 'nl')),
  );
  return chunksAgree;
}

function grown(array: Int32Array, needed: number): Int32Array {
  if (needed <= array.length) return array;
  const longer = new Int32Array(Math.max(array.length * 2, needed));
  longer.set(array);
  return longer;
}

/** Terms of an index: stems (longer than 2) and concepts ("§12"), numbered as first met. */
interface Vocabulary {
  readonly ids: Map<string, number>;
  readonly names: string[];
}

function termId(vocabulary: Vocabulary, name: string): number {
  let id = vocabulary.ids.get(name);
  if (id === undefined) {
    id = vocabulary.names.length;
    vocabulary.ids.set(name, id);
    vocabulary.names.push(name);
  }
  return id;
}

/**
 * Reads an entry's field into its term occurrences, in the order the plain
 * build counted them: the content stems (longer than 2) in order, then the
 * concepts (not genres) in order. `read` returns how many; they are in `terms`.
 */
interface EntryReader {
  read(text: string): number;
  readonly terms: Int32Array;
}

function entryReader(vocabulary: Vocabulary): EntryReader {
  let byChunks = analyseByChunks();
  const trie = theConceptTrie();
  const root = trie?.children[0];
  // Per token (by number): the token, its stem's term (or -1), its edges in the trie.
  const tokenIds = new Map<string, number>();
  const tokens: Token[] = [];
  const stemTerm: number[] = [];
  const edges: TokenEdges = { firstLabel: [], secondLabel: [], fromRootFirst: [], fromRootSecond: [] };
  let scan = trie ? conceptScanner(trie, edges) : undefined;
  /** Per concept (index into LEXICON): its term, -1 for a genre, undefined before it is met. */
  const conceptTerms: number[] = [];
  let run: Int32Array = new Int32Array(1024);
  let length = 0;
  let occurrences: Int32Array = new Int32Array(1024);
  let found = 0;
  let checked = 0;

  function tokenId(token: Token): number {
    const key = `${token.stem} ${token.word}`;
    let id = tokenIds.get(key);
    if (id === undefined) {
      id = tokens.length;
      tokenIds.set(key, id);
      tokens.push(token);
      stemTerm.push(token.stem.length > 2 ? termId(vocabulary, token.stem) : -1);
      const byStem = trie?.labels.get(token.stem) ?? -1;
      const byWord = trie?.labels.get(`=${token.word}`) ?? -1;
      const [first, second] = trie?.wordFirst ? [byWord, byStem] : [byStem, byWord];
      edges.firstLabel.push(first);
      edges.secondLabel.push(second);
      edges.fromRootFirst.push(root?.get(first) ?? -1);
      edges.fromRootSecond.push(root?.get(second) ?? -1);
    }
    return id;
  }

  // Chunks met so far, in an open-addressing table by a hash (FNV-1a) of their characters,
  // so that a chunk seen before is found without cutting it out of the text.
  const chunkHash: number[] = [];
  const chunkText: string[] = [];
  const chunkTokens: Int32Array[] = [];
  let table = new Int32Array(1 << 12).fill(-1);

  function chunkAt(text: string, from: number, to: number, hash: number): Int32Array {
    let mask = table.length - 1;
    let slot = hash & mask;
    for (let known = table[slot] as number; known !== -1; known = table[slot] as number) {
      const seen = chunkText[known] as string;
      if (chunkHash[known] === hash && seen.length === to - from && text.startsWith(seen, from))
        return chunkTokens[known] as Int32Array;
      slot = (slot + 1) & mask;
    }
    const chunk = text.slice(from, to);
    const ids = Int32Array.from(contentTokens(analyse(chunk, 'nl')), tokenId);
    table[slot] = chunkText.length;
    chunkHash.push(hash);
    chunkText.push(chunk);
    chunkTokens.push(ids);
    if (chunkText.length * 2 > table.length) {
      table = new Int32Array(table.length * 2).fill(-1);
      mask = table.length - 1;
      chunkHash.forEach((each, known) => {
        let free = each & mask;
        while (table[free] !== -1) free = (free + 1) & mask;
        table[free] = known;
      });
    }
    return ids;
  }

  function append(ids: ArrayLike<number>): void {
    run = grown(run, length + ids.length);
    for (let i = 0; i < ids.length; i++) run[length++] = ids[i] as number;
  }

  /** The text's content tokens into `run`. */
  function tokenise(text: string): void {
    length = 0;
    if (!byChunks) return append(contentTokens(analyse(text, 'nl')).map(tokenId));
    let from = 0;
    let hash = FNV_OFFSET;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (at > from) append(chunkAt(text, from, at, hash));
        from = at + 1;
        hash = FNV_OFFSET;
      } else {
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
    }
    if (text.length > from) append(chunkAt(text, from, text.length, hash));
  }

  function runTokens(): Token[] {
    return Array.from(run.subarray(0, length), (id) => tokens[id] as Token);
  }

  /** The concepts in `run`, by the concept matcher itself. */
  function matcherConcepts(): number[] {
    return conceptMatcher('nl')
      .match(runTokens())
      .map((match) => match.key);
  }

  /** Reads the text the plain way too and keeps to it where the shortcuts disagree. */
  function check(text: string): void {
    checked += length;
    if (byChunks && !sameTokens(contentTokens(analyse(text, 'nl')), runTokens())) {
      byChunks = chunksAgree = false;
      tokenise(text);
    }
  }

  function addConcept(key: number): void {
    let term = conceptTerms[key];
    if (term === undefined) {
      const concept = LEXICON[key];
      term = concept && concept.kind !== 'genre' ? termId(vocabulary, conceptTerm(key)) : -1;
      conceptTerms[key] = term;
    }
    if (term !== -1) occurrences[found++] = term;
  }

  return {
    get terms() {
      return occurrences;
    },
    read(text) {
      tokenise(text);
      const checking = checked < CHECKED_TOKENS;
      if (checking) check(text);
      // At most two occurrences per token: its stem, and a concept covers at least one token.
      occurrences = grown(occurrences, 2 * length);
      found = 0;
      for (let i = 0; i < length; i++) {
        const term = stemTerm[run[i] as number] as number;
        if (term !== -1) occurrences[found++] = term;
      }
      if (scan && !checking) {
        scan(run, length, addConcept);
        return found;
      }
      const concepts = matcherConcepts();
      if (scan) {
        const scanned: number[] = [];
        scan(run, length, (key) => scanned.push(key));
        if (scanned.length !== concepts.length || scanned.some((key, i) => key !== concepts[i])) {
          scan = undefined;
          conceptTrie = null;
        }
      }
      for (const key of concepts) addConcept(key);
      return found;
    },
  };
}

function unitThemeVector(themes: readonly ThemeId[]): number[] {
  const norm = Math.sqrt(themes.length) || 1;
  return THEME_IDS.map((id) => (themes.includes(id) ? 1 / norm : 0));
}

export function createEntryRanking(entries: readonly IndexEntry[]): EntryRanking {
  const count = entries.length;
  const vocabulary: Vocabulary = { ids: new Map(), names: [] };
  const reader = entryReader(vocabulary);

  // Term frequencies per entry, flat: entry e's terms are entryTerms[entryStart[e] .. entryStart[e + 1]),
  // in the order first met (title, keywords, summary, body; stems before concepts within a field),
  // which is the order the plain build summed their squares in.
  const entryStart = new Int32Array(count + 1);
  const entryTerms: number[] = [];
  const entryTf: number[] = [];
  let tf = new Float64Array(1024);
  const readField = (text: string, weight: number): void => {
    const found = reader.read(text);
    if (vocabulary.names.length > tf.length) {
      const longer = new Float64Array(Math.max(tf.length * 2, vocabulary.names.length));
      longer.set(tf);
      tf = longer;
    }
    const occurrences = reader.terms;
    for (let i = 0; i < found; i++) {
      const term = occurrences[i] as number;
      // Sums of the field weights (multiples of 0.5) are exact, whatever their order.
      if (tf[term] === 0) entryTerms.push(term);
      tf[term] = (tf[term] as number) + weight;
    }
  };
  entries.forEach((entry, index) => {
    const first = entryTerms.length;
    readField(entry.title, ENTRY_FIELD_WEIGHTS.title);
    readField(entry.keywords.join('\n'), ENTRY_FIELD_WEIGHTS.keywords);
    readField(entry.summary, ENTRY_FIELD_WEIGHTS.summary);
    if (entry.body) readField(entry.body, ENTRY_FIELD_WEIGHTS.body);
    for (let at = first; at < entryTerms.length; at++) {
      const term = entryTerms[at] as number;
      entryTf.push(tf[term] as number);
      tf[term] = 0;
    }
    entryStart[index + 1] = entryTerms.length;
  });

  const terms = vocabulary.names.length;
  const documentFrequency = new Int32Array(terms);
  for (const term of entryTerms) documentFrequency[term] = (documentFrequency[term] as number) + 1;
  const idf = new Float64Array(terms);
  const postingStart = new Int32Array(terms + 1);
  for (let term = 0; term < terms; term++) {
    const df = documentFrequency[term] as number;
    idf[term] = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    postingStart[term + 1] = (postingStart[term] as number) + df;
  }

  // Postings per term, in entry order: the entry and its weight (tf-idf over the entry's norm).
  const postingEntry = new Int32Array(entryTerms.length);
  const postingWeight = new Float64Array(entryTerms.length);
  const cursor = postingStart.slice(0, terms);
  const weights = new Float64Array(entryTerms.length);
  for (let entry = 0; entry < count; entry++) {
    const from = entryStart[entry] as number;
    const to = entryStart[entry + 1] as number;
    let norm = 0;
    for (let at = from; at < to; at++) {
      const value = (1 + Math.log(entryTf[at] as number)) * (idf[entryTerms[at] as number] as number);
      weights[at] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let at = from; at < to; at++) {
      const term = entryTerms[at] as number;
      const slot = cursor[term] as number;
      cursor[term] = slot + 1;
      postingEntry[slot] = entry;
      postingWeight[slot] = (weights[at] as number) / norm;
    }
  }

  /** The entry's weight for a term (postings are in entry order), or undefined. */
  function entryWeight(term: number, entry: number): number | undefined {
    let low = postingStart[term] as number;
    let high = (postingStart[term + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = postingEntry[middle] as number;
      if (at === entry) return postingWeight[middle];
      if (at < entry) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  const themeVectors = entries.map((entry) => unitThemeVector(entry.themes));
  const ids = entries.map((entry) => entry.id);

  function readable(term: string, page: PageTerms): string {
    if (term.startsWith('§')) return LEXICON[Number(term.slice(1))]?.label ?? term;
    return page.surface.get(term) ?? term;
  }

  function addCounts(target: Map<string, number>, counts: Iterable<[string, number]>, fieldWeight: number): void {
    for (const [term, n] of counts) target.set(term, (target.get(term) ?? 0) + n * fieldWeight);
  }

  return {
    size: count,
    match(page) {
      if (count === 0) return { page, similarity: new Float64Array(0), touched: [], kept: [] };
      const pageTf = new Map<string, number>();
      for (const field of FIELDS) {
        const fieldTerms = page.fields[field];
        addCounts(pageTf, fieldTerms.stems, PAGE_FIELD_WEIGHTS[field]);
        addCounts(
          pageTf,
          [...fieldTerms.concepts].map(([index, n]): [string, number] => [conceptTerm(index), n]),
          PAGE_FIELD_WEIGHTS[field],
        );
      }
      const pageWeights: [string, number][] = [];
      for (const [term, value] of pageTf) {
        const id = vocabulary.ids.get(term);
        // Terms of no entry (met only in a text read twice, see CHECKED_TOKENS) are not in the index.
        if (id === undefined || documentFrequency[id] === 0 || value <= 0) continue;
        pageWeights.push([term, (1 + Math.log(Math.max(1, value))) * (idf[id] as number)]);
      }
      pageWeights.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const kept = pageWeights.slice(0, PAGE_TERMS);
      const pageNorm = Math.sqrt(kept.reduce((sum, [, value]) => sum + value * value, 0)) || 1;

      const dot = new Float64Array(count);
      const touched: number[] = [];
      for (const [term, value] of kept) {
        const id = vocabulary.ids.get(term) as number;
        const share = value / pageNorm;
        const to = postingStart[id + 1] as number;
        for (let at = postingStart[id] as number; at < to; at++) {
          const entry = postingEntry[at] as number;
          if (dot[entry] === 0) touched.push(entry);
          dot[entry] = (dot[entry] as number) + share * (postingWeight[at] as number);
        }
      }
      return { page, similarity: dot, touched, kept };
    },

    neighbours({ similarity, touched }, k) {
      return touched
        .map((entryIndex) => ({ entryIndex, similarity: Math.min(1, similarity[entryIndex] ?? 0) }))
        .filter(({ similarity: value }) => value > 0)
        .sort((a, b) => b.similarity - a.similarity || ((ids[a.entryIndex] ?? '') < (ids[b.entryIndex] ?? '') ? -1 : 1))
        .slice(0, Math.max(0, k))
        .map(({ entryIndex, similarity: value }) => ({ similarity: value, themes: entries[entryIndex]?.themes ?? [] }));
    },

    rank({ page, similarity: dot, touched, kept }, themeVector, limit = DEFAULT_SUGGESTIONS) {
      if (count === 0 || limit <= 0) return [];
      const pageThemeNorm = Math.sqrt(themeVector.reduce((sum, value) => sum + value * value, 0));
      const scored: { entryIndex: number; score: number }[] = [];
      for (const entryIndex of touched) {
        const textSimilarity = Math.min(1, dot[entryIndex] ?? 0);
        const entryThemes = themeVectors[entryIndex] ?? [];
        const themeSimilarity =
          pageThemeNorm > 0
            ? themeVector.reduce((sum, value, position) => sum + value * (entryThemes[position] ?? 0), 0) / pageThemeNorm
            : 0;
        const score = TEXT_SHARE * Math.sqrt(textSimilarity) + THEME_SHARE * themeSimilarity;
        if (score >= MIN_SCORE) scored.push({ entryIndex, score: round(score) });
      }
      scored.sort((a, b) => b.score - a.score || ((ids[a.entryIndex] ?? '') < (ids[b.entryIndex] ?? '') ? -1 : 1));

      // Explanations only for the entries shown: the shared terms with the largest products.
      const suggestions: Suggestion[] = [];
      for (const { entryIndex, score } of scored.slice(0, limit)) {
        const entry = entries[entryIndex];
        if (!entry) continue;
        const shared: [string, number][] = [];
        for (const [term, value] of kept) {
          const id = vocabulary.ids.get(term);
          const own = id === undefined ? undefined : entryWeight(id, entryIndex);
          if (own !== undefined && (!term.startsWith('§') || !GENERIC_CONCEPTS.has(readable(term, page))))
            shared.push([term, value * own]);
        }
        const explaining = shared
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_SHARED)
          .map(([term]) => readable(term, page));
        suggestions.push({ id: entry.id, score, themes: [...entry.themes], shared: [...new Set(explaining)] });
      }
      return suggestions;
    },
  };
}
