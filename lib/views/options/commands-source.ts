/**
 * The keyboard shortcuts overview: the extension's commands with their current
 * keys, and how to change them in this browser. Implemented in
 * lib/views/options/commands-source.ts.
 *
 * The options page's keyboard shortcuts overview. */
import { BROWSER_FAMILY, listCommands, shortcutSettingsOpener } from '../../shared/platform/commands';
import type { CommandInfo } from '../../shared/platform/commands';

export type { CommandInfo };

export type BrowserFamily = 'chromium' | 'firefox';

export interface OptionsCommands {
  list(): Promise<CommandInfo[]>;
  family: BrowserFamily;
  /** Opens the browser's shortcut settings; null where no extension may open them. */
  openShortcutSettings: (() => Promise<void>) | null;
}

export function createOptionsCommands(): OptionsCommands {
  return { list: listCommands, family: BROWSER_FAMILY, openShortcutSettings: shortcutSettingsOpener() };
}
