/**
 * The page's themes, learned: a small multinomial (softmax) model over the
 * recogniser's own theme evidence, fitted on the labelled themes of the real
 * development pages (scripts/learn-themes.ts, `npm run learn-themes`) and kept
 * as data beside the lexicon (content/theme-model.json).
 *
 * Why learned: the two opinions on a page's themes (the lexicon's theme
 * evidence, evidence.ts, and the vote of the nearest index entries,
 * theme-vote.ts) were pooled with hand weights, and hand weightings stopped
 * improving the top-1 theme on real pages. The themes a reader gave the pages
 * say how much each opinion, and each concept the page names, is worth per
 * theme: "samenwerking" evidence is on nearly every regional page and says
 * less than the same amount of "democratie" evidence; some concepts point at
 * another theme than their hand affinities say.
 *
 * Features of a page (themeFeatures):
 *   x = [ lexicon share per theme (7) , vote confidence × vote share per theme (7) ]
 *   s = each concept's presence relative to the page's strongest concept (sparse)
 * Per theme t the model scores
 *   z_t = b_t + Σ_j W[t][j] · x_j + Σ_c C[c][t] · s_c
 * and the themes are ranked by the softmax of z over the themes some opinion
 * speaks for: a theme the page gives no evidence for gets no share, whatever
 * its weights. C holds only the concepts the labels moved (by label, so an
 * edited lexicon keeps the rest); the model stays a few hundred numbers.
 * Without a valid model the hand pool (blendThemes) stays in use.
 */
import { THEME_IDS } from '../themes';
import { LEXICON } from './lexicon';
import { blendThemes, type ThemeVote } from './theme-vote';
import learned from '../../../content/theme-model.json';

/** Two opinions × seven themes. */
export const FEATURE_COUNT = THEME_IDS.length * 2;

/** The model as stored: concept weights by the concept's label. */
export interface ThemeModel {
  /** One row per theme in THEME_IDS order, FEATURE_COUNT weights each. */
  weights: number[][];
  /** One per theme in THEME_IDS order. */
  bias: number[];
  /** Concept label → its weight per theme (THEME_IDS order). */
  concepts: Record<string, number[]>;
}

/** What the model reads of a page. */
export interface ThemeFeatures {
  /** The two opinions (FEATURE_COUNT values). */
  opinions: number[];
  /** Lexicon concept index → its presence relative to the page's strongest concept (0..1). */
  concepts: ReadonlyMap<number, number>;
}

/** The model ready to apply: concept weights by lexicon index. */
export interface ResolvedThemeModel {
  weights: number[][];
  bias: number[];
  concepts: ReadonlyMap<number, readonly number[]>;
}

export function themeFeatures(lexicon: readonly number[], vote: ThemeVote, presence: ReadonlyMap<number, number>): ThemeFeatures {
  const total = lexicon.reduce((sum, value) => sum + Math.max(0, value), 0);
  const shares = THEME_IDS.map((_, position) => (total > 0 ? Math.max(0, lexicon[position] ?? 0) / total : 0));
  const voted = THEME_IDS.map((_, position) => vote.confidence * (vote.shares[position] ?? 0));
  const strongest = Math.max(0, ...presence.values());
  const concepts = new Map<number, number>();
  if (strongest > 0) for (const [index, value] of presence) concepts.set(index, value / strongest);
  return { opinions: [...shares, ...voted], concepts };
}

/** Each theme's logit, in THEME_IDS order. */
export function themeLogits(model: ResolvedThemeModel, features: ThemeFeatures): number[] {
  return THEME_IDS.map((_, theme) => {
    const row = model.weights[theme] ?? [];
    let logit = features.opinions.reduce((sum, value, j) => sum + (row[j] ?? 0) * value, model.bias[theme] ?? 0);
    for (const [index, share] of features.concepts) logit += (model.concepts.get(index)?.[theme] ?? 0) * share;
    return logit;
  });
}

/** The themes some opinion speaks for (THEME_IDS order): the only ones the model chooses between. */
export function spokenThemes(opinions: readonly number[]): boolean[] {
  return THEME_IDS.map((_, theme) => (opinions[theme] ?? 0) > 0 || (opinions[THEME_IDS.length + theme] ?? 0) > 0);
}

/** Probabilities per theme (THEME_IDS order): the softmax over the spoken themes, 0 for the others. */
export function themeProbabilities(model: ResolvedThemeModel, features: ThemeFeatures): number[] {
  const spoken = spokenThemes(features.opinions);
  const logits = themeLogits(model, features);
  const top = Math.max(...logits.filter((_, theme) => spoken[theme]));
  const exps = logits.map((logit, theme) => (spoken[theme] ? Math.exp(logit - top) : 0));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => (sum > 0 ? value / sum : 0));
}

const finiteRow = (row: unknown, length: number): row is number[] =>
  Array.isArray(row) && row.length === length && row.every((cell) => typeof cell === 'number' && Number.isFinite(cell));

/** True when the data has the shape the model needs: a finite weight for every theme and feature. */
export function isThemeModel(value: unknown): value is ThemeModel {
  if (typeof value !== 'object' || value === null) return false;
  const { weights, bias, concepts } = value as Partial<ThemeModel>;
  return (
    Array.isArray(weights) &&
    weights.length === THEME_IDS.length &&
    weights.every((row) => finiteRow(row, FEATURE_COUNT)) &&
    finiteRow(bias, THEME_IDS.length) &&
    typeof concepts === 'object' &&
    concepts !== null &&
    Object.values(concepts).every((row) => finiteRow(row, THEME_IDS.length))
  );
}

/** Concept weights by lexicon index; a label the lexicon no longer has is left out. */
export function resolveThemeModel(model: ThemeModel): ResolvedThemeModel {
  const byLabel = new Map(LEXICON.map((concept, index) => [concept.label, index]));
  const concepts = new Map<number, readonly number[]>();
  for (const [label, row] of Object.entries(model.concepts)) {
    const index = byLabel.get(label);
    if (index !== undefined) concepts.set(index, row);
  }
  return { weights: model.weights, bias: model.bias, concepts };
}

/** The learned model in content/, when it is valid. */
export const THEME_MODEL: ResolvedThemeModel | undefined = isThemeModel(learned) ? resolveThemeModel(learned) : undefined;

/**
 * The page's share per theme (THEME_IDS order): the learned model's
 * probabilities over the themes some opinion speaks for, or the hand pool
 * without a model.
 */
export function poolThemes(
  lexicon: readonly number[],
  vote: ThemeVote,
  presence: ReadonlyMap<number, number>,
  model: ResolvedThemeModel | undefined = THEME_MODEL,
): number[] {
  if (!model) return blendThemes(lexicon, vote);
  const features = themeFeatures(lexicon, vote, presence);
  return spokenThemes(features.opinions).some(Boolean) ? themeProbabilities(model, features) : THEME_IDS.map(() => 0);
}
