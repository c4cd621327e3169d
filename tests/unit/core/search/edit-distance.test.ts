import { describe, expect, test } from 'vitest';
import { boundedDistance, boundedPrefixDistance } from '../../../../lib/core/search/edit-distance';

describe('boundedDistance', () => {
  test.each([
    ['ecosyteem', 'ecosysteem', 2, 1],
    ['gemeenschapelijke', 'gemeenschappelijke', 2, 1],
    ['democartie', 'democratie', 2, 1], // transposition counts once
    ['regio', 'regio', 1, 0],
    ['abc', 'xyz', 1, 2], // above the bound: max + 1
    ['kort', 'veel langer woord', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s ↔ %s (max %i) = %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
    expect(boundedDistance(b, a, max)).toBe(expected);
  });
});

describe('boundedPrefixDistance', () => {
  test.each([
    ['gemeenschapel', 'gemeenschappelijke', 1, 1],
    ['ecosy', 'ecosysteem', 1, 0],
    ['democrta', 'democratisch', 1, 1],
    ['xyz', 'democratisch', 1, 2],
  ])('%s as prefix of %s (max %i) = %i', (prefix, word, max, expected) => {
    expect(boundedPrefixDistance(prefix, word, max)).toBe(expected);
  });
});
