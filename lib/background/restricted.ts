/**
 * Pages no extension may read: the browser's own pages and the add-on stores.
 * Knowing this lets the views say "Regiolens cannot read this page" instead of
 * waiting for an analysis that will never come.
 */
import { normaliseHost } from '../core/sites';

const RESTRICTED_SCHEMES = [
  'chrome:',
  'edge:',
  'about:',
  'chrome-extension:',
  'moz-extension:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'data:',
  'javascript:',
  'blob:',
];
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * True for the errors the browser gives when our script may not run on a page ("Cannot access …",
 * "… cannot be scripted", "missing host permission"): its own pages, the stores, the PDF viewer,
 * error pages, and pages we hold no grant for. A tab that is gone ("No tab with id") or a script
 * that did not answer is not such a refusal.
 */
export function isScriptingRefusal(error: unknown): boolean {
  return /cannot be scripted|cannot access|missing host permission/i.test(String(error));
}

/**
 * Among those refusals, the ones that only mean "no grant for this page yet" ("Cannot access contents
 * of the page", "missing host permission"): an ordinary site the user can still let Regiolens read,
 * unlike a browser page or a store.
 */
export function isMissingGrant(error: unknown): boolean {
  return /cannot access contents of (the page|url)|missing host permission/i.test(String(error));
}

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  // The one host form (lib/core/sites.ts): "chromewebstore.google.com." is the same store to DNS.
  const host = normaliseHost(parsed.hostname);
  if (STORE_HOSTS.includes(host)) return true;
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  return parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:';
}
