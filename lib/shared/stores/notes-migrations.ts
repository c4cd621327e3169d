/**
 * Schema history of the "regiolens-notes" database. Every change of the
 * schema or of the stored records' shape is one migration here, run inside
 * the upgrade (versionchange) transaction, so a failing migration aborts and
 * leaves the previous version untouched. Each migration is tested from every
 * earlier version with data in it (tests/browser/shared/stores/notes-migrations.test.ts).
 *
 * Version 1 (first release): store `notes` (keyPath id) with indexes `url`
 *   and `modified`; records {id, url, title, quote?, position?, body,
 *   tags: "comma, separated", created, modified}.
 * Version 2: tags become a list (index `tag`, multiEntry); quote/position
 *   move under `selectors`; links to index entries (index `link`, multiEntry);
 *   a `revision` counter for concurrent edits.
 * Version 3: compound index `url_modified` [url, modified], so one page's
 *   notes come out newest first without sorting.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { normaliseTags } from '../../core/notes/create';
import type { Note, NoteSelectors } from '../../core/notes/types';

export const NOTES_DB_VERSION = 3;
export const NOTES_STORE = 'notes';

/** The untyped view of the database a migration works on: each version has its own shape. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A version-1 record, as the first release stored it. */
export interface NoteV1 {
  id: string;
  url: string;
  title: string;
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  body: string;
  tags: string;
  created: string;
  modified: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Converts one version-1 record; tolerant of fields a buggy writer may have left out. */
export function noteFromV1(old: Record<string, unknown>): Note {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const quote = isRecord(old.quote) && typeof old.quote.exact === 'string' && old.quote.exact ? old.quote : undefined;
  const position = isRecord(old.position) ? old.position : undefined;
  const note: Note = {
    id: text(old.id),
    url: text(old.url),
    title: text(old.title),
    body: text(old.body),
    tags: normaliseTags(text(old.tags).split(',')),
    links: [],
    created: text(old.created),
    modified: text(old.modified) || text(old.created),
    revision: 1,
  };
  if (quote) {
    const selectors: NoteSelectors = {
      quote: { exact: text(quote.exact), prefix: text(quote.prefix), suffix: text(quote.suffix) },
    };
    if (position && typeof position.start === 'number' && typeof position.end === 'number' && position.end > position.start) {
      selectors.position = { start: position.start, end: position.end };
    }
    note.selectors = selectors;
  }
  return note;
}

type Migration = (db: UpgradeDb, transaction: UpgradeTransaction) => Promise<void>;

/** MIGRATIONS[n] brings a database from version n - 1 to version n. */
export const MIGRATIONS: Record<number, Migration> = {
  1: async (db) => {
    const store = db.createObjectStore(NOTES_STORE, { keyPath: 'id' });
    store.createIndex('url', 'url');
    store.createIndex('modified', 'modified');
  },
  2: async (_db, transaction) => {
    const store = transaction.objectStore(NOTES_STORE);
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (isRecord(cursor.value)) await cursor.update(noteFromV1(cursor.value));
    }
    store.createIndex('tag', 'tags', { multiEntry: true });
    store.createIndex('link', 'links', { multiEntry: true });
  },
  3: async (_db, transaction) => {
    transaction.objectStore(NOTES_STORE).createIndex('url_modified', ['url', 'modified']);
  },
};

/** Runs the migrations from `oldVersion` up to `newVersion`, in order. */
export async function migrate(
  db: UpgradeDb,
  transaction: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`no migration to notes database version ${version}`);
    await migration(db, transaction);
  }
}
