/**
 * Changing the extension's settings from outside, as the options page would: in the extension's
 * IndexedDB (lib/shared/stores/settings-db.ts; the code's modules are not reachable from a test
 * driver), then the announcement every context follows. `writeSettings` is evaluated inside an
 * extension context (Chromium's service worker, or a Firefox extension page), so it is
 * self-contained and takes everything it needs as its argument.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings/schema';
import {
  SETTINGS_CHANNEL,
  SETTINGS_DB_NAME,
  SETTINGS_DB_VERSION,
  SETTINGS_KEY,
  SETTINGS_STORE,
} from '../../lib/shared/stores/settings-db';

export interface SettingsWrite {
  changes: Partial<Settings>;
  defaults: Settings;
  db: { name: string; version: number; store: string; key: string };
  channel: string;
}

export function settingsWrite(changes: Partial<Settings>): SettingsWrite {
  const db = { name: SETTINGS_DB_NAME, version: SETTINGS_DB_VERSION, store: SETTINGS_STORE, key: SETTINGS_KEY };
  return { changes, defaults: DEFAULT_SETTINGS, db, channel: SETTINGS_CHANNEL };
}

export async function writeSettings({ changes, defaults, db, channel }: SettingsWrite): Promise<void> {
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name, db.version);
    // As the store's own upgrade does, when this runs before the extension first opened it.
    request.onupgradeneeded = () => request.result.createObjectStore(db.store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = connection.transaction(db.store, 'readwrite');
  const store = transaction.objectStore(db.store);
  const stored = await new Promise<unknown>((resolve, reject) => {
    const request = store.get(db.key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const next = { ...defaults, ...(stored as object | undefined), ...changes };
  store.put(next, db.key);
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  connection.close();
  const announce = new BroadcastChannel(channel);
  announce.postMessage(next);
  announce.close();
}
