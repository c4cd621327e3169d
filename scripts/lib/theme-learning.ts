/**
 * Fitting the theme model (lib/core/recognise/theme-model.ts) to labelled
 * pages, deterministically: full-batch gradient descent on a convex objective
 * from a fixed start, so the same pages always give the same model.
 *
 * A page may have several expected themes (the leading one first), and the
 * top-1 theme is right when it is any of them; the objective says the same:
 * the negative log of the probability the model gives to the expected themes
 * together, over the themes some opinion speaks for,
 *     loss = -log Σ_{t ∈ expected} p_t
 * whose gradient on logit k is p_k - q_k, with q the model's probabilities
 * renormalised over the expected themes. The opinion weights are pulled
 * towards a prior that ranks themes as the hand pool does (PRIOR_*), the
 * concept weights towards 0, by λ·‖W - W₀‖² and λ_c·‖C‖²: with few pages the
 * model moves only where the labels agree.
 */
import { THEME_IDS, type ThemeId } from '../../lib/core/themes';
import { LEXICON } from '../../lib/core/recognise/lexicon';
import {
  FEATURE_COUNT,
  spokenThemes,
  themeProbabilities,
  type ResolvedThemeModel,
  type ThemeFeatures,
  type ThemeModel,
} from '../../lib/core/recognise/theme-model';

/** One labelled page: its features (themeFeatures) and the themes a reader gave it. */
export interface ThemeExample {
  /** The labelled set the page belongs to (for leave-one-set-out). */
  set: string;
  features: ThemeFeatures;
  expected: readonly ThemeId[];
}

export interface FitOptions {
  /** Pull of the opinion weights towards the prior. */
  lambda: number;
  /** Pull of the concept weights towards 0. */
  conceptLambda: number;
  /** How much of each page's target is its leading theme alone (the rest: any of its expected themes). */
  leading: number;
  iterations?: number;
  rate?: number;
}

/** The prior's weight on a theme's own lexicon share and on its own vote: the hand pool's ranking, as logits. */
const PRIOR_LEXICON = 4;
const PRIOR_VOTE = 2;
const THEMES = THEME_IDS.length;
/** Concept weights smaller than this (on every theme) are left out of the stored model. */
const KEEP_CONCEPT = 0.05;

export function priorModel(): ResolvedThemeModel {
  return {
    weights: THEME_IDS.map((_, theme) =>
      Array.from({ length: FEATURE_COUNT }, (_, j) => (j === theme ? PRIOR_LEXICON : j === THEMES + theme ? PRIOR_VOTE : 0)),
    ),
    bias: THEME_IDS.map(() => 0),
    concepts: new Map(),
  };
}

/** The first theme with the highest share, or null when none has any. */
export function topTheme(shares: readonly number[]): ThemeId | null {
  let best = -1;
  shares.forEach((share, theme) => {
    if (share > 0 && (best === -1 || share > (shares[best] ?? 0))) best = theme;
  });
  return best === -1 ? null : (THEME_IDS[best] ?? null);
}

/**
 * What the model should have said of a page: `leading` on its leading theme
 * (when an opinion speaks for it), the rest over its expected themes as the
 * model already shares them out (the gradient of -log Σ_expected p).
 */
function targetOf(p: readonly number[], expected: readonly ThemeId[], leading: number): number[] {
  const inExpected = THEME_IDS.map((id) => expected.includes(id));
  const expectedMass = p.reduce((sum, value, theme) => sum + (inExpected[theme] ? value : 0), 0);
  const first = THEME_IDS.indexOf(expected[0] as ThemeId);
  const leadShare = (p[first] ?? 0) > 0 ? leading : 0;
  return p.map(
    (probability, theme) =>
      (theme === first ? leadShare : 0) +
      (inExpected[theme] && expectedMass > 0 ? ((1 - leadShare) * probability) / expectedMass : 0),
  );
}

/** Fits the model to the examples; examples whose expected themes no opinion speaks for teach nothing and are left out. */
export function fitThemeModel(
  examples: readonly ThemeExample[],
  { lambda, conceptLambda, leading, iterations = 2000, rate = 1 }: FitOptions,
): ResolvedThemeModel {
  const prior = priorModel();
  const weights = prior.weights.map((row) => [...row]);
  let bias = [...prior.bias];
  const concepts = new Map<number, number[]>();
  const model: ResolvedThemeModel = { weights, bias, concepts };
  const usable = examples.filter(({ features, expected }) => {
    const spoken = spokenThemes(features.opinions);
    return expected.some((theme) => spoken[THEME_IDS.indexOf(theme)]);
  });
  for (const { features } of usable)
    for (const index of features.concepts.keys())
      if (!concepts.has(index))
        concepts.set(
          index,
          THEME_IDS.map(() => 0),
        );
  if (usable.length === 0) return model;
  for (let step = 0; step < iterations; step++) {
    const gradW = THEME_IDS.map(() => new Array<number>(FEATURE_COUNT).fill(0));
    const gradB = THEME_IDS.map(() => 0);
    const gradC = new Map([...concepts.keys()].map((index) => [index, THEME_IDS.map(() => 0)]));
    for (const { features, expected } of usable) {
      const p = themeProbabilities({ weights, bias, concepts }, features);
      const target = targetOf(p, expected, leading);
      p.forEach((probability, theme) => {
        const q = target[theme] ?? 0;
        const delta = (probability - q) / usable.length;
        if (delta === 0) return;
        gradB[theme] = (gradB[theme] ?? 0) + delta;
        const row = gradW[theme] as number[];
        features.opinions.forEach((value, j) => (row[j] = (row[j] ?? 0) + delta * value));
        for (const [index, share] of features.concepts) {
          const grad = gradC.get(index) as number[];
          grad[theme] = (grad[theme] ?? 0) + delta * share;
        }
      });
    }
    weights.forEach((row, theme) =>
      row.forEach((weight, j) => {
        const pull = 2 * lambda * (weight - (prior.weights[theme]?.[j] ?? 0));
        row[j] = weight - rate * ((gradW[theme]?.[j] ?? 0) + pull);
      }),
    );
    bias = bias.map((value, theme) => value - rate * ((gradB[theme] ?? 0) + 2 * lambda * value));
    for (const [index, row] of concepts) {
      const grad = gradC.get(index) ?? [];
      row.forEach((weight, theme) => (row[theme] = weight - rate * ((grad[theme] ?? 0) + 2 * conceptLambda * weight)));
    }
  }
  return { weights, bias, concepts };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The model as stored: four decimals (a stable file, finer than the model's certainty), concepts by label, small ones left out. */
export function storedModel(model: ResolvedThemeModel): ThemeModel {
  const concepts: Record<string, number[]> = {};
  const kept = [...model.concepts]
    .filter(([, row]) => row.some((weight) => Math.abs(weight) >= KEEP_CONCEPT))
    .map(([index, row]) => [LEXICON[index]?.label ?? '', row] as const)
    .filter(([label]) => label !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [label, row] of kept) concepts[label] = row.map(round);
  return { weights: model.weights.map((row) => row.map(round)), bias: model.bias.map(round), concepts };
}
