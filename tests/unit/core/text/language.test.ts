import { describe, expect, test } from 'vitest';
import { guessLanguage, pageLanguage } from '../../../../lib/core/text/language';
import { words } from '../../../../lib/core/text/normalise';

describe('pageLanguage', () => {
  test.each([
    ['nl', 'The council and the region', 'nl'],
    ['en-GB', 'De raad en de regio', 'en'],
    ['NL-be', 'The council', 'nl'],
    ['fr', 'De gemeenten werken samen in de regio en met de provincie', 'nl'],
    [undefined, 'The municipalities work together with the province in the region', 'en'],
    [undefined, 'De gemeenten werken samen met de provincie in de regio', 'nl'],
    [undefined, '', 'nl'],
  ])('lang %s, text "%s" → %s', (lang, text, expected) => {
    expect(pageLanguage(lang, words(text))).toBe(expected);
  });

  test('a guess on a mixed text follows the majority, Dutch on a tie', () => {
    expect(guessLanguage(words('de het een the'))).toBe('nl');
  });
});
