/** The options page's keyboard shortcuts overview. */
import { BROWSER_FAMILY, listCommands, shortcutSettingsOpener } from '../platform/commands';
import type { OptionsCommands } from '../views/options-commands';

export function createOptionsCommands(): OptionsCommands {
  return { list: listCommands, family: BROWSER_FAMILY, openShortcutSettings: shortcutSettingsOpener() };
}
