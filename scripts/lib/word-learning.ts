/**
 * A word-level second opinion on the verdict, as an experiment beside the hand
 * rule (evidence.ts): an L2-regularised logistic regression over the page's own
 * words (word-features.ts) plus the hand rule's score. Why: the regional pages
 * the rule misses carry no evidence the lexicon reads, so a model over the
 * lexicon's concept groups could not find them (verdict-learning.ts); words the
 * lexicon does not know might.
 *
 * It would be consulted only where the rule is unsure, and never past its guard
 * rails: it may raise a rule score in [raiseFrom, YES_AT) to "yes" when its
 * probability is at least raiseAt, and lower a weak "yes" (below lowerBelow) to
 * "maybe" under lowerAt. A page whose only evidence is one passing mention, which
 * has no reason of the lexicon's own, or which denies a core term is never raised;
 * a page about regions elsewhere stays "no".
 *
 * It is not used by the recogniser: leave-one-set-out it did not raise recall
 * (scripts/learn-words.ts; figures in tests/fixtures/real-pages/README.md).
 *
 * Fitting is deterministic: the vocabulary is every word or pair found on at
 * least MIN_PAGES training pages from at least MIN_SETS sets (a word one site
 * repeats is not a topic), and the weights minimise mean log-loss + λ‖w‖² by a
 * fixed number of accelerated (Nesterov) gradient steps from zero, pages in a
 * fixed order. The thresholds are chosen on probabilities the model never saw
 * the page for (chooseThresholds, over inner leave-one-set-out scores).
 */
import type { Verdict } from '../../lib/core/recognise/types';
import { wordVector, type PageWord } from './word-features';
import { sigmoid, thresholdGrid } from './logistic';

/** The learned second opinion: weights of the words kept, the hand score's weight, a bias and the rule's band. */
export interface WordModel {
  /** Folded word or "word pair" → weight (only words the fit moved). */
  words: Record<string, number>;
  /** Weight of the hand rule's score (0..1). */
  hand: number;
  bias: number;
  /** Raise a rule score at or above raiseFrom (and below "yes") when the probability is at least raiseAt. */
  raiseFrom: number;
  raiseAt: number;
  /** Lower a rule "yes" scored below lowerBelow when the probability is under lowerAt (0: never). */
  lowerBelow: number;
  lowerAt: number;
}

/** The model's probability that the page is regional, and each word's contribution to its logit. */
export function wordOpinion(
  model: Pick<WordModel, 'words' | 'hand' | 'bias'>,
  words: ReadonlyMap<string, PageWord>,
  handScore: number,
): { probability: number; contributions: Map<string, number> } {
  const vector = wordVector(words, (form) => model.words[form] !== undefined);
  const contributions = new Map<string, number>();
  let logit = model.bias + model.hand * handScore;
  for (const [form, value] of vector) {
    const contribution = (model.words[form] ?? 0) * value;
    contributions.set(form, contribution);
    logit += contribution;
  }
  return { probability: sigmoid(logit), contributions };
}

/** What the guard rails read of the rule's verdict. */
export interface RuleVerdict {
  score: number;
  /** The hand rule's "yes" threshold (evidence.ts). */
  yesAt: number;
  /** The page's only evidence is one passing mention. */
  onlyMention: boolean;
  /** The lexicon's own reasons. */
  reasons: number;
  /** The page denies a core term ("... speelt hierbij geen rol"). */
  denied: boolean;
}

/** "raise", "lower" or "keep": what the second opinion does to the rule's verdict. */
export function secondOpinion(model: WordModel, rule: RuleVerdict, probability: number): 'raise' | 'lower' | 'keep' {
  const unsure = rule.score >= model.raiseFrom && rule.score < rule.yesAt;
  const guarded = rule.onlyMention || rule.reasons === 0 || rule.denied;
  if (unsure && !guarded && probability >= model.raiseAt) return 'raise';
  if (rule.score >= rule.yesAt && rule.score < model.lowerBelow && probability < model.lowerAt) return 'lower';
  return 'keep';
}

/** One labelled page: its words, what the hand rule said, and what a reader said. */
export interface WordExample {
  set: string;
  id: string;
  regional: boolean;
  words: ReadonlyMap<string, PageWord>;
  rule: RuleVerdict & { verdict: Verdict };
  /** About regions elsewhere: "no" whatever the words (the recogniser decides it first). */
  elsewhere: boolean;
}

const MIN_PAGES = 3;
const MIN_SETS = 2;
const STEPS = 400;

/** Words on at least MIN_PAGES pages from at least MIN_SETS sets, sorted. */
export function vocabulary(examples: readonly WordExample[]): string[] {
  const pages = new Map<string, number>();
  const sets = new Map<string, Set<string>>();
  for (const example of examples)
    for (const form of example.words.keys()) {
      pages.set(form, (pages.get(form) ?? 0) + 1);
      const seen = sets.get(form) ?? new Set<string>();
      seen.add(example.set);
      sets.set(form, seen);
    }
  return [...pages]
    .filter(([form, count]) => count >= MIN_PAGES && (sets.get(form)?.size ?? 0) >= MIN_SETS)
    .map(([form]) => form)
    .sort();
}

/**
 * Weights over the vocabulary, the hand score's weight and a bias (not pulled towards 0). Without
 * `hand`, the words alone: the hand score's weight stays 0.
 */
export function fitWords(
  examples: readonly WordExample[],
  lambda: number,
  hand = true,
): Pick<WordModel, 'words' | 'hand' | 'bias'> {
  const pages = examples.filter((example) => !example.elsewhere);
  const words = vocabulary(pages);
  const position = new Map(words.map((form, at) => [form, at]));
  const rows = pages.map((page) => {
    const vector = wordVector(page.words, (form) => position.has(form));
    return {
      at: [...vector.keys()].map((form) => position.get(form) ?? 0),
      values: [...vector.values()],
      hand: hand ? page.rule.score : 0,
    };
  });
  const labels = pages.map((page) => (page.regional ? 1 : 0));
  const n = Math.max(1, pages.length);
  const d = words.length + 2; // words, hand, bias
  // Step 1/L: a row's squared length is at most 3 (unit word vector, hand ≤ 1, bias 1), the log-loss curvature ≤ 1/4.
  const step = 1 / (0.75 + 2 * lambda);
  let weights = new Float64Array(d);
  let previous = new Float64Array(d);
  for (let iteration = 1; iteration <= STEPS; iteration++) {
    // Nesterov's look-ahead point.
    const momentum = (iteration - 1) / (iteration + 2);
    const look = weights.map((value, j) => value + momentum * (value - (previous[j] ?? 0)));
    const gradient = new Float64Array(d);
    rows.forEach((row, i) => {
      let z = (look[d - 1] ?? 0) + (look[d - 2] ?? 0) * row.hand;
      row.at.forEach((j, k) => (z += (look[j] ?? 0) * (row.values[k] ?? 0)));
      const residual = (sigmoid(z) - (labels[i] ?? 0)) / n;
      row.at.forEach((j, k) => (gradient[j] = (gradient[j] ?? 0) + residual * (row.values[k] ?? 0)));
      gradient[d - 2] = (gradient[d - 2] ?? 0) + residual * row.hand;
      gradient[d - 1] = (gradient[d - 1] ?? 0) + residual;
    });
    for (let j = 0; j < d - 1; j++) gradient[j] = (gradient[j] ?? 0) + 2 * lambda * (look[j] ?? 0);
    previous = weights;
    weights = look.map((value, j) => value - step * (gradient[j] ?? 0));
  }
  const kept: Record<string, number> = {};
  words.forEach((form, at) => (kept[form] = weights[at] ?? 0));
  return { words: kept, hand: weights[d - 2] ?? 0, bias: weights[d - 1] ?? 0 };
}

/** The verdict a page gets: the rule's, or the rule's with the second opinion. */
export function verdictWith(example: WordExample, model: WordModel | undefined, probability: number): Verdict {
  if (example.elsewhere) return 'no';
  if (!model) return example.rule.verdict;
  const opinion = secondOpinion(model, example.rule, probability);
  if (opinion === 'raise') return 'yes';
  if (opinion === 'lower') return 'maybe';
  return example.rule.verdict;
}

/** A scored training page: its probability from a model that never saw its set. */
export interface Scored {
  example: WordExample;
  probability: number;
}

/**
 * Thresholds from out-of-set probabilities: raiseAt is the threshold that raises the most regional
 * pages and not one negative (ties: the higher threshold; none: never raise); lowerAt the one that
 * lowers the most negatives and not one regional page (none: never lower).
 */
export function chooseThresholds(
  scored: readonly Scored[],
  band: { raiseFrom: number; lowerBelow: number },
): Pick<WordModel, 'raiseFrom' | 'raiseAt' | 'lowerBelow' | 'lowerAt'> {
  // A threshold of 2 is one no probability reaches (never raise); 0 is one none falls under (never lower).
  const base: WordModel = { words: {}, hand: 0, bias: 0, ...band, raiseAt: 2, lowerAt: 0 };
  let raise = { at: 2, gained: 0 };
  for (const at of thresholdGrid(0.5, 0.99, 0.01)) {
    const model = { ...base, raiseAt: at };
    const raised = scored.filter(
      ({ example, probability }) => !example.elsewhere && secondOpinion(model, example.rule, probability) === 'raise',
    );
    if (raised.some(({ example }) => !example.regional)) continue;
    if (raised.length >= raise.gained && raised.length > 0) raise = { at, gained: raised.length };
  }
  let lower = { at: 0, gained: 0 };
  for (const at of thresholdGrid(0.01, 0.5, 0.01)) {
    const model = { ...base, lowerAt: at };
    const lowered = scored.filter(
      ({ example, probability }) => !example.elsewhere && secondOpinion(model, example.rule, probability) === 'lower',
    );
    if (lowered.some(({ example }) => example.regional)) continue;
    if (lowered.length > lower.gained) lower = { at, gained: lowered.length };
  }
  return { ...band, raiseAt: raise.at, lowerAt: lower.at };
}
