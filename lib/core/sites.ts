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

/** A bare host: a name or IPv4 address (no port, path, credentials or white space), or an IPv6 address in brackets. */
const BARE_HOST = /^(?:[^\s/\\?#@:[\]%]+|\[[0-9a-f:.]+\])$/i;

/**
 * The one form of a host name, for every place that compares or stores one
 * (policy sites, the ignore list, note addresses, the update address's
 * loopback check): lower case, IDN in its ASCII form ("bücher.de" is
 * "xn--bcher-kva.de", as in `URL.hostname`), and no trailing dots ("www.vng.nl."
 * is the same host to DNS; without this it escaped the ignore list and filed
 * notes under a second address). The URL parser does the case, IDNA and IPv4
 * forms, so this agrees with what the browser reports for a page.
 *
 * Text that is not a bare host (it holds a port, path, "@", …) is only trimmed
 * and lower-cased: it never turns into another host ("evil.example@vng.nl" is
 * not "vng.nl"), so it matches nothing.
 */
export function normaliseHost(host: string): string {
  const text = host.trim().toLowerCase();
  if (!BARE_HOST.test(text)) return text;
  const parsed = URL.canParse(`http://${text}/`) ? new URL(`http://${text}/`).hostname : text;
  return parsed.replace(/\.+$/, '');
}

/** True when the host name is one of the policy sites or a subdomain of one. */
export function isPolicySite(hostname: string): boolean {
  const host = normaliseHost(hostname);
  return POLICY_SITE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
