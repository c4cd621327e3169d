import { describe, expect, test } from 'vitest';
import { entryDateText, entryMetaLine } from '../../../../lib/core/entries/meta-line';
import { createTranslator } from '../../../../lib/core/i18n/translator';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { loadCatalog } from '../../../../scripts/lib/locales';

describe('entryDateText', () => {
  test.each([
    ['2016-12-08', 'nl', '8 december 2016'],
    ['2016-12-08', 'en', 'December 8, 2016'],
    ['2015-06', 'nl', 'juni 2015'],
    ['2021', 'nl', '2021'],
    ['not-a-date', 'nl', 'not-a-date'],
  ])('%s in %s → %s', (date, locale, expected) => {
    expect(entryDateText(date, locale)).toBe(expected);
  });
});

describe('entryMetaLine', () => {
  const t = createTranslator(loadCatalog('nl'));
  const base: IndexEntry = { id: 'x', title: 'T', kind: 'werksessie', themes: ['ws-democratie'], keywords: [], summary: 'S' };
  test.each([
    [
      { ...base, event: 'Werkconferentie Proef verschil!', date: '2016-12-08' },
      'Werksessie · Werkconferentie Proef verschil! · 2016',
    ],
    [{ ...base, publisher: 'VNG', event: 'Werkconferentie', date: '2016' }, 'Werksessie · VNG · 2016'],
    [base, 'Werksessie'],
  ])('%j', (entry, expected) => {
    expect(entryMetaLine(entry, t)).toBe(expected);
  });
});
