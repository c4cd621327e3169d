import { describe, expect, test } from 'vitest';
import { excerpt, highlightSegments } from '../../../../lib/core/search/highlight';

describe('highlightSegments', () => {
  const cases: { name: string; text: string; ranges: { start: number; end: number }[]; expected: [string, boolean][] }[] = [
    { name: 'no ranges', text: 'abc', ranges: [], expected: [['abc', false]] },
    { name: 'empty text', text: '', ranges: [{ start: 0, end: 3 }], expected: [['', false]] },
    {
      name: 'one word',
      text: 'Hoe democratisch is de regio?',
      ranges: [{ start: 4, end: 16 }],
      expected: [
        ['Hoe ', false],
        ['democratisch', true],
        [' is de regio?', false],
      ],
    },
    {
      name: 'unsorted and overlapping ranges are merged',
      text: 'abcdef',
      ranges: [
        { start: 3, end: 5 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ],
      expected: [
        ['abcde', true],
        ['f', false],
      ],
    },
    {
      name: 'out of bounds and empty ranges are clamped or dropped',
      text: 'abc',
      ranges: [
        { start: -5, end: 1 },
        { start: 2, end: 2 },
        { start: 2, end: 99 },
        { start: Number.NaN, end: 1 },
      ],
      expected: [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    },
    {
      name: 'markup stays text',
      text: '<img src=x onerror=alert(1)>',
      ranges: [{ start: 1, end: 4 }],
      expected: [
        ['<', false],
        ['img', true],
        [' src=x onerror=alert(1)>', false],
      ],
    },
  ];
  test.each(cases)('$name', ({ text, ranges, expected }) => {
    const segments = highlightSegments(text, ranges);
    expect(segments.map((s) => [s.text, s.match])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('excerpt', () => {
  const long = `${'woord '.repeat(100)}democratisch ${'tekst '.repeat(100)}`;
  const at = long.indexOf('democratisch');

  test('keeps short text whole', () => {
    expect(excerpt('kort', [{ start: 0, end: 4 }], 50)).toEqual({
      text: 'kort',
      ranges: [{ start: 0, end: 4 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  test('windows a long text around the first match, ranges shifted', () => {
    const e = excerpt(long, [{ start: at, end: at + 12 }], 80);
    expect(e.text.length).toBeLessThanOrEqual(80);
    expect(e.clippedStart).toBe(true);
    expect(e.clippedEnd).toBe(true);
    const [range] = e.ranges;
    expect(range && e.text.slice(range.start, range.end)).toBe('democratisch');
  });
});
