/**
 * Public policy sites on which Regiolens recognises pages by default. They are
 * the extension's host permissions; everywhere else it only looks at a page when
 * the user asks for it (activeTab), grants one site ("always read this site")
 * or grants the optional "every site" permission in the options page. The list
 * is data that editors keep (content/sites/policy-sites.json), grouped so a
 * reader sees why each domain is there.
 */
import policySites from '../../content/sites/policy-sites.json' with { type: 'json' };

export const POLICY_SITE_DOMAINS: readonly string[] = policySites.groups.flatMap((group) => group.domains);

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

/**
 * The site a user asks Regiolens to always read, from a page's host: the host without a leading
 * "www.", with its subdomains ("raad.gemeente.nl" belongs with "www.gemeente.nl" only when the user
 * was on "gemeente.nl"). Undefined for what cannot be a site (an IP address, a host without a dot).
 */
export function siteOfHost(hostname: string): string | undefined {
  const host = normaliseHost(hostname).replace(/^www\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^[0-9.]+$/.test(host)) return undefined;
  return host;
}

/** The optional host permission for one site and its subdomains, http and https. */
export function siteMatchPattern(site: string): string {
  return `*://*.${site}/*`;
}

const SITE_PATTERN = /^\*:\/\/\*\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

/**
 * The sites the user chose to always read, from the origins the browser holds: the site patterns
 * that are not on the policy-site list. Other granted origins (an update server's `https://host/*`,
 * `<all_urls>`) are not sites the user added this way.
 */
export function grantedSites(origins: readonly string[]): string[] {
  const sites = origins.flatMap((origin) => {
    const site = SITE_PATTERN.exec(origin)?.[1];
    return site !== undefined && !POLICY_SITE_DOMAINS.includes(site) ? [site] : [];
  });
  return [...new Set(sites)].sort();
}
