/**
 * Page addresses as note targets. The same page reached through a newsletter
 * link, a search ad or a table-of-contents anchor must find the same notes, so
 * the address is normalised: fragment and tracking parameters dropped, host
 * in its one form (lower case, IDN as ASCII, no trailing dot: `normaliseHost`),
 * default port dropped (the URL parser does the last one).
 */
import { normaliseHost } from '../sites';

/** Query parameters that only track the visitor; never part of what the page is. */
const TRACKING_EXACT = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  '_ga',
  '_gl',
  'wt_mc',
  'wt.mc_id',
  'ncid',
  'spm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'piwik_', 'matomo_'];

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_EXACT.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Schemes a note can target; browser-internal pages (chrome:, about:, the web store's own) are refused elsewhere. */
const NOTABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

function parse(address: string): URL | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (!NOTABLE_SCHEMES.has(url.protocol)) return null;
  const host = normaliseHost(url.hostname);
  // "www.vng.nl." is the page at "www.vng.nl": one address, so one set of notes.
  if (host !== url.hostname && host !== '') url.hostname = host;
  return url;
}

function clean(url: URL): string {
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  if (kept.length !== [...url.searchParams].length) {
    // Rebuild only when something was dropped, so an untouched query keeps its exact encoding.
    url.search = new URLSearchParams(kept).toString();
  }
  let text = url.href;
  if (text.endsWith('?')) text = text.slice(0, -1);
  return text;
}

/** Leading labels that name the same site for a reader ("www.example.nl" is "example.nl"). */
const ALIAS_LABELS = /^(?:www|m|mobile|amp)\./;

function siteOf(host: string): string {
  return host.replace(ALIAS_LABELS, '');
}

/**
 * The note target for a page: its normalised address, or its canonical link's
 * when it declares one on the same site. A canonical on another site is
 * ignored: otherwise any page could claim another site's address and have the
 * user's notes for that site shown and highlighted on itself.
 *
 * Returns null for addresses a note cannot target (not http(s) or file, or
 * not an address at all).
 */
export function normalisePageUrl(address: string, canonical?: string | null): string | null {
  const page = parse(address);
  if (!page) return null;
  if (canonical) {
    const base = parse(canonical) === null && URL.canParse(canonical, page) ? new URL(canonical, page).href : canonical;
    const preferred = parse(base);
    if (preferred && preferred.protocol.startsWith('http') && siteOf(preferred.hostname) === siteOf(page.hostname)) {
      return clean(preferred);
    }
  }
  return clean(page);
}

/** The host of a normalised address (in the one host form), for the "site" filter; empty for file addresses. */
export function siteOfUrl(url: string): string {
  return URL.canParse(url) ? normaliseHost(new URL(url).hostname) : '';
}
