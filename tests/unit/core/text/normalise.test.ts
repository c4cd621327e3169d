import { describe, expect, test } from 'vitest';
import { fold, words } from '../../../../lib/core/text/normalise';

describe('fold', () => {
  test.each([
    ['Coördinatie', 'coordinatie'],
    ['ÉÉN OVERHEID', 'een overheid'],
    ['Fryslân', 'fryslan'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('words', () => {
  test.each([
    ["regio's en provincies", ['regios', 'en', 'provincies']],
    ['Regio-Deal: €40 mln!', ['regio', 'deal', '40', 'mln']],
    ['<b>titel</b>', ['b', 'titel', 'b']],
    ['   ', []],
  ])('%s', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});
