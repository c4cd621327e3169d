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
 */
import type { IndexEntry } from '../index/schema';
import { analyse } from '../text/analyse';
import { contentTokens } from '../text/phrases';
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

interface Posting {
  entry: number;
  weight: number;
}

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

function addCounts(target: Map<string, number>, terms: Iterable<[string, number]>, weight: number): void {
  for (const [term, count] of terms) target.set(term, (target.get(term) ?? 0) + count * weight);
}

function entryTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const content = contentTokens(analyse(text, 'nl'));
  for (const token of content) if (token.stem.length > 2) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  for (const found of conceptMatcher('nl').match(content)) {
    const concept = LEXICON[found.key];
    if (concept && concept.kind !== 'genre') counts.set(conceptTerm(found.key), (counts.get(conceptTerm(found.key)) ?? 0) + 1);
  }
  return counts;
}

function unitThemeVector(themes: readonly ThemeId[]): number[] {
  const norm = Math.sqrt(themes.length) || 1;
  return THEME_IDS.map((id) => (themes.includes(id) ? 1 / norm : 0));
}

export function createEntryRanking(entries: readonly IndexEntry[]): EntryRanking {
  const raw = entries.map((entry) => {
    const tf = new Map<string, number>();
    addCounts(tf, entryTerms(entry.title), ENTRY_FIELD_WEIGHTS.title);
    addCounts(tf, entryTerms(entry.keywords.join('\n')), ENTRY_FIELD_WEIGHTS.keywords);
    addCounts(tf, entryTerms(entry.summary), ENTRY_FIELD_WEIGHTS.summary);
    if (entry.body) addCounts(tf, entryTerms(entry.body), ENTRY_FIELD_WEIGHTS.body);
    return tf;
  });
  const documentFrequency = new Map<string, number>();
  for (const tf of raw) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = entries.length;
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(1 + (count - df + 0.5) / (df + 0.5)));

  const postings = new Map<string, Posting[]>();
  const entryWeights: Map<string, number>[] = [];
  raw.forEach((tf, entry) => {
    const weighted: [string, number][] = [];
    let norm = 0;
    for (const [term, value] of tf) {
      const weight = (1 + Math.log(value)) * (idf.get(term) ?? 0);
      weighted.push([term, weight]);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    const own = new Map<string, number>();
    entryWeights.push(own);
    for (const [term, weight] of weighted) {
      own.set(term, weight / norm);
      let list = postings.get(term);
      if (!list) {
        list = [];
        postings.set(term, list);
      }
      list.push({ entry, weight: weight / norm });
    }
  });
  const themeVectors = entries.map((entry) => unitThemeVector(entry.themes));
  const ids = entries.map((entry) => entry.id);

  function readable(term: string, page: PageTerms): string {
    if (term.startsWith('§')) return LEXICON[Number(term.slice(1))]?.label ?? term;
    return page.surface.get(term) ?? term;
  }

  return {
    size: count,
    match(page) {
      if (count === 0) return { page, similarity: new Float64Array(0), touched: [], kept: [] };
      const pageTf = new Map<string, number>();
      for (const field of FIELDS) {
        const terms = page.fields[field];
        addCounts(pageTf, terms.stems, PAGE_FIELD_WEIGHTS[field]);
        addCounts(
          pageTf,
          [...terms.concepts].map(([index, n]): [string, number] => [conceptTerm(index), n]),
          PAGE_FIELD_WEIGHTS[field],
        );
      }
      const pageWeights: [string, number][] = [];
      for (const [term, value] of pageTf) {
        const termIdf = idf.get(term);
        if (termIdf === undefined || value <= 0) continue;
        pageWeights.push([term, (1 + Math.log(Math.max(1, value))) * termIdf]);
      }
      pageWeights.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const kept = pageWeights.slice(0, PAGE_TERMS);
      const pageNorm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;

      const dot = new Float64Array(count);
      const touched: number[] = [];
      for (const [term, weight] of kept) {
        for (const posting of postings.get(term) ?? []) {
          if (dot[posting.entry] === 0) touched.push(posting.entry);
          dot[posting.entry] = (dot[posting.entry] ?? 0) + (weight / pageNorm) * posting.weight;
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
        const weights = entryWeights[entryIndex];
        if (!entry || !weights) continue;
        const shared: [string, number][] = [];
        for (const [term, weight] of kept) {
          const entryWeight = weights.get(term);
          if (entryWeight !== undefined && (!term.startsWith('§') || !GENERIC_CONCEPTS.has(readable(term, page))))
            shared.push([term, weight * entryWeight]);
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
