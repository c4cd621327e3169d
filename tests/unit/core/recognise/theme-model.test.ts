import { describe, expect, test } from 'vitest';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import {
  FEATURE_COUNT,
  isThemeModel,
  poolThemes,
  resolveThemeModel,
  THEME_MODEL,
  themeFeatures,
  themeProbabilities,
  type ThemeModel,
} from '../../../../lib/core/recognise/theme-model';
import { blendThemes, type ThemeVote } from '../../../../lib/core/recognise/theme-vote';
import { THEME_IDS, type ThemeId } from '../../../../lib/core/themes';

const at = (theme: ThemeId) => THEME_IDS.indexOf(theme);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const top = (values: readonly number[]) => THEME_IDS[values.indexOf(Math.max(...values))];
const perTheme = (values: Partial<Record<ThemeId, number>>) => THEME_IDS.map((id) => values[id] ?? 0);
const noVote: ThemeVote = { shares: perTheme({}), confidence: 0 };
const conceptIndex = (label: string) => LEXICON.findIndex((concept) => concept.label === label);

/** A model that ranks themes by their lexicon share alone, plus the given concept rows. */
function model(concepts: Record<string, number[]> = {}, bias = perTheme({})): ThemeModel {
  const weights = THEME_IDS.map((_, theme) => Array.from({ length: FEATURE_COUNT }, (_, j) => (j === theme ? 4 : 0)));
  return { weights, bias, concepts };
}

describe('themeFeatures', () => {
  test('lexicon shares sum to 1, the vote is scaled by its confidence, concepts relative to the strongest', () => {
    const vote: ThemeVote = { shares: perTheme({ 'ws-sharing': 0.75, 'ws-den-haag': 0.25 }), confidence: 0.4 };
    const features = themeFeatures(
      perTheme({ 'ws-democratie': 3, 'ws-samenwerking': 1 }),
      vote,
      new Map([
        [2, 2],
        [5, 1],
      ]),
    );
    expect(features.opinions).toHaveLength(FEATURE_COUNT);
    expect(sum(features.opinions.slice(0, THEME_IDS.length))).toBeCloseTo(1);
    expect(features.opinions[at('ws-democratie')]).toBeCloseTo(0.75);
    expect(features.opinions[THEME_IDS.length + at('ws-sharing')]).toBeCloseTo(0.3);
    expect([...features.concepts]).toEqual([
      [2, 1],
      [5, 0.5],
    ]);
  });
});

describe('themeProbabilities', () => {
  test('sum to 1 and follow the lexicon without other weights', () => {
    const features = themeFeatures(perTheme({ 'ws-raad-staten': 2, 'ws-democratie': 1 }), noVote, new Map());
    const probabilities = themeProbabilities(resolveThemeModel(model()), features);
    expect(sum(probabilities)).toBeCloseTo(1);
    expect(top(probabilities)).toBe('ws-raad-staten');
  });

  test('a theme no opinion speaks for gets nothing, whatever its bias', () => {
    const biased = resolveThemeModel(model({}, perTheme({ 'ws-ecosystemen': 50 })));
    const probabilities = themeProbabilities(biased, themeFeatures(perTheme({ 'ws-sharing': 1 }), noVote, new Map()));
    expect(probabilities[at('ws-ecosystemen')]).toBe(0);
    expect(top(probabilities)).toBe('ws-sharing');
  });

  test('a learned concept weight can turn the ranking where the page names that concept', () => {
    const label = 'democratie';
    const index = conceptIndex(label);
    expect(index).toBeGreaterThanOrEqual(0);
    const learned = resolveThemeModel(model({ [label]: perTheme({ 'ws-democratie': 3 }) }));
    const lexicon = perTheme({ 'ws-samenwerking': 2, 'ws-democratie': 1 });
    expect(top(themeProbabilities(learned, themeFeatures(lexicon, noVote, new Map([[index, 1]]))))).toBe('ws-democratie');
    expect(top(themeProbabilities(learned, themeFeatures(lexicon, noVote, new Map())))).toBe('ws-samenwerking');
  });
});

describe('the stored model', () => {
  test('wrong shapes are refused, and labels the lexicon does not know are left out', () => {
    expect(isThemeModel({ weights: [], bias: [], concepts: {} })).toBe(false);
    expect(isThemeModel({ ...model(), bias: [1] })).toBe(false);
    expect(isThemeModel({ ...model(), concepts: { democratie: [Number.NaN] } })).toBe(false);
    const resolved = resolveThemeModel(model({ 'geen begrip van het lexicon': perTheme({}), democratie: perTheme({}) }));
    expect([...resolved.concepts.keys()]).toEqual([conceptIndex('democratie')]);
  });

  test('content/theme-model.json is a valid model, so the recogniser uses it', () => {
    expect(THEME_MODEL).toBeDefined();
    expect(THEME_MODEL?.concepts.size).toBeGreaterThan(0);
  });

  test('without a model the hand pool is used; without any opinion no theme has a share', () => {
    const lexicon = perTheme({ 'ws-den-haag': 1 });
    expect(poolThemes(lexicon, noVote, new Map(), undefined)).toEqual(blendThemes(lexicon, noVote));
    expect(poolThemes(perTheme({}), noVote, new Map())).toEqual(perTheme({}));
  });
});
