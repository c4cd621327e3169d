/** The options page's settings service over extension storage and managed storage. */
import { loadManagedSettings } from '../platform/managed';
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
  };
}
