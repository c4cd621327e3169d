import { describe, expect, test } from 'vitest';
import { CatalogError, mergeCatalogs } from '../../../lib/core/i18n/catalog';
import { createTranslator } from '../../../lib/core/i18n/translator';
import { loadAllCatalogs } from '../../../scripts/lib/locales';

const catalogs = loadAllCatalogs();

describe('shipped catalogues', () => {
  test('English has exactly the Dutch keys', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.nl).sort());
  });

  test.each(['nl', 'en'] as const)('%s: no empty messages, placeholders consistent with Dutch', (locale) => {
    for (const [key, entry] of Object.entries(catalogs[locale])) {
      expect(entry.message.trim(), key).not.toBe('');
      const positional = (text: string) => [...text.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();
      expect(positional(entry.message), key).toEqual(positional(catalogs.nl[key]?.message ?? ''));
    }
  });
});

describe('mergeCatalogs', () => {
  test('refuses a key defined in two area files', () => {
    expect(() =>
      mergeCatalogs([
        { name: 'a.json', catalog: { k: { message: 'x' } } },
        { name: 'b.json', catalog: { k: { message: 'y' } } },
      ]),
    ).toThrow(CatalogError);
  });
  test('refuses keys the browser would reject', () => {
    expect(() => mergeCatalogs([{ name: 'a.json', catalog: { 'bad-key': { message: 'x' } } }])).toThrow(/bad-key/);
  });
});

describe('translator', () => {
  const t = createTranslator({
    plain: { message: 'Hallo' },
    positional: { message: '$1 ($2×)' },
    named: { message: 'Versie $VERSION$ van $1', placeholders: { version: { content: '$2' } } },
    dollars: { message: 'kost $$5' },
  });
  const CASES = [
    { key: 'plain', subs: undefined, expected: 'Hallo' },
    { key: 'positional', subs: ['regeling', 4], expected: 'regeling (4×)' },
    { key: 'named', subs: ['index', 7], expected: 'Versie 7 van index' },
    { key: 'dollars', subs: undefined, expected: 'kost $5' },
    { key: 'missing', subs: undefined, expected: 'missing' },
  ];
  test.each(CASES)('$key → $expected', ({ key, subs, expected }) => {
    expect(t(key as never, subs)).toBe(expected);
  });
});
