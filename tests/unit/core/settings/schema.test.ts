import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isIgnoredSite, readSettings } from '../../../../lib/core/settings/schema';

describe('settings', () => {
  test.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['garbage', 'x', DEFAULT_SETTINGS],
    ['a valid choice', { language: 'en' }, { ...DEFAULT_SETTINGS, language: 'en' }],
    [
      'an unknown language falls back field by field',
      { language: 'fr', ignoredSites: ['Voorbeeld.nl'] },
      { ...DEFAULT_SETTINGS, ignoredSites: ['voorbeeld.nl'] },
    ],
    ['a broken list falls back', { ignoredSites: [1, 2] }, DEFAULT_SETTINGS],
  ])('%s', (_name, stored, expected) => {
    expect(readSettings(stored)).toEqual(expected);
  });

  test('ignored sites cover subdomains, not look-alikes', () => {
    const settings = { ignoredSites: ['voorbeeld.nl'] };
    expect(isIgnoredSite('voorbeeld.nl', settings)).toBe(true);
    expect(isIgnoredSite('www.voorbeeld.nl', settings)).toBe(true);
    expect(isIgnoredSite('anderevoorbeeld.nl', settings)).toBe(false);
  });
});
