/** "Always read this site": which site a page belongs to, and which granted origins are such sites. */
import { describe, expect, test } from 'vitest';
import { grantedSites, siteMatchPattern, siteOfHost } from '../../../lib/core/sites';

describe('sites the user reads always', () => {
  test.each([
    ['www.gemeente-voorbeeld.nl', 'gemeente-voorbeeld.nl'],
    ['raad.gemeente-voorbeeld.nl', 'raad.gemeente-voorbeeld.nl'],
    ['WWW.Example.ORG.', 'example.org'],
    ['localhost', undefined],
    ['127.0.0.1', undefined],
    ['[::1]', undefined],
  ])('siteOfHost(%s) = %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });

  test('one pattern covers the site and its subdomains, on http and https', () => {
    expect(siteMatchPattern('example.org')).toBe('*://*.example.org/*');
  });

  test('only site patterns off the policy list count; an update server or every site does not', () => {
    expect(
      grantedSites([
        '*://*.vng.nl/*',
        '*://*.example.org/*',
        'https://index.example.net/*',
        '<all_urls>',
        '*://*.a-gemeente.nl/*',
        '*://*.example.org/*',
      ]),
    ).toEqual(['a-gemeente.nl', 'example.org']);
  });
});
