/** The options page's settings service over extension storage and managed storage. */
import { isLoopbackHost } from '../index/http-policy';
import { loadManagedSettings } from '../platform/managed';
import { requestOriginAccess } from '../platform/permissions';
import { isPolicySite } from '../sites';
import { translatorForChoice } from '../platform/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings';
import type { OptionsSettings } from '../views/options-settings';

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
      const { hostname } = new URL(url);
      // Policy sites are host permissions already; this machine is for testing and needs no prompt.
      if (isPolicySite(hostname) || isLoopbackHost(hostname)) return Promise.resolve(true);
      return requestOriginAccess(url);
    },
  };
}
