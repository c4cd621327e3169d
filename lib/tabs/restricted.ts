/**
 * Pages no extension may read: the browser's own pages and the add-on stores.
 * Knowing this lets the views say "Regiolens cannot read this page" instead of
 * waiting for an analysis that will never come.
 */
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
 * True for the errors the browser gives when it refuses our script on a page the user handed us
 * (its own pages, the stores, the PDF viewer, error pages: "Cannot access …", "… cannot be
 * scripted"), as opposed to a tab that is gone or a grant that is missing ("No tab with id").
 */
export function isScriptingRefusal(error: unknown): boolean {
  return /cannot be scripted|cannot access|missing host permission/i.test(String(error));
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
  if (STORE_HOSTS.includes(parsed.hostname)) return true;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  return parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:';
}
