import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { entryIdFromSearch, entryPagePath, entryTarget } from '../../../../lib/core/entries/entry-page';
import {
  activeFilterCount,
  matchesFilters,
  NO_FILTERS,
  searchEntries,
  werksessies,
} from '../../../../lib/core/entries/entry-results';
import { createSearchIndex, INDEX_ENTRY_SEARCH } from '../../../../lib/core/search';
import { THEME_IDS } from '../../../../lib/core/themes';

const entries = (
  JSON.parse(readFileSync(new URL('../../../../public/regiolens-index.json', import.meta.url), 'utf8')) as {
    entries: IndexEntry[];
  }
).entries;
const index = createSearchIndex(entries, INDEX_ENTRY_SEARCH);

describe('searchEntries', () => {
  test('blank query without filters gives nothing (the start view shows)', () => {
    expect(searchEntries(index, entries, '   ', NO_FILTERS)).toEqual([]);
  });
  test('blank query with a filter lists the filtered entries', () => {
    const results = searchEntries(index, entries, '', { kind: 'werksessie', theme: '', place: '' });
    expect(results.map((r) => r.entry.id).sort()).toEqual([...THEME_IDS].sort());
  });
  test('a title match gives title ranges and no snippet', () => {
    const [first] = searchEntries(index, entries, 'sfeerverslag', NO_FILTERS);
    expect(first?.entry.id).toBe('conf-sfeerverslag');
    expect(first?.titleRanges.length).toBeGreaterThan(0);
    expect(first?.snippet).toBeUndefined();
  });
  test('a match outside the title gives a snippet with ranges inside it', () => {
    const results = searchEntries(index, entries, 'verlengd lokaal bestuur', NO_FILTERS);
    const withSnippet = results.find((r) => r.snippet);
    expect(withSnippet).toBeDefined();
    for (const range of withSnippet?.snippet?.ranges ?? [])
      expect(range.end).toBeLessThanOrEqual(withSnippet?.snippet?.text.length ?? 0);
  });
  test('filters narrow the hits', () => {
    const results = searchEntries(index, entries, 'regio', { kind: '', theme: 'ws-sharing', place: '' });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.entry.themes).toContain('ws-sharing');
  });
});

describe('filters and werksessies', () => {
  test('activeFilterCount', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ kind: 'rapport', theme: 'ws-democratie', place: '' })).toBe(2);
  });
  test('matchesFilters', () => {
    const entry = entries.find((e) => e.id === 'ws-democratie') as IndexEntry;
    expect(matchesFilters(entry, { kind: 'werksessie', theme: 'ws-democratie', place: '' })).toBe(true);
    expect(matchesFilters(entry, { kind: 'rapport', theme: '', place: '' })).toBe(false);
  });
  test('the seven werksessies in programme order', () => {
    expect(werksessies(entries, THEME_IDS).map((e) => e.id)).toEqual([...THEME_IDS]);
  });
});

describe('entry page', () => {
  test('entries with an address open it; others open the detail page', () => {
    const url = (path: string) => `chrome-extension://abc${path}`;
    expect(entryTarget({ id: 'x1', url: 'https://example.org/a' }, url)).toBe('https://example.org/a');
    expect(entryTarget({ id: 'ws-democratie' }, url)).toBe('chrome-extension://abc/entry.html?id=ws-democratie');
  });
  test('the id round-trips through the query string and junk is refused', () => {
    expect(entryIdFromSearch(entryPagePath('pub-rob-ambacht').split('?')[1] ?? '')).toBe('pub-rob-ambacht');
    expect(entryIdFromSearch('?id=%3Cscript%3E')).toBeNull();
    expect(entryIdFromSearch('?other=1')).toBeNull();
  });
});
