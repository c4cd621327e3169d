/**
 * The extension's keyboard commands as the browser has them now (the user may
 * have changed a shortcut), and the browser's page for changing them.
 */
import { browser } from 'wxt/browser';

export const BROWSER_FAMILY: 'chromium' | 'firefox' = import.meta.env.FIREFOX ? 'firefox' : 'chromium';

export async function listCommands(): Promise<CommandInfo[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.description ?? '',
    shortcut: command.shortcut ?? '',
  }));
}

/** Firefox 137+ has commands.openShortcutSettings(); older versions do not. */
function firefoxOpener(): (() => Promise<void>) | null {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const open = commands.openShortcutSettings;
  return typeof open === 'function' ? () => open.call(commands) : null;
}

/** Opens the browser's shortcut settings, or null where an extension cannot. */
export function shortcutSettingsOpener(): (() => Promise<void>) | null {
  if (BROWSER_FAMILY === 'firefox') return firefoxOpener();
  return async () => {
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };
}

export interface CommandInfo {
  name: string;
  /** The description as the browser reports it (already localised by the browser). */
  description: string;
  /** The current shortcut, e.g. "Alt+Shift+L"; empty when the user removed it or it clashed. */
  shortcut: string;
}
