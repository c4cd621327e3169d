import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isIgnoredSite, readSettings } from '../../../../lib/core/settings/schema';
import { isPolicySite, normaliseHost } from '../../../../lib/core/sites';

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

  test('a stored list with one unusable entry keeps the others (an ignore list must not fail open)', () => {
    expect(readSettings({ ignoredSites: ['voorbeeld.nl', 'not a host', 42] }).ignoredSites).toEqual(['voorbeeld.nl']);
  });
});

/** Trailing dots, case and IDN (issue 11, item 9): one host, one form, wherever hosts are compared or stored. */
describe('host names in one form', () => {
  test.each([
    ['www.vng.nl', 'www.vng.nl'],
    ['www.vng.nl.', 'www.vng.nl'],
    ['WWW.Vng.NL.', 'www.vng.nl'],
    ['  vng.nl..  ', 'vng.nl'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.de.', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['fryslân.frl', 'xn--frysln-0ta.frl'],
    ['vng。nl', 'vng.nl'],
    ['127.0.0.1.', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['', ''],
    ['.', ''],
  ])('normaliseHost(%j) is %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });

  test.each(['evil.example@vng.nl', 'evil.example/vng.nl', 'vng.nl:443', 'vng.nl#x', 'vng.nl?x'])(
    '%j is no bare host and never turns into one',
    (input) => {
      expect(normaliseHost(input)).not.toBe('vng.nl');
      expect(isIgnoredSite(input, { ignoredSites: ['vng.nl'] })).toBe(false);
    },
  );

  test('is idempotent', () => {
    for (const host of ['WWW.VNG.NL.', 'bücher.de.', 'vng.nl'])
      expect(normaliseHost(normaliseHost(host))).toBe(normaliseHost(host));
  });

  test.each([
    ['www.vng.nl.', ['vng.nl']],
    ['vng.nl.', ['vng.nl']],
    ['WWW.VNG.NL.', ['vng.nl']],
    ['www.vng.nl', ['vng.nl.']],
    ['xn--bcher-kva.de', ['bücher.de']],
    ['www.bücher.de', ['xn--bcher-kva.de']],
  ])('the ignore list catches %j (list %j)', (host, ignoredSites) => {
    expect(isIgnoredSite(host, { ignoredSites })).toBe(true);
  });

  test('stored ignore-list entries are kept in the one form, without duplicates', () => {
    expect(readSettings({ ignoredSites: ['vng.nl.', 'VNG.nl', 'Bücher.de', 'xn--bcher-kva.de'] }).ignoredSites).toEqual([
      'vng.nl',
      'xn--bcher-kva.de',
    ]);
  });

  test('policy sites too', () => {
    for (const host of ['www.vng.nl.', 'WWW.VNG.NL..', 'vng.nl.', 'WWW.Fryslan.FRL.']) {
      expect(isPolicySite(host), host).toBe(true);
    }
    expect(isPolicySite('vng.nl.evil.example')).toBe(false);
    expect(isPolicySite('fryslân.frl')).toBe(false); // another domain than fryslan.frl
  });
});
