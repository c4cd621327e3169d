/** The options page's settings service over extension storage and managed storage. */
import { isLoopbackHost } from '../index/http-policy';
import { loadManagedSettings } from '../platform/managed';
import { hasAllSitesPermission, removeOriginAccess, requestOriginAccess } from '../platform/permissions';
import { isPolicySite } from '../sites';
import { translatorForChoice } from '../platform/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings';
import type { OptionsSettings } from '../views/options-settings';

/** True for update servers the extension has no host access to by itself. */
function needsOwnAccess(url: string): boolean {
  const { hostname } = new URL(url);
  return !isPolicySite(hostname) && !isLoopbackHost(hostname);
}

export function createOptionsSettings(): OptionsSettings {
  return {
    load: loadSettings,
    save: saveSettings,
    subscribe: onSettingsChanged,
    async managed() {
      const managed = await loadManagedSettings();
      return { indexUpdateUrl: managed.indexUpdateUrl?.trim() ? managed.indexUpdateUrl : null };
    },
    translatorFor: translatorForChoice,
    requestSourceAccess(url) {
      // Policy sites are host permissions already; this machine is for testing and needs no prompt.
      if (!needsOwnAccess(url)) return Promise.resolve(true);
      return requestOriginAccess(url);
    },
    async releaseSourceAccess(previous, next) {
      if (!needsOwnAccess(previous)) return;
      if (next !== null && new URL(next).origin === new URL(previous).origin) return;
      // Inside "every site" the origin is not a grant of its own; removing it would touch that choice.
      if (await hasAllSitesPermission()) return;
      await removeOriginAccess(previous);
    },
  };
}
