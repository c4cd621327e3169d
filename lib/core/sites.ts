/**
 * Public policy sites on which Regiolens recognises pages by default. They are
 * the extension's host permissions; everywhere else it only looks at a page when
 * the user clicks the toolbar button (activeTab) or grants the optional
 * "every site" permission in the options page.
 */
export const POLICY_SITE_DOMAINS = [
  'vng.nl',
  'platform31.nl',
  'rijksoverheid.nl',
  'overheid.nl',
  'officielebekendmakingen.nl',
  'kennisopenbaarbestuur.nl',
  'raadopenbaarbestuur.nl',
  'binnenlandsbestuur.nl',
  'ipo.nl',
  'rli.nl',
  'raadvanstate.nl',
  'rekenkamer.nl',
  'pbl.nl',
  'regiodeals.nl',
  'nvvr.org',
  'kennisbank-regionaal.nl',
  // The twelve provinces.
  'groningen.nl',
  'fryslan.frl',
  'drenthe.nl',
  'overijssel.nl',
  'flevoland.nl',
  'gelderland.nl',
  'provincie-utrecht.nl',
  'noord-holland.nl',
  'zuid-holland.nl',
  'zeeland.nl',
  'brabant.nl',
  'limburg.nl',
] as const;

/** Match patterns for the manifest: each domain and its subdomains, http and https. */
export const POLICY_SITE_MATCHES: string[] = POLICY_SITE_DOMAINS.map((domain) => `*://*.${domain}/*`);

/** The optional permission that lets Regiolens recognise pages on every site. */
export const ALL_SITES_MATCHES = ['<all_urls>'];

/** True when the host name is one of the policy sites or a subdomain of one. */
export function isPolicySite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return POLICY_SITE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
