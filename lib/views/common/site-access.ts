/**
 * "Always read this site" as the popup and side panel see it: whether
 * Regiolens already reads a page's site by itself, and the browser's prompt
 * for one site. Built over lib/shared/platform/permissions.ts; component tests
 * pass their own.
 */
import { DEFAULT_RECOGNITION_SCOPE, userMayAddSites } from '../../core/settings/recognition-scope';
import { loadManagedSettings } from '../../shared/platform/managed';
import { readsPageByItself, requestSiteAccess } from '../../shared/platform/permissions';

export interface SiteAccess {
  /** True when Regiolens reads this page's site by itself (policy list, a site the user added, every site). */
  readsByItself(url: string): Promise<boolean>;
  /** Shows the browser's prompt for one site; true when granted. Call it first thing in a click. */
  alwaysRead(site: string): Promise<boolean>;
  /** False when an administrator's recognition scope leaves the user's own sites out (nothing to offer then). */
  mayAddSites?(): Promise<boolean>;
}

export function extensionSiteAccess(): SiteAccess {
  return {
    readsByItself: readsPageByItself,
    alwaysRead: requestSiteAccess,
    mayAddSites: async () => userMayAddSites((await loadManagedSettings()).recognitionScope ?? DEFAULT_RECOGNITION_SCOPE),
  };
}
