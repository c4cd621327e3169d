/** The options page's view of the "every site" permission. */
import {
  hasAllSitesPermission,
  onPermissionsChanged,
  removeAllSitesPermission,
  requestAllSitesPermission,
} from '../platform/permissions';
import type { OptionsScope } from '../views/options-scope';

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
