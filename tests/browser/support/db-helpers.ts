/** Shared helpers for the notes database tests: a fresh database name per test, and cleanup. */
import { deleteDB } from 'idb';
import { onTestFinished } from 'vitest';
import { openNotesDb, type NotesDb, type OpenNotesDbOptions } from '../../../lib/shared/stores/notes-db';

let counter = 0;

export function freshName(): string {
  counter += 1;
  return `regiolens-notes-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Opens a database for one test; it is closed and deleted when the test ends. */
export async function openTestDb(options: OpenNotesDbOptions = {}): Promise<NotesDb> {
  const name = options.name ?? freshName();
  const db = await openNotesDb({ channel: null, ...options, name });
  onTestFinished(async () => {
    db.close();
    await deleteDB(name);
  });
  return db;
}

export const page = (n: number) => `https://www.example.nl/beleid/pagina-${n}`;

function rawOpen(name: string, version?: number, upgrade?: (transaction: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    open.onupgradeneeded = () => upgrade?.(open.transaction as IDBTransaction);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Puts records into an existing database's notes store as they are, at the
 * version it has (raw IndexedDB, no current code): for records an earlier
 * release or a buggy writer may have left.
 */
export async function putRawRecords(name: string, records: readonly unknown[]): Promise<void> {
  const db = await rawOpen(name);
  const transaction = db.transaction('notes', 'readwrite');
  for (const record of records) transaction.objectStore('notes').put(record);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

/** Brings a version-2 database to version 3 as the release before quarantine did: the index only, records unchecked. */
export async function upgradeRawToV3(name: string): Promise<void> {
  const db = await rawOpen(name, 3, (transaction) => {
    transaction.objectStore('notes').createIndex('url_modified', ['url', 'modified']);
  });
  db.close();
}

/** Every record of one store of a database, read raw at whatever version it has. */
export async function rawRecords(name: string, store: string): Promise<unknown[]> {
  const db = await rawOpen(name);
  try {
    return await requestDone(db.transaction(store).objectStore(store).getAll());
  } finally {
    db.close();
  }
}

/**
 * A database at version 4 or 5 made by hand (raw IndexedDB, none of today's code): both versions have
 * the same stores and indexes (5 changed only what positions count). Holds `records`, and
 * `quarantined` in the quarantine store.
 */
export async function createRawV4OrV5(
  name: string,
  version: 4 | 5,
  records: readonly unknown[],
  quarantined: readonly unknown[] = [],
): Promise<void> {
  const db = await rawOpen(name, version, (transaction) => {
    const database = transaction.db;
    const notes = database.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('url', 'url');
    notes.createIndex('modified', 'modified');
    notes.createIndex('tag', 'tags', { multiEntry: true });
    notes.createIndex('link', 'links', { multiEntry: true });
    notes.createIndex('url_modified', ['url', 'modified']);
    const quarantine = database.createObjectStore('quarantine', { autoIncrement: true });
    for (const record of quarantined) quarantine.add(record);
    for (const record of records) notes.put(record);
  });
  db.close();
}
