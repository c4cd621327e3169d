import { describe, expect, test } from 'vitest';
import { words } from '../../../../lib/core/text/normalise';
import { forEachTerm, stemOf, tokenize } from '../../../../lib/core/search/tokenize';

describe('tokenize', () => {
  const cases: { text: string; terms: string[] }[] = [
    { text: 'Hoe democratisch is de regio?', terms: ['hoe', 'democratisch', 'is', 'de', 'regio'] },
    { text: 'Coöperatie en coördinatie', terms: ['cooperatie', 'en', 'coordinatie'] },
    { text: 'Coo\u0308peratie (decomposed)', terms: ['cooperatie', 'decomposed'] },
    { text: "regio's en Den Haag’s rol", terms: ['regios', 'en', 'den', 'haags', 'rol'] },
    { text: '(.*[ ]) +?', terms: [] },
    { text: 'Wgr-plus 2022', terms: ['wgr', 'plus', '2022'] },
    { text: 'Súdwest-Fryslân', terms: ['sudwest', 'fryslan'] },
  ];
  test.each(cases)('$text', ({ text, terms }) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(terms);
    // Terms agree with lib/core/text's words(), so other features can look terms up.
    expect(tokens.map((t) => t.term)).toEqual(words(text));
    const visited: string[] = [];
    forEachTerm(text, (term) => visited.push(term));
    expect(visited).toEqual(terms);
  });

  test('offsets point into the original text, also where folding changes length', () => {
    const text = 'Een Coo\u0308peratie van ĳs en coöperaties';
    for (const token of tokenize(text)) {
      const original = text.slice(token.start, token.end);
      expect(words(original)).toEqual([token.term]);
    }
  });

  test.each([
    ['regios', "regio's", 'regio'],
    ['ecosystemen', undefined, 'ecosystem'],
    ['democratische', undefined, 'democratisch'],
  ])('stem of %s', (term, original, stem) => {
    expect(stemOf(term, original)).toBe(stem);
  });
});
