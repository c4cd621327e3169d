import { describe, expect, test } from 'vitest';
import { FIELDS, type Field } from '../../../lib/core/recognise/page-terms';
import { pageWords, wordVector } from '../../../scripts/lib/word-features';
import {
  chooseThresholds,
  fitWords,
  secondOpinion,
  verdictWith,
  vocabulary,
  wordOpinion,
  type RuleVerdict,
  type WordExample,
  type WordModel,
} from '../../../scripts/lib/word-learning';

/** A page's texts: the given fields, the rest empty. */
const texts = (given: Partial<Record<Field, string>>) => ({
  texts: Object.fromEntries(FIELDS.map((field) => [field, given[field] ?? ''])) as Record<Field, string>,
});

describe('pageWords', () => {
  const words = pageWords(
    texts({
      title: 'Streekagenda Hoeksche Waard',
      body: 'De streekagenda van de Hoeksche Waard. Het IPO en 400 gr. bakmeel.\nWaard en raad',
      chrome: 'Streekagenda in het menu',
    }),
  );

  test('reads folded content words and pairs, with the words as they stand on the page', () => {
    expect(words.get('streekagenda')).toEqual({ weighted: 3 + 1, count: 2, surface: 'Streekagenda' });
    expect(words.get('hoeksche waard')?.surface).toBe('Hoeksche Waard');
    expect(words.get('hoeksche waard')?.count).toBe(2);
  });

  test('leaves out stop words, numbers, abbreviations as written, short forms and the chrome lines', () => {
    for (const form of ['van', 'het', '400', 'ipo', 'gr', 'menu']) expect(words.has(form)).toBe(false);
    expect(words.get('streekagenda')?.count).toBe(2);
  });

  test('pairs no words across a sentence end or a line', () => {
    expect(words.has('waard bakmeel')).toBe(false);
    expect(words.has('bakmeel waard')).toBe(false);
    expect(words.has('waard raad')).toBe(false);
  });
});

test('wordVector scales the known words to length 1', () => {
  const vector = wordVector(
    pageWords(texts({ body: 'streekagenda streekagenda regiobureau gemeenten' })),
    (form) => !form.includes(' '),
  );
  expect([...vector.keys()].sort()).toEqual(['gemeenten', 'regiobureau', 'streekagenda']);
  expect(Math.hypot(...vector.values())).toBeCloseTo(1, 10);
  expect(vector.get('streekagenda') ?? 0).toBeGreaterThan(vector.get('gemeenten') ?? 0);
});

const rule = (score: number, extra: Partial<RuleVerdict> = {}): WordExample['rule'] => ({
  score,
  verdict: score >= 0.6 ? 'yes' : score >= 0.35 ? 'maybe' : 'no',
  yesAt: 0.6,
  onlyMention: false,
  reasons: 2,
  denied: false,
  ...extra,
});

/** Regional pages name a regiobureau (a word the lexicon need not know), negatives a zwembad; both name gemeenten. */
function example(at: number, regional: boolean): WordExample {
  const body = regional ? 'Het regiobureau van de gemeenten betaalt per inwoner.' : 'Het zwembad van de gemeente opent weer.';
  return {
    set: `s${at % 3}`,
    id: `${regional ? 'p' : 'n'}${at}`,
    regional,
    words: pageWords(texts({ body })),
    rule: rule(0.4),
    elsewhere: false,
  };
}
const examples = [0, 1, 2, 3, 4, 5].flatMap((at) => [example(at, true), example(at, false)]);

describe('fitWords', () => {
  test('keeps words on enough pages of enough sets', () => {
    expect(vocabulary(examples)).toContain('regiobureau');
    expect(vocabulary(examples.slice(0, 4))).not.toContain('regiobureau');
  });

  test('weighs a word found only on regional pages up and one found only on negatives down, the same every time', () => {
    const model = fitWords(examples, 0.001);
    expect(model.words.regiobureau ?? 0).toBeGreaterThan(0.5);
    expect(model.words.zwembad ?? 0).toBeLessThan(-0.5);
    expect(fitWords(examples, 0.001)).toEqual(model);
  });

  test('a page of only such words is likely regional; a hard negative is not', () => {
    const model = fitWords(examples, 0.001);
    const only = pageWords(texts({ body: 'Een regiobureau, per inwoner betaald.' }));
    const negative = pageWords(texts({ body: 'Het nieuwe zwembad van de gemeente.' }));
    expect(wordOpinion(model, only, 0.4).probability).toBeGreaterThan(0.7);
    expect(wordOpinion(model, negative, 0.4).probability).toBeLessThan(0.3);
  });
});

describe('secondOpinion', () => {
  const model: WordModel = { words: {}, hand: 0, bias: 0, raiseFrom: 0.35, raiseAt: 0.8, lowerBelow: 0.7, lowerAt: 0.2 };

  test('raises an unsure rule and lowers a weak yes', () => {
    expect(secondOpinion(model, rule(0.4), 0.9)).toBe('raise');
    expect(secondOpinion(model, rule(0.4), 0.7)).toBe('keep');
    expect(secondOpinion(model, rule(0.2), 0.99)).toBe('keep');
    expect(secondOpinion(model, rule(0.65), 0.1)).toBe('lower');
    expect(secondOpinion(model, rule(0.75), 0.1)).toBe('keep');
  });

  test('never past the guard rails: one passing mention, no reason of its own, a denial, regions elsewhere', () => {
    for (const guard of [{ onlyMention: true }, { reasons: 0 }, { denied: true }])
      expect(secondOpinion(model, rule(0.5, guard), 0.99)).toBe('keep');
    expect(verdictWith({ ...example(0, true), rule: rule(0.5), elsewhere: true }, model, 0.99)).toBe('no');
  });

  test('thresholds raise no negative the held-out scores would have raised (the highest of equals)', () => {
    const scored = [
      { example: example(0, true), probability: 0.9 },
      { example: example(1, false), probability: 0.85 },
      { example: example(2, true), probability: 0.8 },
    ];
    expect(chooseThresholds(scored, { raiseFrom: 0.35, lowerBelow: 0.7 }).raiseAt).toBe(0.9);
  });
});
