import { describe, expect, test } from 'vitest';
import { resolveThemeModel, themeProbabilities, type ThemeFeatures } from '../../../lib/core/recognise/theme-model';
import { LEXICON } from '../../../lib/core/recognise/lexicon';
import { THEME_IDS, type ThemeId } from '../../../lib/core/themes';
import { fitThemeModel, priorModel, storedModel, topTheme, type ThemeExample } from '../../../scripts/lib/theme-learning';

const perTheme = (values: Partial<Record<ThemeId, number>>) => THEME_IDS.map((id) => values[id] ?? 0);
const noVote = perTheme({});

/** Features of a page whose lexicon leans to samenwerking over democratie, naming concept `concept` or not. */
function features(concept: number | undefined): ThemeFeatures {
  return {
    opinions: [...perTheme({ 'ws-samenwerking': 0.6, 'ws-democratie': 0.4 }), ...noVote],
    concepts: new Map(concept === undefined ? [] : [[concept, 1]]),
  };
}

/** Pages that name concept 3 are about democratie, the others about samenwerking: the labels disagree with the lexicon's lean. */
const examples: ThemeExample[] = [
  ...Array.from({ length: 6 }, (): ThemeExample => ({ set: 'a', features: features(3), expected: ['ws-democratie'] })),
  ...Array.from({ length: 6 }, (): ThemeExample => ({ set: 'b', features: features(undefined), expected: ['ws-samenwerking'] })),
];
const options = { lambda: 0.002, conceptLambda: 0.002, leading: 1, iterations: 400 };

describe('fitThemeModel', () => {
  test('the prior ranks as the lexicon leans', () => {
    expect(topTheme(themeProbabilities(priorModel(), features(3)))).toBe('ws-samenwerking');
  });

  test('learns what a concept says about the themes, and leaves pages without it as they were', () => {
    const model = fitThemeModel(examples, options);
    expect(topTheme(themeProbabilities(model, features(3)))).toBe('ws-democratie');
    expect(topTheme(themeProbabilities(model, features(undefined)))).toBe('ws-samenwerking');
  });

  test('is deterministic', () => {
    expect(storedModel(fitThemeModel(examples, options))).toEqual(storedModel(fitThemeModel(examples, options)));
  });

  test('pages whose expected themes no opinion speaks for teach nothing', () => {
    const silent: ThemeExample = { set: 'c', features: features(3), expected: ['ws-sharing'] };
    expect(storedModel(fitThemeModel([...examples, silent], options))).toEqual(storedModel(fitThemeModel(examples, options)));
  });

  test('the stored model names concepts by label and reads back to the same ranking', () => {
    const stored = storedModel(fitThemeModel(examples, options));
    expect(Object.keys(stored.concepts)).toEqual([LEXICON[3]?.label]);
    expect(topTheme(themeProbabilities(resolveThemeModel(stored), features(3)))).toBe('ws-democratie');
  });
});

describe('topTheme', () => {
  test('the first highest share, or none when nothing has a share', () => {
    expect(topTheme(perTheme({ 'ws-sharing': 0.5, 'ws-den-haag': 0.5 }))).toBe('ws-sharing');
    expect(topTheme(perTheme({}))).toBeNull();
  });
});
