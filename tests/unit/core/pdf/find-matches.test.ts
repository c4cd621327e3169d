import { describe, expect, test } from 'vitest';
import { findMatches, itemsInRange } from '../../../../lib/core/pdf/find-matches';

describe('findMatches', () => {
  const pages = ['De gemeenschappelijke\nregeling en de Regio', 'Geen treffer hier', 'regio regio'];

  test('ignores case and matches any white space, line breaks included', () => {
    expect(findMatches(pages, 'Gemeenschappelijke  regeling')).toEqual([{ page: 1, start: 3, end: 30 }]);
    expect(findMatches(pages, 'regio').map((match) => match.page)).toEqual([1, 3, 3]);
  });

  test('an empty query finds nothing; special characters are literal', () => {
    expect(findMatches(pages, '   ')).toEqual([]);
    expect(findMatches(['a.b axb'], 'a.b')).toEqual([{ page: 1, start: 0, end: 3 }]);
  });

  test('stops at the limit', () => {
    expect(findMatches(['x x x x x'], 'x', 3)).toHaveLength(3);
  });
});

describe('itemsInRange', () => {
  test('the items a match overlaps, by their start offsets', () => {
    // Items: "De " (0-3), "gemeenschappelijke" (3-21), "\n" boundary, "regeling" (22-30)
    expect(itemsInRange([0, 3, 22], 30, 3, 30)).toEqual([1, 2]);
    expect(itemsInRange([0, 3, 22], 30, 0, 2)).toEqual([0]);
  });
});
