/**
 * The settings store (lib/shared/stores/settings-db.ts) for Node tests: an
 * in-memory IndexedDB (fake-indexeddb), and a reset to "nothing stored" between
 * tests, as fakeBrowser.reset() empties storage.local. Deleting the database
 * makes the open connection step aside (its `blocking` handler), so the
 * product code reconnects to the empty one on its next call.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { SETTINGS_DB_NAME } from '../../../lib/shared/stores/settings-db';

export async function resetSettingsStore(): Promise<void> {
  await deleteDB(SETTINGS_DB_NAME);
}
