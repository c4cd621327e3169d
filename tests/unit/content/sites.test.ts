/** The policy-site list in content/sites/: well-formed data, and the sites issue 12 asked for. */
import { describe, expect, test } from 'vitest';
import policySites from '../../../content/sites/policy-sites.json';
import { isPolicySite, normaliseHost, POLICY_SITE_DOMAINS } from '../../../lib/core/sites';

describe('content/sites/policy-sites.json', () => {
  test('every domain is a bare host in its one form, listed once', () => {
    for (const domain of POLICY_SITE_DOMAINS) {
      expect(normaliseHost(domain), domain).toBe(domain);
      expect(domain, domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(new Set(POLICY_SITE_DOMAINS).size).toBe(POLICY_SITE_DOMAINS.length);
  });

  test('every group has a name and at least one domain', () => {
    for (const group of policySites.groups) {
      expect(group.name.trim()).not.toBe('');
      expect(group.domains.length).toBeGreaterThan(0);
    }
  });

  test.each([
    ['gemeente.notubiz.nl', true],
    ['laarbeek.bestuurlijkeinformatie.nl', true],
    ['apeldoorn.parlaeus.nl', true],
    ['www.raadsleden.nl', true],
    ['www.griffiers.nl', true],
    ['www.provinciegroningen.nl', true],
    ['www.nvrr.nl', true],
    ['gemeenteraad.groningen.nl', true],
    ['nvvr.org', false],
    ['example.org', false],
  ])('%s is on the list: %s', (host, expected) => {
    expect(isPolicySite(host)).toBe(expected);
  });
});
