/**
 * The user's settings, shared by every extension context, in the extension's
 * IndexedDB (lib/shared/stores/settings-db.ts), out of content scripts' reach:
 * only extension pages change them, and nothing a page's content script can
 * touch steers the extension (issue 11, item 2).
 *
 * Earlier versions kept them in `storage.local` under "settings", which content
 * scripts can read and write. The first context to open the store after an
 * update moves that record in, once: it is adopted only while the store holds
 * no record, and afterwards the store always holds one, so a later write to
 * `storage.local` is never read again. Every open also deletes the old record,
 * so no copy lingers where content scripts can read it.
 */
import { readSettings, type Settings } from '../../core/settings/schema';
import { onSettingsSaved, openSettingsDb, type SettingsDb } from '../stores/settings-db';
import { browser } from 'wxt/browser';

/** Where earlier versions kept the settings, in `storage.local`. */
export const LEGACY_SETTINGS_KEY = 'settings';

let store: Promise<SettingsDb> | undefined;

async function openMigrated(): Promise<SettingsDb> {
  const db = await openSettingsDb();
  if ((await db.load()) === null) {
    const legacy = (await browser.storage.local.get(LEGACY_SETTINGS_KEY))[LEGACY_SETTINGS_KEY];
    await db.adopt(readSettings(legacy));
  }
  try {
    await browser.storage.local.remove(LEGACY_SETTINGS_KEY);
  } catch (error) {
    // The settings are in place; only the old copy stays until the next context opens the store.
    console.warn('Regiolens: the old settings in storage.local could not be removed', error);
  }
  return db;
}

/** The store of this context, opened and migrated on first use; a failed open is tried again next time. */
function settingsDb(): Promise<SettingsDb> {
  const opening = (store ??= openMigrated());
  opening.catch(() => {
    if (store === opening) store = undefined;
  });
  return opening;
}

export async function loadSettings(): Promise<Settings> {
  return (await (await settingsDb()).load()) ?? readSettings(undefined);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  return (await settingsDb()).save(changes);
}

/**
 * The source of the bus's 'settings/changed' event (lib/shared/platform/events.ts), which is where
 * everyone else subscribes: the store's announcement of each committed change. A stopped service
 * worker does not hear it, and needs not: it reads the settings afresh when it wakes.
 */
export function onStoredSettings(listener: (settings: Settings) => void): () => void {
  return onSettingsSaved(listener);
}
