/**
 * The user's settings in the extension's IndexedDB (database
 * "regiolens-settings"), where only extension pages and the service worker
 * reach them. They used to live in `storage.local`, which content scripts can
 * read and write in Chrome and Firefox alike (`setAccessLevel` restricts only
 * `storage.session`); a script running in a web page's renderer could then
 * switch on private-window reading, empty the ignore list or point updates
 * elsewhere. A content script's `indexedDB` is the page origin's, never the
 * extension's, so nothing here is within its reach (issue 11, item 2).
 *
 * One record holds the settings, validated on every read (lib/core/settings).
 * A change is applied in one read-write transaction, so two pages saving
 * different fields at once both keep theirs; after the commit it is announced
 * on SETTINGS_CHANNEL, which lib/shared/platform/events.ts turns into the
 * 'settings/changed' event for every extension context. The one-time move out
 * of `storage.local` is the platform's (lib/shared/platform/settings.ts): this
 * module knows no extension API.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readSettings, type Settings } from '../../core/settings/schema';

export const SETTINGS_DB_NAME = 'regiolens-settings';
export const SETTINGS_DB_VERSION = 1;
export const SETTINGS_STORE = 'settings';
/** The key of the one record. */
export const SETTINGS_KEY = 'user';
/** Where a committed change is announced, with the settings as stored. */
export const SETTINGS_CHANNEL = 'regiolens-settings';

interface SettingsDbSchema extends DBSchema {
  /** One record under SETTINGS_KEY (typed loosely: what is read back may be damaged or from an old build). */
  settings: { key: string; value: unknown };
}

export interface SettingsDb {
  /** The stored settings, or null when none were ever stored (then the caller moves old ones in, or adopts defaults). */
  load(): Promise<Settings | null>;
  /** Applies the changes to what is stored (defaults where nothing is) and announces the result. */
  save(changes: Partial<Settings>): Promise<Settings>;
  /** Stores `settings` only when nothing is stored yet, silently; returns what is stored afterwards. */
  adopt(settings: Settings): Promise<Settings>;
  close(): void;
}

export interface SettingsDbOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Channel for change announcements; null announces nothing. */
  channel?: string | null;
}

/** Opens (creating as needed) the settings database. */
export async function openSettingsDb(options: SettingsDbOptions = {}): Promise<SettingsDb> {
  const name = options.name ?? SETTINGS_DB_NAME;
  const channelName = options.channel === null ? null : (options.channel ?? SETTINGS_CHANNEL);
  let connection: Promise<IDBPDatabase<SettingsDbSchema>> | null = null;

  const connect = (): Promise<IDBPDatabase<SettingsDbSchema>> => {
    if (connection) return connection;
    const opening = openDB<SettingsDbSchema>(name, SETTINGS_DB_VERSION, {
      upgrade(db) {
        db.createObjectStore(SETTINGS_STORE);
      },
      blocking() {
        // A newer version (an updated extension) or a deletion waits on us: step aside; the next call reconnects.
        void opening.then((db) => db.close());
        connection = null;
      },
      terminated() {
        connection = null;
      },
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  };
  await connect();

  /** Reads, changes and writes the record in one transaction; true when it wrote. */
  async function change(next: (stored: Settings | null) => Settings | null): Promise<{ settings: Settings; wrote: boolean }> {
    const db = await connect();
    const transaction = db.transaction(SETTINGS_STORE, 'readwrite');
    const stored = await transaction.store.get(SETTINGS_KEY);
    const current = stored === undefined ? null : readSettings(stored);
    const written = next(current);
    if (written !== null) await transaction.store.put(written, SETTINGS_KEY);
    await transaction.done;
    return { settings: written ?? current ?? readSettings(undefined), wrote: written !== null };
  }

  return {
    async load() {
      const stored = await (await connect()).get(SETTINGS_STORE, SETTINGS_KEY);
      return stored === undefined ? null : readSettings(stored);
    },
    async save(changes) {
      const { settings } = await change((current) => readSettings({ ...(current ?? readSettings(undefined)), ...changes }));
      if (channelName !== null) {
        const channel = new BroadcastChannel(channelName);
        channel.postMessage(settings);
        channel.close();
      }
      return settings;
    },
    async adopt(settings) {
      return (await change((current) => (current === null ? readSettings(settings) : null))).settings;
    },
    close() {
      void connection?.then((db) => db.close()).catch(() => undefined);
      connection = null;
    },
  };
}

/** Calls back with the settings after each committed change in any extension context; returns the stop function. */
export function onSettingsSaved(listener: (settings: Settings) => void, channelName: string = SETTINGS_CHANNEL): () => void {
  const channel = new BroadcastChannel(channelName);
  // Only our own origin can post here; reading guards against an old build's shape, as every read does.
  channel.onmessage = (event: MessageEvent<unknown>) => listener(readSettings(event.data));
  return () => channel.close();
}
