import { describe, expect, test } from 'vitest';
import { QUERY_MEMORY_MS, recallQuery, rememberQuery } from '../../../../lib/views/popup/query-memory';

const NOW = 1_800_000_000_000;

describe('query memory', () => {
  const CASES: Array<{ name: string; stored: unknown; now: number; expected: string }> = [
    { name: 'just saved', stored: rememberQuery('democratie', NOW), now: NOW, expected: 'democratie' },
    { name: 'four minutes later', stored: rememberQuery('wgr', NOW), now: NOW + 4 * 60_000, expected: 'wgr' },
    { name: 'at the limit', stored: rememberQuery('wgr', NOW), now: NOW + QUERY_MEMORY_MS, expected: 'wgr' },
    { name: 'expired', stored: rememberQuery('wgr', NOW), now: NOW + QUERY_MEMORY_MS + 1, expected: '' },
    { name: 'from the future (clock changed)', stored: rememberQuery('wgr', NOW + 60_000), now: NOW, expected: '' },
    { name: 'nothing stored', stored: undefined, now: NOW, expected: '' },
    { name: 'malformed', stored: { query: 5, savedAt: NOW }, now: NOW, expected: '' },
    { name: 'savedAt not a number', stored: { query: 'x', savedAt: 'yesterday' }, now: NOW, expected: '' },
    { name: 'NaN savedAt', stored: { query: 'x', savedAt: Number.NaN }, now: NOW, expected: '' },
    { name: 'a string', stored: 'democratie', now: NOW, expected: '' },
  ];
  for (const { name, stored, now, expected } of CASES) {
    test(name, () => expect(recallQuery(stored, now)).toBe(expected));
  }

  test('very long queries are cut', () => {
    expect(rememberQuery('x'.repeat(1000), NOW).query).toHaveLength(256);
    expect(recallQuery({ query: 'y'.repeat(1000), savedAt: NOW }, NOW)).toHaveLength(256);
  });
});
