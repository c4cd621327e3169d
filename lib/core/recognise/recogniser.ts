/**
 * The recogniser: is this page about regional cooperation between governments,
 * which themes does it touch, why, and which index entries relate to it.
 * Pure and synchronous; the background calls it with the active index, the
 * command-line recogniser with the bundled one.
 *
 *   const recogniser = createRecogniser(entries);   // once per index: builds entry vectors
 *   const recognition = recogniser.recognise(page); // per page: a few milliseconds
 *
 * How the verdict is reached is described in evidence.ts (a BM25F-shaped
 * weighted lexicon model over lexicon.ts); how entries are ranked in ranking.ts;
 * how the themes pool the lexicon's evidence with the curated themes of the
 * nearest index entries in theme-vote.ts.
 */
import type { IndexEntry } from '../index/schema';
import type { PageSnapshot } from '../page-snapshot';
import { themeScores, weighEvidence, type Evidence } from './evidence';
import { readPage, type PageTerms } from './page-terms';
import { createEntryRanking, DEFAULT_SUGGESTIONS } from './ranking';
import { VOTE_NEIGHBOURS, voteThemes, type ThemeVote } from './theme-vote';
import { poolThemes } from './theme-model';
import type { Recognition } from './types';
import { placesOnPage } from '../places/places';
import type { PlacesOnPage } from '../places/find-places';
import { isAboutElsewhere } from './elsewhere';
import { cooperationRegions } from './regions';

/** The score of a page about regions elsewhere: well below "maybe", whatever its words. */
const ELSEWHERE_SCORE = 0.1;

export interface RecogniseOptions {
  /** How many suggestions at most (default 10). */
  suggestions?: number;
}

/** The two opinions on a page's themes that the themes are pooled from (theme-model.ts). */
export interface ThemeOpinions {
  /** The lexicon's raw theme evidence, THEME_IDS order. */
  lexicon: number[];
  /** The nearest index entries' vote. */
  vote: ThemeVote;
  /** Lexicon concept index → its saturated presence on the page. */
  presence: ReadonlyMap<number, number>;
}

/**
 * What a page's verdict is reached from: what scripts/learn-verdict.ts reads to learn a verdict model
 * and to compare it with the hand rule. recognise() reaches the same verdict from it (evidence.verdict,
 * "no" when the page is about regions elsewhere).
 */
export interface VerdictInput {
  terms: PageTerms;
  places: PlacesOnPage;
  evidence: Evidence;
  elsewhere: boolean;
}

export interface Recogniser {
  /** Number of index entries suggestions are drawn from. */
  readonly size: number;
  recognise(page: PageSnapshot, options?: RecogniseOptions): Recognition;
  /**
   * The theme opinions of a page that is not a "no" (undefined for a "no"): what the theme model is
   * learned from (scripts/learn-themes.ts). recognise() pools them the same way.
   */
  themeOpinions(page: PageSnapshot): ThemeOpinions | undefined;
  /** What the page's verdict is reached from (for scripts/learn-verdict.ts). */
  verdictInput(page: PageSnapshot): VerdictInput;
}

export function createRecogniser(entries: readonly IndexEntry[]): Recogniser {
  const ranking = createEntryRanking(entries);
  /** What the verdict is reached from (verdictInput). */
  const read = (page: PageSnapshot): VerdictInput => {
    const terms = readPage(page);
    // Places are facts of the page, whatever the verdict: a town's news item still names the town.
    const places = placesOnPage(page);
    // A cooperation region the page keeps naming is evidence too (regions.ts).
    const evidence = weighEvidence(terms, cooperationRegions(places, page.title, terms));
    // A page about regions that never says it is about the Netherlands is about regions elsewhere (elsewhere.ts).
    const elsewhere = isAboutElsewhere(terms.language, `${page.title}\n${page.text}`, places, page.url);
    return { terms, places, evidence, elsewhere };
  };
  /** Everything recognise() and themeOpinions() read of a page; match and vote only for a page that is not a "no". */
  const readAndMatch = (page: PageSnapshot) => {
    const { places, evidence, elsewhere, terms } = read(page);
    if (evidence.verdict === 'no' || elsewhere) return { places, evidence, elsewhere, found: undefined };
    const match = ranking.match(terms);
    const vote = voteThemes(ranking.neighbours(match, VOTE_NEIGHBOURS));
    return { places, evidence, elsewhere, found: { match, vote } };
  };
  return {
    size: ranking.size,
    recognise(page, options = {}) {
      const { places, evidence, elsewhere, found } = readAndMatch(page);
      // A page that is not about regional cooperation gets no themes, reasons or suggestions: a "no" never
      // looks like a "yes" with a low number, and material is not pushed where it does not belong.
      if (!found)
        return {
          regional: false,
          verdict: 'no',
          score: elsewhere ? Math.min(evidence.score, ELSEWHERE_SCORE) : evidence.score,
          themes: [],
          why: [],
          suggestions: [],
          places,
        };
      return {
        regional: evidence.verdict === 'yes',
        verdict: evidence.verdict,
        score: evidence.score,
        themes: themeScores(evidence.score, poolThemes(evidence.themeVector, found.vote, evidence.presence)),
        why: evidence.why,
        // Suggestions weigh the lexicon's themes only, so an entry does not lift itself through its own vote.
        suggestions: ranking.rank(found.match, evidence.themeVector, options.suggestions ?? DEFAULT_SUGGESTIONS),
        places,
      };
    },
    themeOpinions(page) {
      const { evidence, found } = readAndMatch(page);
      return found ? { lexicon: evidence.themeVector, vote: found.vote, presence: evidence.presence } : undefined;
    },
    verdictInput: read,
  };
}

/** Recognisers already built, per entries array: recognise() below may be called per page with the same index. */
const built = new WeakMap<readonly IndexEntry[], Recogniser>();

/** One-call form; builds (and keeps, per entries array) the recogniser. Prefer createRecogniser in long-lived code. */
export function recognise(page: PageSnapshot, entries: readonly IndexEntry[]): Recognition {
  let recogniser = built.get(entries);
  if (!recogniser) {
    recogniser = createRecogniser(entries);
    built.set(entries, recogniser);
  }
  return recogniser.recognise(page);
}
