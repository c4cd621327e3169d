import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { entryIdFromSearch, entryPagePath, entryTarget } from '../../../../lib/core/entries/entry-page';
import {
  activeFilterCount,
  matchesFilters,
  kindNamedBy,
  NO_FILTERS,
  queryTooShort,
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

describe('searchEntries: what issue 12 (item 6) asked of it', () => {
  test('"werksessie" and "werksessies" put the seven werksessies first', () => {
    for (const query of ['werksessie', 'werksessies', 'Werksessie ']) {
      const first = searchEntries(index, entries, query, NO_FILTERS).slice(0, 7);
      expect(first.map((r) => r.entry.id).sort(), query).toEqual([...THEME_IDS].sort());
    }
    expect(kindNamedBy('rapporten')).toBe('rapport');
    expect(kindNamedBy('werksessie democratie')).toBeUndefined();
  });

  test('"regiodeal evaluatie" and its spellings put the Regio Deal evaluation first and Regio Deal material around it', () => {
    const regioDeals = [
      'regio-deals-tussentijdse-evaluatie',
      'kamerbrief-regio-deals-2021',
      'regio-deals-achtergrond',
      'algemene-rekenkamer-regio-deals',
    ];
    for (const query of ['regiodeal evaluatie', 'regiodeals evaluatie', 'regio deal evaluatie', 'evaluatie regio deals']) {
      const top = searchEntries(index, entries, query, NO_FILTERS).slice(0, 3);
      expect(top[0]?.entry.id, query).toBe('regio-deals-tussentijdse-evaluatie');
      expect(top.filter((result) => regioDeals.includes(result.entry.id)).length, query).toBeGreaterThanOrEqual(2);
    }
  });

  test('a word the index holds as typed is not also read as a two-letter typo of another ("regiodeal" is not "regionaal")', () => {
    const evaluations = searchEntries(index, entries, 'regiodeal evaluatie', NO_FILTERS);
    for (const result of evaluations) expect(result.matchedTerms.map((term) => term.toLowerCase())).not.toContain('regionaal');
    // One typo is still forgiven in such a word.
    expect(searchEntries(index, entries, 'regiodael', NO_FILTERS).map((r) => r.entry.id)).toEqual(
      expect.arrayContaining(['regio-deals-achtergrond']),
    );
  });

  test('"Wgr 2022" finds the 2022 material; a number never matches another number', () => {
    const top = searchEntries(index, entries, 'Wgr 2022', NO_FILTERS).slice(0, 5);
    expect(top.map((r) => r.entry.id)).toContain('wgr-wijziging-2022');
    for (const result of top.slice(0, 3)) {
      const text = JSON.stringify(result.entry);
      expect(text.includes('2022') || /wgr/i.test(text), result.entry.id).toBe(true);
      expect(
        result.matchedTerms.some((term) => /^20\d\d$/.test(term) && term !== '2022'),
        result.entry.id,
      ).toBe(false);
    }
    // A whole query of a number only finds that number.
    for (const result of searchEntries(index, entries, '2024 ', NO_FILTERS)) {
      expect(JSON.stringify(result.entry), result.entry.id).toContain('2024');
    }
  });

  test('one letter searches nothing; two do', () => {
    expect(queryTooShort('w')).toBe(true);
    expect(queryTooShort(' 7 ')).toBe(true);
    expect(queryTooShort('wg')).toBe(false);
    expect(queryTooShort('')).toBe(false);
    expect(searchEntries(index, entries, 'w', NO_FILTERS)).toEqual([]);
    expect(searchEntries(index, entries, 'ro', NO_FILTERS).length).toBeGreaterThan(0);
  });
});

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
    // An entry that points to a PDF opens in the reader.
    expect(entryTarget({ id: 'pub-x', url: 'https://www.rob-rad.nl/advies/Ambacht.PDF' }, url)).toBe(
      'chrome-extension://abc/reader.html?url=https%3A%2F%2Fwww.rob-rad.nl%2Fadvies%2FAmbacht.PDF',
    );
  });
  test('the id round-trips through the query string and junk is refused', () => {
    expect(entryIdFromSearch(entryPagePath('pub-rob-ambacht').split('?')[1] ?? '')).toBe('pub-rob-ambacht');
    expect(entryIdFromSearch('?id=%3Cscript%3E')).toBeNull();
    expect(entryIdFromSearch('?other=1')).toBeNull();
  });
});
