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
import { THEME_IDS, type ThemeId } from '../themes';
import { conceptTerm, entryReader, type Vocabulary } from './entry-reader';
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
