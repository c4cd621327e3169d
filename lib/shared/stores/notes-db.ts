/**
 * Where notes live: the IndexedDB database "regiolens-notes", through idb.
 *
 * Popup, side panel, options and several windows may write at once. Every
 * write is one readwrite transaction (IndexedDB runs those one after another
 * per store), read-check-write happens inside it, and an update names the
 * revision it was based on, so a stale edit fails with NotesConflictError
 * instead of overwriting. After each committed write a BroadcastChannel
 * message {type: 'changed', ids} tells every open view to refresh.
 *
 * A failed write (quota, conflict, bad data) aborts its transaction: nothing
 * stored is changed, and the caller gets a NotesError it can explain.
 *
 * Records an upgrade could not repair sit in the `quarantine` store (see
 * notes-migrations.ts); quarantined() counts them so a view can say so, and
 * eraseAll() clears them with the notes: erasing means no note data is left.
 * Opening never leaves a rejection unhandled: a failed upgrade rejects
 * openNotesDb (or the call that reconnects) and nothing else, and the next
 * call tries again.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { applyChanges, checkNote, createNote } from '../../core/notes/create';
import { planImport } from '../../core/notes/duplicates';
import { NotesConflictError, NotesError, NotesQuotaError } from '../../core/notes/errors';
import { parseNotesImport, type ImportReport, type ParsedImport, type SkippedItem } from '../../core/notes/import-jsonld';
import type { Note, NoteChanges, NoteDraft } from '../../core/notes/types';
import { normalisePageUrl } from '../../core/notes/url';
import {
  migrate,
  NOTES_DB_VERSION,
  NOTES_STORE,
  QUARANTINE_STORE,
  type QuarantinedRecord,
  type UpgradeDb,
  type UpgradeTransaction,
} from './notes-migrations';

export const NOTES_DB_NAME = 'regiolens-notes';
export const NOTES_CHANNEL = 'regiolens-notes';

export interface NotesDbSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { url: string; modified: string; tag: string; link: string; url_modified: [string, string]; fingerprint: string };
  };
  quarantine: {
    key: number;
    value: QuarantinedRecord;
  };
}

/** Every write spans both stores, so erasing can clear the quarantine in the same transaction. */
type WriteTransaction = IDBPTransaction<NotesDbSchema, ['notes', 'quarantine'], 'readwrite'>;
type NotesStore = IDBPObjectStore<NotesDbSchema, ['notes', 'quarantine'], 'notes', 'readwrite'>;

/** Posted on the channel after each committed write. */
export interface NotesChange {
  type: 'changed';
  ids: string[];
}

/**
 * The notes channel, typed: only a NotesChange can be posted, and what arrives
 * is checked before listeners see it (any page of our origin could post on it).
 * lib/shared/stores may not use lib/shared/platform/broadcast.ts, so it keeps this one channel itself.
 */
interface NotesChannel {
  post(change: NotesChange): void;
  close(): void;
}

function openNotesChannel(name: string, listener?: (change: NotesChange) => void): NotesChannel {
  const channel = new BroadcastChannel(name);
  if (listener) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const change = readNotesChange(event.data);
      if (change) listener(change);
    };
  }
  return { post: (change) => channel.postMessage(change), close: () => channel.close() };
}

/** A NotesChange from whatever arrived on the channel, or null; ids that are not strings are dropped. */
function readNotesChange(data: unknown): NotesChange | null {
  const change = data as Partial<NotesChange> | null;
  if (change?.type !== 'changed' || !Array.isArray(change.ids)) return null;
  return { type: 'changed', ids: change.ids.filter((id): id is string => typeof id === 'string') };
}

export interface OpenNotesDbOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** BroadcastChannel name; null sends no notifications. */
  channel?: string | null;
  /** The clock, for tests. */
  now?: () => Date;
  /**
   * Test seam: runs inside every write transaction after its requests and
   * before it commits; throwing aborts the transaction, as a full disk would.
   */
  beforeCommit?: (transaction: WriteTransaction) => void;
}

export interface NotesDb {
  addNote(draft: NoteDraft): Promise<Note>;
  /** Applies changes to the note at `baseRevision`; NotesConflictError when it was changed since. */
  updateNote(id: string, baseRevision: number, changes: NoteChanges): Promise<Note>;
  /** Deletes a note and returns it (for undo), or undefined when there was none. */
  deleteNote(id: string): Promise<Note | undefined>;
  /** Puts a deleted note back exactly as it was; NotesError('exists') if its id is taken again. */
  restoreNote(note: Note): Promise<Note>;
  getNote(id: string): Promise<Note | undefined>;
  /** The notes of a page (address normalised here), newest first. */
  notesForPage(url: string, canonical?: string): Promise<Note[]>;
  /**
   * The notes of a PDF: those kept under its address and those made on the same document (its
   * fingerprint) at any other address, newest first, each once.
   */
  notesForDocument(url: string, fingerprint: string): Promise<Note[]>;
  allNotes(): Promise<Note[]>;
  notesByTag(tag: string): Promise<Note[]>;
  notesByLink(entryId: string): Promise<Note[]>;
  /** Imports a notes file's text (or notes already parsed) item by item, storing every usable one in one transaction. */
  importNotes(input: string | readonly Note[]): Promise<ImportReport>;
  /** Deletes every note, and every quarantined record; returns how many notes there were. */
  eraseAll(): Promise<number>;
  count(): Promise<number>;
  /** How many records an upgrade set aside because they could not be repaired (notes-migrations.ts). */
  quarantined(): Promise<number>;
  close(): void;
}

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/** Turns whatever a failed write threw into a NotesError the views can explain. */
function asNotesError(error: unknown, transactionError: DOMException | null): NotesError {
  if (error instanceof NotesError) return error;
  if (isQuotaError(error) || isQuotaError(transactionError)) return new NotesQuotaError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new NotesError('storage', `the notes could not be stored: ${message}`, { cause: error });
}

/** Opens (creating or migrating as needed) the notes database. */
export async function openNotesDb(options: OpenNotesDbOptions = {}): Promise<NotesDb> {
  const name = options.name ?? NOTES_DB_NAME;
  const now = options.now ?? (() => new Date());
  const channel = options.channel === null ? null : openNotesChannel(options.channel ?? NOTES_CHANNEL);
  let connection: Promise<IDBPDatabase<NotesDbSchema>> | null = null;

  const connect = (): Promise<IDBPDatabase<NotesDbSchema>> => {
    if (connection) return connection;
    const opening = openDB<NotesDbSchema>(name, NOTES_DB_VERSION, {
      upgrade(db, oldVersion, newVersion, transaction) {
        // idb's promise for the upgrade transaction rejects when it aborts; openDB reports that failure.
        transaction.done.catch(() => undefined);
        // Migrations need the untyped view: older versions have other shapes.
        const untypedDb = db as unknown as UpgradeDb;
        const untypedTransaction = transaction as unknown as UpgradeTransaction;
        migrate(untypedDb, untypedTransaction, oldVersion, newVersion ?? NOTES_DB_VERSION).catch((error: unknown) => {
          // Aborting the upgrade keeps the old version intact; openDB then rejects with the abort.
          console.error('notes database migration failed', error);
          abortQuietly(transaction);
        });
      },
      blocking() {
        // A newer version is opening elsewhere (an updated extension): step aside; the next call reconnects.
        closeQuietly(connection);
        connection = null;
      },
      terminated() {
        connection = null;
      },
    });
    connection = opening;
    // A failed open is reported to whoever awaits it; the next call tries again.
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  };
  await connect();

  async function write<T>(work: (store: NotesStore) => Promise<{ value: T; ids: string[] }>): Promise<T> {
    const db = await connect();
    const transaction: WriteTransaction = db.transaction([NOTES_STORE, QUARANTINE_STORE], 'readwrite');
    try {
      const { value, ids } = await work(transaction.objectStore(NOTES_STORE));
      options.beforeCommit?.(transaction);
      await transaction.done;
      if (ids.length > 0) channel?.post({ type: 'changed', ids });
      return value;
    } catch (error) {
      abortQuietly(transaction);
      // The transaction's own promise rejects too once aborted; it is the same failure.
      await transaction.done.catch(() => undefined);
      throw asNotesError(error, transaction.error);
    }
  }

  const read = async () => connect();

  return {
    async addNote(draft) {
      const note = createNote(draft, { now: now() });
      return write(async (store) => {
        await store.add(note);
        return { value: note, ids: [note.id] };
      });
    },

    async updateNote(id, baseRevision, changes) {
      return write(async (store) => {
        const current = await store.get(id);
        if (!current) throw new NotesError('not-found', `note ${id} no longer exists`);
        if (current.revision !== baseRevision) throw new NotesConflictError(current, baseRevision);
        const next = applyChanges(current, changes, now());
        await store.put(next);
        return { value: next, ids: [id] };
      });
    },

    async deleteNote(id) {
      return write(async (store) => {
        const current = await store.get(id);
        if (!current) return { value: undefined, ids: [] };
        await store.delete(id);
        return { value: current, ids: [id] };
      });
    },

    async restoreNote(note) {
      const checked = checkNote(note);
      return write(async (store) => {
        if (await store.getKey(checked.id)) throw new NotesError('exists', `note ${checked.id} exists already`);
        await store.add(checked);
        return { value: checked, ids: [checked.id] };
      });
    },

    async getNote(id) {
      return (await read()).get(NOTES_STORE, id);
    },

    async notesForPage(url, canonical) {
      const target = normalisePageUrl(url, canonical);
      if (target === null) return [];
      const db = await read();
      const notes = await db.getAllFromIndex(NOTES_STORE, 'url_modified', IDBKeyRange.bound([target, ''], [target, '\uffff']));
      return notes.reverse();
    },

    async notesForDocument(url, fingerprint) {
      const target = normalisePageUrl(url);
      const db = await read();
      const [byAddress, byDocument] = await Promise.all([
        target === null ? [] : db.getAllFromIndex(NOTES_STORE, 'url', target),
        db.getAllFromIndex(NOTES_STORE, 'fingerprint', fingerprint.toLowerCase()),
      ]);
      const unique = new Map([...byAddress, ...byDocument].map((note) => [note.id, note]));
      return [...unique.values()].sort((a, b) => (a.modified === b.modified ? 0 : a.modified < b.modified ? 1 : -1));
    },

    async allNotes() {
      return (await read()).getAll(NOTES_STORE);
    },

    async notesByTag(tag) {
      return (await read()).getAllFromIndex(NOTES_STORE, 'tag', tag);
    },

    async notesByLink(entryId) {
      return (await read()).getAllFromIndex(NOTES_STORE, 'link', entryId);
    },

    async importNotes(input) {
      const parsed = typeof input === 'string' ? parseNotesImport(input, { now: now() }) : checkImportedNotes(input);
      if (!parsed.ok) return { added: 0, skipped: 0, errors: parsed.issues, refused: [], notices: [] };
      const { refused, notices, elsewhere } = parsed;
      return write(async (store) => {
        const plan = planImport(await store.getAll(), parsed.notes);
        await Promise.all(plan.add.map((note) => store.add(note)));
        const report: ImportReport = { added: plan.add.length, skipped: plan.skipped, errors: [], refused, notices };
        if (elsewhere) report.elsewhere = elsewhere;
        return { value: report, ids: plan.add.map((note) => note.id) };
      });
    },

    async eraseAll() {
      return write(async (store) => {
        const ids = await store.getAllKeys();
        await store.clear();
        await store.transaction.objectStore(QUARANTINE_STORE).clear();
        return { value: ids.length, ids };
      });
    },

    async count() {
      return (await read()).count(NOTES_STORE);
    },

    async quarantined() {
      return (await read()).count(QUARANTINE_STORE);
    },

    close() {
      closeQuietly(connection);
      connection = null;
      channel?.close();
    },
  };
}

/** Notes handed over already parsed (not from a file) get the same item-by-item check as a file: bad ones are skipped, with a reason. */
function checkImportedNotes(notes: readonly Note[]): ParsedImport {
  const refused: SkippedItem[] = [];
  const checked: Note[] = [];
  notes.forEach((note, item) => {
    try {
      checked.push(checkNote(note));
    } catch (error) {
      refused.push({ item, reason: 'invalid', detail: error instanceof Error ? error.message : String(error) });
    }
  });
  return { ok: true, notes: checked, refused, notices: [] };
}

/** Closes a connection once it is open; one that failed to open has nothing to close. */
function closeQuietly(connection: Promise<IDBPDatabase<NotesDbSchema>> | null): void {
  void connection?.then(
    (db) => db.close(),
    () => undefined,
  );
}

function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch (error) {
    // InvalidStateError: the transaction already finished or aborted itself (e.g. on a quota error).
    if (!(error instanceof DOMException)) throw error;
  }
}

/** Listens for note changes made in any context; returns the function that stops listening. */
export function onNotesChanged(listener: (change: NotesChange) => void, channelName: string = NOTES_CHANNEL): () => void {
  const channel = openNotesChannel(channelName, listener);
  return () => channel.close();
}
