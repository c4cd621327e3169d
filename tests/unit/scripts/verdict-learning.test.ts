import { describe, expect, test } from 'vitest';
import { VERDICT_FEATURES } from '../../../scripts/lib/verdict-features';
import {
  countVerdicts,
  fitVerdictModel,
  fitWeights,
  judge,
  verdictProbability,
  type VerdictCase,
  type VerdictExample,
  type VerdictModel,
} from '../../../scripts/lib/verdict-learning';

const COOPERATION = VERDICT_FEATURES.indexOf('cooperation');
const GENRE = VERDICT_FEATURES.indexOf('genre');

/** A page with the given cooperation and genre evidence; the hand rule says `hand`. */
function page(
  cooperation: number,
  genre: number,
  hand: 'yes' | 'maybe' | 'no' = 'no',
  extra: Partial<VerdictCase> = {},
): VerdictCase {
  const features = VERDICT_FEATURES.map(() => 0);
  features[COOPERATION] = cooperation;
  features[GENRE] = genre;
  return {
    features,
    hand: { score: hand === 'yes' ? 0.7 : 0.1, verdict: hand },
    onlyMention: false,
    reasons: 2,
    elsewhere: false,
    ...extra,
  };
}

/** Regional pages have cooperation evidence, negatives genre cues; a few overlap, so the fit stays finite. */
const examples: VerdictExample[] = [
  ...[1.2, 1.5, 1.8, 2.1, 2.4, 0.4].map((value, at) => ({
    set: `s${at % 3}`,
    id: `p${at}`,
    regional: true,
    input: page(value, 0, 'yes'),
  })),
  ...[0.9, 1.1, 1.3, 1.6, 0.5, 0.2].map((value, at) => ({
    set: `s${at % 3}`,
    id: `n${at}`,
    regional: false,
    input: page(0.3, value),
  })),
];

const model = (weights: Partial<Record<(typeof VERDICT_FEATURES)[number], number>>, bias = 0): VerdictModel => ({
  features: [...VERDICT_FEATURES],
  weights: VERDICT_FEATURES.map((feature) => weights[feature] ?? 0),
  bias,
  yesAt: 0.6,
  maybeAt: 0.3,
});

describe('fitWeights', () => {
  test('learns that cooperation speaks for a page and genre cues against it', () => {
    const { weights } = fitWeights(examples, 0.01);
    expect(weights[COOPERATION]).toBeGreaterThan(0);
    expect(weights[GENRE]).toBeLessThan(0);
  });

  test('a feature that never varies gets no weight', () => {
    const { weights } = fitWeights(examples, 0.01);
    expect(weights[VERDICT_FEATURES.indexOf('english')]).toBe(0);
  });

  test('is deterministic', () => {
    expect(fitVerdictModel(examples, 0.01)).toEqual(fitVerdictModel(examples, 0.01));
  });

  test('a page about regions elsewhere teaches nothing', () => {
    const elsewhere = { set: 's0', id: 'e', regional: false, input: page(2.4, 0, 'no', { elsewhere: true }) };
    expect(fitWeights([...examples, elsewhere], 0.01)).toEqual(fitWeights(examples, 0.01));
  });
});

describe('fitVerdictModel', () => {
  test('calls no more of its pages regional by mistake than the hand rule, and "maybe" lies below "yes"', () => {
    const fitted = fitVerdictModel(examples, 0.01);
    expect(countVerdicts(examples, fitted).falsePositive).toBeLessThanOrEqual(countVerdicts(examples, undefined).falsePositive);
    expect(fitted.maybeAt).toBeLessThan(fitted.yesAt);
    expect(fitted.features).toEqual([...VERDICT_FEATURES]);
  });
});

describe('judge', () => {
  const eager = model({ cooperation: 10 }, 2);

  test('the score is the probability, and the thresholds give the verdict', () => {
    expect(judge(page(1, 0), eager)).toEqual({
      score: Math.round(verdictProbability(eager, page(1, 0).features) * 1000) / 1000,
      verdict: 'yes',
    });
    expect(judge(page(0, 0), model({}, -3)).verdict).toBe('no');
    expect(judge(page(0, 0), model({}, -0.2)).verdict).toBe('maybe');
  });

  test('without a model the hand rule decides', () => {
    expect(judge(page(3, 0, 'maybe'), undefined).verdict).toBe('maybe');
  });

  test('one passing mention is never a confident yes, whatever the weights', () => {
    const judged = judge(page(1, 0, 'no', { onlyMention: true }), eager);
    expect(judged.verdict).toBe('maybe');
    expect(judged.score).toBeLessThan(eager.yesAt);
  });

  test('a page without a reason to show is no yes; a page about regions elsewhere is no', () => {
    expect(judge(page(1, 0, 'no', { reasons: 0 }), eager).verdict).not.toBe('yes');
    expect(judge(page(1, 0, 'yes', { elsewhere: true }), eager).verdict).toBe('no');
    expect(judge(page(1, 0, 'yes', { elsewhere: true }), undefined).verdict).toBe('no');
  });
});
