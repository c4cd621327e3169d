import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../lib/core/text/analyse';
import { contentTokens, createPhraseMatcher } from '../../../../lib/core/text/phrases';

const matcher = createPhraseMatcher(
  [
    { key: 'gr', text: 'gemeenschappelijke regeling' },
    { key: 'wgr', text: 'Wet gemeenschappelijke regelingen' },
    { key: 'samen', text: 'samenwerking in de regio' },
    { key: 'plural', text: '=gemeenten' },
    { key: 'deal', text: 'Regio Deal' },
  ],
  'nl',
);

function keys(text: string): string[] {
  return matcher.match(contentTokens(analyse(text, 'nl'))).map((found) => found.key);
}

describe('phrase matcher', () => {
  test.each([
    ['twee gemeenschappelijke regelingen', ['gr']],
    ['de Wet gemeenschappelijke regelingen', ['wgr']],
    ['samenwerking in onze regio', ['samen']],
    ['de gemeente', []],
    ['de gemeenten', ['plural']],
    ['de regiodeal en de Regio Deal', ['deal', 'deal']],
    ['gemeenschappelijke', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
