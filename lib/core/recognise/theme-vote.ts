/**
 * A second, data-driven opinion on a page's themes: the curated themes of the
 * index entries whose text is most like the page's.
 *
 * The lexicon (evidence.ts) knows the themes through the words someone chose
 * for them; a page that discusses a theme in other words gets little theme
 * evidence, or evidence for a neighbouring theme. The index entries carry
 * themes assigned by hand, so the entries nearest to a page (k-nearest
 * neighbours by text cosine, see ranking.ts) are an independent vote that
 * grows with the index instead of with the lexicon:
 *
 *   vote(t) ∝ Σ_{i ∈ top-k} cos_i · [t ∈ themes_i] / |themes_i|
 *
 * An entry splits its weight over its themes, so a page on three themes says
 * less about each, and the conference's day report (all seven) says nothing
 * that tells the themes apart.
 *
 * The two opinions are pooled linearly (a linear opinion pool), the vote's
 * weight growing with how alike the neighbours are to the page:
 *
 *   confidence = √(mean cos of the neighbours)          ∈ [0, 1]
 *   themes     = (1 - w·c) · lexicon share + w·c · vote,   w = VOTE_WEIGHT
 *
 * so an empty or unrelated index (a generated one, or a page far from every
 * entry) leaves the lexicon's themes as they are, and the vote can reorder
 * close themes but not overturn clear lexicon evidence. The square root is
 * the same compression the suggestions use: cosines of real texts are small.
 */
import { THEME_IDS, type ThemeId } from '../themes';

/** An index entry near the page: its text cosine with the page and its curated themes. */
export interface Neighbour {
  similarity: number;
  themes: readonly ThemeId[];
}

export interface ThemeVote {
  /** Per theme in THEME_IDS order, summing to 1 (all 0 when nothing voted). */
  shares: number[];
  /** How much the vote may count, 0..1. */
  confidence: number;
}

/** How many nearest entries vote: enough to outvote one odd neighbour, few enough to stay near the page. */
export const VOTE_NEIGHBOURS = 5;
/** The vote's share of the pooled themes at full confidence. */
export const VOTE_WEIGHT = 0.5;

const NO_VOTE: ThemeVote = { shares: THEME_IDS.map(() => 0), confidence: 0 };

export function voteThemes(neighbours: readonly Neighbour[]): ThemeVote {
  const shares = THEME_IDS.map(() => 0);
  let total = 0;
  let similaritySum = 0;
  let voters = 0;
  for (const { similarity, themes } of neighbours) {
    const known = [...new Set(themes)].filter((theme) => THEME_IDS.includes(theme));
    if (!(similarity > 0) || known.length === 0) continue;
    const value = Math.min(1, similarity);
    for (const theme of known) {
      const position = THEME_IDS.indexOf(theme);
      shares[position] = (shares[position] ?? 0) + value / known.length;
    }
    total += value;
    similaritySum += value;
    voters += 1;
  }
  if (total === 0) return NO_VOTE;
  return { shares: shares.map((share) => share / total), confidence: Math.sqrt(similaritySum / voters) };
}

/**
 * Pools the lexicon's theme evidence (raw, THEME_IDS order) with the vote.
 * The result is a share per theme (summing to 1 whenever either opinion has a score).
 */
export function blendThemes(lexicon: readonly number[], vote: ThemeVote, weight = VOTE_WEIGHT): number[] {
  const total = lexicon.reduce((sum, value) => sum + Math.max(0, value), 0);
  const voted = vote.shares.some((share) => share > 0);
  // Without lexicon evidence the vote is all there is; without a vote, the lexicon.
  const voteShare = !voted ? 0 : total > 0 ? Math.min(1, Math.max(0, weight * vote.confidence)) : 1;
  const lexiconShare = total > 0 ? 1 - voteShare : 0;
  return THEME_IDS.map(
    (_, position) =>
      (total > 0 ? (lexiconShare * Math.max(0, lexicon[position] ?? 0)) / total : 0) + voteShare * (vote.shares[position] ?? 0),
  );
}
