import { describe, expect, test } from 'vitest';
import { indexEntries, notes, realEntries } from '../../../fixtures/search/corpus';

describe('search fixture corpus', () => {
  test.each([55, 1000, 10_000])('%i index entries, unique ids, deterministic', (n) => {
    const a = indexEntries(n);
    expect(a).toHaveLength(n);
    expect(new Set(a.map((d) => d.id)).size).toBe(n);
    expect(indexEntries(n)).toEqual(a);
    expect(a.every((d) => d.title.length > 0 && d.summary.length > 0 && d.keywords.length > 0)).toBe(true);
  });

  test('the bundled-size corpus is the real entries', () => {
    const real = realEntries();
    expect(real.length).toBeGreaterThanOrEqual(55);
    expect(indexEntries(55).map((d) => d.id)).toEqual(real.slice(0, 55).map((d) => d.id));
    expect(real.map((d) => d.id)).toContain('ws-democratie');
    expect(real.map((d) => d.id)).not.toContain('esb-stam-ecosystemen');
  });

  test('10,000 notes over 1,000 pages, deterministic', () => {
    const a = notes(10_000, 1000);
    expect(a).toHaveLength(10_000);
    expect(new Set(a.map((d) => d.url)).size).toBeGreaterThanOrEqual(1000);
    expect(new Set(a.map((d) => d.id)).size).toBe(10_000);
    expect(notes(10_000, 1000)).toEqual(a);
  });

  test('a different seed gives a different corpus', () => {
    expect(indexEntries(200, 1)).not.toEqual(indexEntries(200, 2));
  });
});
