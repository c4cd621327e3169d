import { describe, expect, test } from 'vitest';
import { analyse, contentStems } from '../../../../lib/core/text/analyse';
import { stem } from '../../../../lib/core/text/stem';
import { isStopword } from '../../../../lib/core/text/stopwords';

describe('analyse', () => {
  test('marks stop words and stems content words', () => {
    const tokens = analyse('De gemeenten en de regio', 'nl');
    expect(tokens.map((token) => token.stop)).toEqual([true, false, true, true, false]);
    expect(tokens[1]?.stem).toBe(stem('gemeente', 'nl'));
  });

  test('splits compounds before stemming', () => {
    expect(analyse('Regiosamenwerking', 'nl').map((token) => token.word)).toEqual(['regio', 'samenwerking']);
  });

  test('inflected forms meet on one stem', () => {
    expect(contentStems('samenwerkingsverbanden', 'nl')).toEqual(contentStems('samenwerkingsverband', 'nl'));
    expect(contentStems("regio's", 'nl')).toEqual(contentStems('regio', 'nl'));
    expect(contentStems('regions', 'en')).toEqual(contentStems('region', 'en'));
  });

  test('numbers and single letters are not content', () => {
    expect(contentStems('2024 a b 12', 'nl')).toEqual([]);
  });

  test.each(['de', 'the', 'lees', 'cookies'])('%s is a stop word', (word) => {
    expect(isStopword(word)).toBe(true);
  });

  test.each(['regio', 'raad', 'staten', 'rijk', 'gemeente'])('%s is not a stop word', (word) => {
    expect(isStopword(word)).toBe(false);
  });
});

describe('domain stems', () => {
  test('"overheid" and "overheden" share a stem that is not the preposition\'s', () => {
    const stems = analyse('overheid overheden overig', 'nl').map((token) => token.stem);
    expect(stems[0]).toBe(stems[1]);
    expect(stems[0]).not.toBe(stems[2]);
  });
});
