/**
 * Editing the ignore list from what a person types: a host name, or a whole
 * address pasted from the address bar. The result is always a valid settings
 * entry (see lib/core/settings/schema.ts), so saving never silently drops it.
 */

/** Same bound as the settings schema. */
export const MAX_IGNORED_SITES = 500;

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** A host name from input such as "Voorbeeld.nl", "https://www.voorbeeld.nl/pad" or "voorbeeld.nl."; null when it is none. */
export function parseSiteInput(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch (error) {
      void error; // not an address after all: judged as a host name below
      return null;
    }
  }
  text = text.replace(/\.$/, '');
  return text.length <= 253 && HOST.test(text) ? text : null;
}

export type AddSiteResult =
  | { ok: true; site: string; sites: string[] }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'duplicate'; site: string }
  | { ok: false; reason: 'full' };

/** Adds a typed site to the list (sorted, unique); says why when it cannot. */
export function addIgnoredSite(sites: readonly string[], raw: string, max = MAX_IGNORED_SITES): AddSiteResult {
  const site = parseSiteInput(raw);
  if (site === null) return { ok: false, reason: 'invalid' };
  if (sites.includes(site)) return { ok: false, reason: 'duplicate', site };
  if (sites.length >= max) return { ok: false, reason: 'full' };
  return { ok: true, site, sites: [...sites, site].sort() };
}

export function removeIgnoredSite(sites: readonly string[], site: string): string[] {
  return sites.filter((entry) => entry !== site);
}
