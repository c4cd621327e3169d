/**
 * Editing the ignore list from what a person types: a host name, or a whole
 * address pasted from the address bar. The result is always a valid settings
 * entry in the one host form the background compares with (`normaliseHost`,
 * lib/core/sites.ts; see lib/core/settings/schema.ts), so saving never silently
 * drops or changes it, and "bücher.de" or "vng.nl.." mean what they say.
 */
import { normaliseHost } from '../../core/sites';

/** Same bound as the settings schema. */
export const MAX_IGNORED_SITES = 500;

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * A host name from input such as "Voorbeeld.nl", "https://www.voorbeeld.nl/pad", "voorbeeld.nl." or
 * "bücher.de" (kept as "xn--bcher-kva.de", the form the browser reports for the page); null when it is none.
 */
export function parseSiteInput(raw: string): string | null {
  let text = raw.trim();
  if (text === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (!URL.canParse(text)) return null;
    text = new URL(text).hostname;
  }
  const host = normaliseHost(text);
  return host.length <= 253 && HOST.test(host) ? host : null;
}

export type AddSiteResult =
  | { ok: true; site: string; sites: string[] }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'duplicate'; site: string }
  | { ok: false; reason: 'covered'; site: string; by: string }
  | { ok: false; reason: 'full' };

/**
 * Adds a typed site to the list (sorted, unique); says why when it cannot. An entry covers its
 * subdomains (lib/core/settings/schema.ts `isIgnoredSite`), so "www.regiodeals.nl" after
 * "regiodeals.nl" would change nothing and is refused, naming the entry that covers it.
 */
export function addIgnoredSite(sites: readonly string[], raw: string, max = MAX_IGNORED_SITES): AddSiteResult {
  const site = parseSiteInput(raw);
  if (site === null) return { ok: false, reason: 'invalid' };
  if (sites.includes(site)) return { ok: false, reason: 'duplicate', site };
  const by = sites.find((entry) => site.endsWith(`.${entry}`));
  if (by !== undefined) return { ok: false, reason: 'covered', site, by };
  if (sites.length >= max) return { ok: false, reason: 'full' };
  return { ok: true, site, sites: [...sites, site].sort() };
}

export function removeIgnoredSite(sites: readonly string[], site: string): string[] {
  return sites.filter((entry) => entry !== site);
}
