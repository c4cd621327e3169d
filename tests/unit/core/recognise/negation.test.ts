/** A mention the page says does not apply is no evidence; sentences are numbered for the cooperation reading. */
import { describe, expect, test } from 'vitest';
import { analyseWithSpans } from '../../../../lib/core/text/analyse';
import { isNegated, sentenceOf } from '../../../../lib/core/recognise/negation';

/** Whether the first occurrence of `phrase` (one or more words) in `text` is negated. */
function negated(text: string, phrase: string): boolean {
  const tokens = analyseWithSpans(text, 'nl');
  const words = phrase.toLowerCase().split(' ');
  const first = tokens.findIndex((_, at) => words.every((word, offset) => tokens[at + offset]?.word === word));
  return isNegated(text, tokens, first, first + words.length - 1);
}

describe('negation', () => {
  test.each([
    ['Er is geen gemeenschappelijke regeling nodig.', 'gemeenschappelijke regeling', false],
    ['De regio is geen vierde bestuurslaag.', 'vierde bestuurslaag', false],
    ['Een gemeenschappelijke regeling is hier niet aan de orde.', 'gemeenschappelijke regeling', true],
    ['Regionale samenwerking speelt hierbij geen rol.', 'samenwerking', true],
    ['De Wgr is hier niet van toepassing.', 'wgr', true],
    ['Regional cooperation plays no role here.', 'cooperation', true],
    ['Niet alleen ambt, ook een ambacht: regionale samenwerking vraagt vakmanschap.', 'samenwerking', false],
    ['De gemeenten werken samen in een gemeenschappelijke regeling.', 'gemeenschappelijke regeling', false],
    ['Dat lukt niet. Een gemeenschappelijke regeling biedt uitkomst.', 'gemeenschappelijke regeling', false],
    ['De regio groeit. Daar speelt de provincie geen rol in, de regeling wel.', 'regio', false],
    ['De samenwerking. Speelt geen rol.', 'samenwerking', false],
  ])('%s → %s negated: %s', (text, phrase, expected) => {
    expect(negated(text, phrase)).toBe(expected);
  });
});

test('sentences end at a full stop, question or exclamation mark, semicolon or line break', () => {
  const text = 'Eerste zin. Tweede zin? Derde; vierde\nvijfde regel';
  const sentence = sentenceOf(text);
  expect(['Eerste', 'Tweede', 'Derde', 'vierde', 'vijfde'].map((word) => sentence(text.indexOf(word)))).toEqual([0, 1, 2, 3, 4]);
});
