/**
 * Reads the index entries' text into term numbers for the ranking's build
 * (ranking.ts): an index repeats its words, so text is analysed once per
 * distinct chunk between white space, tokens become small integers, and
 * concepts are matched over them with the copied trie (concept-trie.ts). The
 * terms are exactly those that analysing each field whole would give; the
 * chunk shortcut checks that once and falls back should it ever fail.
 */
import { analyse, type Token } from '../text/analyse';
import { contentTokens } from '../text/phrases';
import { conceptMatcher } from './concept-matcher';
import { conceptScanner, distrustConceptTrie, theConceptTrie, type TokenEdges } from './concept-trie';
import { LEXICON } from './lexicon';

/** A concept as a term of the ranking ("§12"): an English page and a Dutch entry meet on it. */
export const conceptTerm = (index: number) => `§${index}`;

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
export interface Vocabulary {
  readonly ids: Map<string, number>;
  readonly names: string[];
}

export function termId(vocabulary: Vocabulary, name: string): number {
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
export interface EntryReader {
  read(text: string): number;
  readonly terms: Int32Array;
}

export function entryReader(vocabulary: Vocabulary): EntryReader {
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
          distrustConceptTrie();
        }
      }
      for (const key of concepts) addConcept(key);
      return found;
    },
  };
}
