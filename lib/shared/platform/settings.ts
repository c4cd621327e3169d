/** The user's settings in extension storage, shared by every context. */
import { readSettings, type Settings } from '../../core/settings/schema';
import { browser } from 'wxt/browser';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * The source of the bus's 'settings/changed' event (lib/shared/platform/events.ts), which is where
 * everyone else subscribes: storage.onChanged, because it also reaches a stopped service worker.
 */
export function onStoredSettings(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(readSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
