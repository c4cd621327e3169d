/**
 * The optional "every site" host permission and the content script that goes
 * with it. Granting happens in the options page (a click); the background
 * keeps the registered content script in step with the permission
 * (lib/background/scope-feature.ts). Works in Chromium and Firefox (MV3).
 */
import { ALL_SITES_MATCHES, grantedSites, siteMatchPattern } from '../../core/sites';
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './scripting';

/** Id of the dynamically registered content script for the sites the user chose to always read. */
export const GRANTED_SITES_SCRIPT_ID = 'regiolens-granted-sites';

/** Id of the dynamically registered content script for all sites. */
export const ALL_SITES_SCRIPT_ID = 'regiolens-all-sites';

const ALL_SITES = { origins: ALL_SITES_MATCHES };

/**
 * Origin patterns for one address's server, e.g. https://index.example.org/*; for a local file, every local
 * file (`file:///*`, which the optional `<all_urls>` covers in Chromium, so it can be asked for alone).
 */
function originPattern(url: string): string[] {
  const parsed = new URL(url);
  if (parsed.protocol === 'file:') return ['file:///*'];
  return [`${parsed.protocol}//${parsed.host}/*`];
}

/** True when the user switched on "Allow access to file URLs" for Regiolens (Chromium); always false in Firefox. */
export function isFileSchemeAllowed(): Promise<boolean> {
  return browser.extension.isAllowedFileSchemeAccess();
}

/**
 * Access to an update server off the policy-site list, so the background can fetch from it without
 * the server having to allow cross-origin requests. Must run inside a user gesture (a click).
 */
export function requestOriginAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: originPattern(url) });
}

/**
 * True when Regiolens may fetch from this address's server: a policy site (the manifest's host permissions),
 * a server the user allowed, or everything when they allowed every site. For a local file Chromium wants
 * both the user's "Allow access to file URLs" switch and the host permission `file:///*` (without it an
 * extension page's fetch is "Not allowed to load local resource"); Firefox lets no extension read local files.
 */
export async function hasOriginAccess(url: string): Promise<boolean> {
  if (new URL(url).protocol === 'file:' && !(await isFileSchemeAllowed())) return false;
  return browser.permissions.contains({ origins: originPattern(url) });
}

/** True when the browser granted the unlimitedStorage permission (declared in the manifest). */
export function hasUnlimitedStorage(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['unlimitedStorage'] });
}

/** Gives back access to an update server that is no longer configured. */
export function removeOriginAccess(url: string): Promise<boolean> {
  return browser.permissions.remove({ origins: originPattern(url) });
}

export function hasAllSitesPermission(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

/** Must run inside a user gesture: call it first thing in a click handler, before any await. */
export function requestAllSitesPermission(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES);
}

export function removeAllSitesPermission(): Promise<boolean> {
  return browser.permissions.remove(ALL_SITES);
}

/** Calls back whenever any permission is added or removed (also from the browser's own settings). */
export function onPermissionsChanged(listener: () => void): () => void {
  const handler = () => listener();
  browser.permissions.onAdded.addListener(handler);
  browser.permissions.onRemoved.addListener(handler);
  return () => {
    browser.permissions.onAdded.removeListener(handler);
    browser.permissions.onRemoved.removeListener(handler);
  };
}

export async function isAllSitesScriptRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  return scripts.length > 0;
}

export async function registerAllSitesScript(): Promise<void> {
  await browser.scripting.registerContentScripts([
    {
      id: ALL_SITES_SCRIPT_ID,
      matches: ALL_SITES_MATCHES,
      // registerContentScripts takes paths relative to the extension root, without the leading slash.
      js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')],
      runAt: 'document_idle',
    },
  ]);
}

export async function unregisterAllSitesScript(): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
}

/**
 * "Always read this site": asks the browser for one site and its subdomains (lib/core/sites.ts,
 * `siteOfHost`). Must run inside a user gesture: call it first thing in a click handler.
 */
export function requestSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: [siteMatchPattern(site)] });
}

/** Gives one site back (the options page lists them). */
export function removeSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [siteMatchPattern(site)] });
}

/** The sites the user chose to always read. */
export async function sitesReadAlways(): Promise<string[]> {
  return grantedSites((await browser.permissions.getAll()).origins ?? []);
}

/**
 * True when Regiolens reads this page's site by itself: on the policy-site list, a site the user
 * added, or every site. The browser answers, so a grant withdrawn in its own settings counts.
 */
export function readsPageByItself(url: string): Promise<boolean> {
  const parsed = new URL(url);
  return browser.permissions.contains({ origins: [`${parsed.protocol}//${parsed.host}/*`] });
}

/**
 * Keeps the content script for the user's own sites in step with their grants: registered for
 * exactly those sites, and gone when there are none or when `allowed` is false (an administrator's
 * scope leaves the user's sites out; the grants themselves stay, for when the policy is lifted).
 */
export async function syncGrantedSitesScript(allowed = true): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const [sites, scripts] = await Promise.all([
    allowed ? sitesReadAlways() : Promise.resolve([]),
    browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] }),
  ]);
  const wanted = sites.map(siteMatchPattern);
  const current = scripts[0]?.matches ?? [];
  if (wanted.length === current.length && wanted.every((pattern, i) => current[i] === pattern)) return 'unchanged';
  if (scripts.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] });
  if (wanted.length === 0) return 'unregistered';
  await browser.scripting.registerContentScripts([
    { id: GRANTED_SITES_SCRIPT_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')], runAt: 'document_idle' },
  ]);
  return 'registered';
}
