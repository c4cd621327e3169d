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
  requestAllSitesPermission,
} from '../../shared/platform/permissions';

export interface OptionsScope {
  hasAllSites(): Promise<boolean>;
  /** Shows the browser's prompt; true when granted. */
  requestAllSites(): Promise<boolean>;
  /** Gives the permission back; true when it is gone. */
  revokeAllSites(): Promise<boolean>;
  /** Calls back when the permission changes (also from the browser's own settings). */
  subscribe(listener: (granted: boolean) => void): () => void;
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
  };
}
