/**
 * Schema history of the "regiolens-notes" database. Every change of the
 * schema or of the stored records' shape is one migration here, run inside
 * the upgrade (versionchange) transaction, so a failing migration aborts and
 * leaves the previous version untouched. Each migration is tested from every
 * earlier version with data in it (tests/browser/shared/stores/notes-migrations.test.ts,
 * notes-quarantine.test.ts).
 *
 * Version 1 (first release): store `notes` (keyPath id) with indexes `url`
 *   and `modified`; records {id, url, title, quote?, position?, body,
 *   tags: "comma, separated", created, modified}.
 * Version 2: tags become a list (index `tag`, multiEntry); quote/position
 *   move under `selectors`; links to index entries (index `link`, multiEntry);
 *   a `revision` counter for concurrent edits.
 * Version 3: compound index `url_modified` [url, modified], so one page's
 *   notes come out newest first without sorting.
 * Version 4: store `quarantine` (out-of-line keys, autoIncrement), and every
 *   record is checked against today's schema.
 * Version 5: TextPositionSelector offsets count Unicode code points, as the
 *   Web Annotation model says, no longer UTF-16 units (#16). The page is not
 *   at hand in an upgrade, so each position is re-derived from what the note
 *   kept of it: the surrogate pairs in the stored prefix and quote are
 *   counted out. That is exact when no emoji (or other character outside the
 *   BMP) stood more than the prefix's 32 characters before the passage; when
 *   one did, the position is a few characters late, and the anchoring does
 *   not need it: it is a hint (the text there must still be the quote), and
 *   the quote with its context finds the passage. Context cut in the middle
 *   of a surrogate pair by earlier versions loses the lone half.
 * Version 6: notes on PDFs (#13). A note may carry `pdf: {fingerprint}` and
 *   its selectors a `page`; index `fingerprint` on `pdf.fingerprint` finds a
 *   document's notes wherever it was opened from. Only an index is added:
 *   every stored record stays exactly as it was (notes without `pdf` are
 *   simply not in the new index).
 *
 * Corrupted records (#11, item 6). Earlier versions migrated records
 * unchecked: one record whose id had changed type made cursor.update throw,
 * which aborted the upgrade on every open (no note reachable), and other bad
 * records reached the store and later made an export refuse to import. Now
 * each record is repaired where that needs no guessing, or set aside:
 * - repaired: a missing or non-text title becomes '', a missing body, tags
 *   or links '' or [], a title is cut to its limit, tags and links are
 *   normalised as when written (v1's comma string split first), a
 *   missing or invalid `modified` becomes `created`, a missing or invalid
 *   revision 1, dates stored as Date objects ISO strings, missing quote
 *   context '', an invalid position is dropped (only a hint: the quote
 *   anchors the note), unknown fields are dropped;
 * - quarantined: anything else that fails the schema (an id that is not a
 *   note id, no valid creation date, a bad address, body, quote, tags or
 *   links, a record that is not an object). The record moves, exactly as it
 *   was stored, into the `quarantine` store as {record, reason, version,
 *   quarantined}, and leaves `notes`, so the upgrade always completes and
 *   the data is kept for a later export or repair. The store is created by
 *   the first migration that needs it (version 2 sets aside version-1
 *   records before converting them, so their original shape is kept) and at
 *   the latest by version 4. NotesDb#quarantined() counts them.
 * The only requests made are ones bad data cannot make fail (update under
 * the same key, add under a generated key, delete), so no request error
 * aborts the upgrade either.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { checkNote, normaliseLinks, normaliseTags } from '../../core/notes/create';
import { LIMITS } from '../../core/notes/limits';
import {
  IsoDateSchema,
  NoteSchema,
  PageNumberSchema,
  PdfIdentitySchema,
  TextPositionSelectorSchema,
} from '../../core/notes/schema';
import type { Note } from '../../core/notes/types';

export const NOTES_DB_VERSION = 6;
export const NOTES_STORE = 'notes';
export const QUARANTINE_STORE = 'quarantine';

/** The untyped view of the database a migration works on: each version has its own shape. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A record set aside by a migration, in the `quarantine` store. */
export interface QuarantinedRecord {
  /** The record exactly as it was stored. */
  record: unknown;
  /** Why it could not be kept, e.g. "invalid note (created): Invalid timestamp". */
  reason: string;
  /** The migration (database version) that set it aside. */
  version: number;
  /** When, as an ISO time. */
  quarantined: string;
}

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
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const missing = (value: unknown): value is null | undefined => value === undefined || value === null;
const allStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A version-1 record in today's shape, unchecked: fields keep their stored
 * values (the id above all: the key must not change) so repairNote can judge
 * them. A quote with no text was a page note; any other quote is kept.
 */
export function noteFromV1(old: Record<string, unknown>): Record<string, unknown> {
  const note: Record<string, unknown> = {
    id: old.id,
    url: old.url,
    title: old.title,
    body: old.body,
    tags: typeof old.tags === 'string' ? old.tags.split(',') : old.tags,
    links: [],
    created: old.created,
    modified: old.modified,
  };
  const quote = old.quote;
  const pageNote = missing(quote) || (isRecord(quote) && (missing(quote.exact) || quote.exact === ''));
  if (!pageNote) note.selectors = missing(old.position) ? { quote } : { quote, position: old.position };
  return note;
}

export type Repaired = { ok: true; note: Note } | { ok: false; reason: string };

/** An ISO time from a string or a Date, or undefined. */
function isoTime(value: unknown): string | undefined {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
  return v.is(IsoDateSchema, text) ? text : undefined;
}

function repairSelectors(selectors: unknown): unknown {
  if (!isRecord(selectors)) return selectors;
  const quote = selectors.quote;
  const repaired: Record<string, unknown> = {
    quote: isRecord(quote)
      ? {
          exact: quote.exact,
          prefix: typeof quote.prefix === 'string' ? quote.prefix.slice(-LIMITS.context) : '',
          suffix: typeof quote.suffix === 'string' ? quote.suffix.slice(0, LIMITS.context) : '',
        }
      : quote,
  };
  if (v.is(TextPositionSelectorSchema, selectors.position)) repaired.position = selectors.position;
  if (v.is(PageNumberSchema, selectors.page)) repaired.page = selectors.page;
  return repaired;
}

/** The record as a valid note, repaired as the file comment lists, or why it cannot be one. */
export function repairNote(value: unknown): Repaired {
  if (!isRecord(value)) return { ok: false, reason: `not a note record (${Array.isArray(value) ? 'array' : typeof value})` };
  const created = isoTime(value.created);
  const note: Record<string, unknown> = {
    id: value.id,
    url: value.url,
    title: typeof value.title === 'string' ? value.title.slice(0, LIMITS.title) : '',
    body: missing(value.body) ? '' : value.body,
    tags: missing(value.tags) ? [] : allStrings(value.tags) ? normaliseTags(value.tags) : value.tags,
    links: missing(value.links) ? [] : allStrings(value.links) ? normaliseLinks(value.links) : value.links,
    created: created ?? value.created,
    modified: isoTime(value.modified) ?? created ?? value.modified,
    revision: Number.isInteger(value.revision) && (value.revision as number) >= 1 ? value.revision : 1,
  };
  if (!missing(value.selectors)) note.selectors = repairSelectors(value.selectors);
  if (v.is(PdfIdentitySchema, value.pdf)) note.pdf = value.pdf;
  try {
    return { ok: true, note: checkNote(note) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The quarantine store, created on first use within the upgrade. */
function quarantineStore(db: UpgradeDb, transaction: UpgradeTransaction) {
  if (!db.objectStoreNames.contains(QUARANTINE_STORE)) db.createObjectStore(QUARANTINE_STORE, { autoIncrement: true });
  return transaction.objectStore(QUARANTINE_STORE);
}

/**
 * Runs `convert` over every record of `notes`: a note it returns replaces the
 * record (unless it is the record itself), anything else sends the record to
 * the quarantine. A note whose id is not the record's key is quarantined too,
 * as cursor.update would refuse it and abort the upgrade.
 */
async function checkEveryRecord(
  db: UpgradeDb,
  transaction: UpgradeTransaction,
  version: number,
  convert: (value: unknown) => Repaired,
): Promise<void> {
  const store = transaction.objectStore(NOTES_STORE);
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const value: unknown = cursor.value;
    let result: Repaired;
    try {
      result = convert(value);
    } catch (error) {
      result = { ok: false, reason: `could not be read: ${String(error)}` };
    }
    if (result.ok && result.note.id !== cursor.primaryKey) result = { ok: false, reason: 'id does not match its key' };
    if (result.ok) {
      if (result.note !== value) await cursor.update(result.note);
      continue;
    }
    const entry: QuarantinedRecord = { record: value, reason: result.reason, version, quarantined: new Date().toISOString() };
    await quarantineStore(db, transaction).add(entry);
    await cursor.delete();
  }
}

const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;
const LONE_SURROGATE = /^[\udc00-\udfff]|[\ud800-\udbff]$/g;
const pairs = (text: string) => text.match(SURROGATE_PAIRS)?.length ?? 0;

/**
 * A stored note with its position in code points (version 5), or the note
 * itself when there is nothing to change. Old context may begin or end with
 * half a surrogate pair; that half is dropped.
 */
export function positionInCodePoints(note: Note): Note {
  const selectors = note.selectors;
  if (!selectors) return note;
  const { exact } = selectors.quote;
  const prefix = selectors.quote.prefix.replace(LONE_SURROGATE, '');
  const suffix = selectors.quote.suffix.replace(LONE_SURROGATE, '');
  const position = selectors.position;
  const astralBefore = pairs(prefix);
  const astralIn = pairs(exact);
  const unchanged = prefix === selectors.quote.prefix && suffix === selectors.quote.suffix;
  if (unchanged && (!position || astralBefore + astralIn === 0)) return note;
  const quote = { exact, prefix, suffix };
  if (!position) return { ...note, selectors: { quote } };
  const start = Math.max(0, position.start - astralBefore);
  return { ...note, selectors: { quote, position: { start, end: start + exact.length - astralIn } } };
}

type Migration = (db: UpgradeDb, transaction: UpgradeTransaction) => Promise<void>;

/** MIGRATIONS[n] brings a database from version n - 1 to version n. */
export const MIGRATIONS: Record<number, Migration> = {
  1: async (db) => {
    const store = db.createObjectStore(NOTES_STORE, { keyPath: 'id' });
    store.createIndex('url', 'url');
    store.createIndex('modified', 'modified');
  },
  2: async (db, transaction) => {
    await checkEveryRecord(db, transaction, 2, (value) => repairNote(isRecord(value) ? noteFromV1(value) : value));
    const store = transaction.objectStore(NOTES_STORE);
    store.createIndex('tag', 'tags', { multiEntry: true });
    store.createIndex('link', 'links', { multiEntry: true });
  },
  3: async (_db, transaction) => {
    transaction.objectStore(NOTES_STORE).createIndex('url_modified', ['url', 'modified']);
  },
  4: async (db, transaction) => {
    quarantineStore(db, transaction);
    // Records the schema accepts are left as they are (no write); the others are repaired or set aside.
    await checkEveryRecord(db, transaction, 4, (value) =>
      v.is(NoteSchema, value) ? { ok: true, note: value as Note } : repairNote(value),
    );
  },
  5: async (db, transaction) => {
    // Version 4 left only valid notes; a record that is not one (written since by hand) is repaired or set aside.
    await checkEveryRecord(db, transaction, 5, (value) => {
      const repaired: Repaired = v.is(NoteSchema, value) ? { ok: true, note: value as Note } : repairNote(value);
      return repaired.ok ? { ok: true, note: positionInCodePoints(repaired.note) } : repaired;
    });
  },
  6: async (_db, transaction) => {
    transaction.objectStore(NOTES_STORE).createIndex('fingerprint', 'pdf.fingerprint');
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
