/**
 * The keyboard shortcuts overview: the extension's commands with their current
 * keys, and how to change them in this browser. Implemented in
 * lib/services/options-commands.ts.
 */
import type { CommandInfo } from '../options/commands';

export type BrowserFamily = 'chromium' | 'firefox';

export interface OptionsCommands {
  list(): Promise<CommandInfo[]>;
  family: BrowserFamily;
  /** Opens the browser's shortcut settings; null where no extension may open them. */
  openShortcutSettings: (() => Promise<void>) | null;
}
