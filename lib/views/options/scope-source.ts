/**
 * The optional "every site" permission as the options page sees it. `request`
 * must be called straight from a click (browsers only show the permission
 * prompt for a user gesture). Implemented in lib/views/options/scope-source.ts.
 *
 * The options page's view of the "every site" permission. */
import {
  hasAllSitesPermission,
  onPermissionsChanged,
  removeAllSitesPermission,
  removeSiteAccess,
  requestAllSitesPermission,
  sitesReadAlways,
} from '../../shared/platform/permissions';

export interface OptionsScope {
  hasAllSites(): Promise<boolean>;
  /** Shows the browser's prompt; true when granted. */
  requestAllSites(): Promise<boolean>;
  /** Gives the permission back; true when it is gone. */
  revokeAllSites(): Promise<boolean>;
  /** Calls back when the permission changes (also from the browser's own settings). */
  subscribe(listener: (granted: boolean) => void): () => void;
  /** The sites the user chose to always read (from the popup or side panel), sorted. */
  sitesReadAlways(): Promise<string[]>;
  /** Gives one of those sites back; true when it is gone. */
  stopReading(site: string): Promise<boolean>;
  /** Calls back with the sites whenever any permission changes. */
  subscribeSites(listener: (sites: string[]) => void): () => void;
}

export function createOptionsScope(): OptionsScope {
  return {
    hasAllSites: hasAllSitesPermission,
    // No await before the request: the browser must still see the click.
    requestAllSites: requestAllSitesPermission,
    async revokeAllSites() {
      await removeAllSitesPermission();
      return !(await hasAllSitesPermission());
    },
    subscribe(listener) {
      return onPermissionsChanged(() => void hasAllSitesPermission().then(listener));
    },
    sitesReadAlways,
    async stopReading(site) {
      await removeSiteAccess(site);
      return !(await sitesReadAlways()).includes(site);
    },
    subscribeSites(listener) {
      return onPermissionsChanged(() => void sitesReadAlways().then(listener));
    },
  };
}
