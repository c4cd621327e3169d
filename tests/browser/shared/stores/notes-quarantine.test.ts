/**
 * Old databases with corrupted records (#11, item 6): the upgrade must always
 * open the database, migrate the valid notes, repair what can be repaired and
 * set the rest aside in the quarantine store, so that one bad record neither
 * makes every note unreachable nor makes export → erase → import refuse the file.
 */
import { deleteDB } from 'idb';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import { NoteSchema } from '../../../../lib/core/notes/schema';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { MIGRATIONS, NOTES_DB_VERSION } from '../../../../lib/shared/stores/notes-migrations';
import { createV1, createV2, V1_RECORDS, V2_RECORDS } from '../../../fixtures/notes/old-versions';
import { freshName, putRawRecords, rawRecords, upgradeRawToV3 } from '../../support/db-helpers';

const ISO = '2025-05-01T10:00:00.000Z';
const id = (n: number) => `7a1e0c2b-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

/** A version-1 record (tags as a comma string, quote at the top), with some fields changed. */
const v1 = (n: number, fields: Record<string, unknown> = {}) => ({
  id: id(n),
  url: 'https://www.vng.nl/artikelen/regio',
  title: 'Regio',
  body: `notitie ${n}`,
  tags: 'regio',
  created: ISO,
  modified: ISO,
  ...fields,
});

/** A version-2 (today's shape) record, with some fields changed. */
const V2_BASE = V2_RECORDS[0] as (typeof V2_RECORDS)[number];
const v2 = (n: number, fields: Record<string, unknown> = {}) => ({ ...V2_BASE, id: id(n), body: `notitie ${n}`, ...fields });

/** Unhandled rejections in this window, so a test can say none escaped. */
let unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => {
  unhandled.push(event.reason);
  event.preventDefault();
};
beforeEach(() => {
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
});
afterEach(async () => {
  // Rejections are reported a task after they happen.
  await new Promise((resolve) => setTimeout(resolve, 20));
  window.removeEventListener('unhandledrejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

async function openCurrent(name: string) {
  const db = await openNotesDb({ name, channel: null });
  onTestFinished(async () => {
    db.close();
    await deleteDB(name);
  });
  return db;
}

/** What the quarantine store holds: the records exactly as they were stored, each with a reason. */
async function quarantinedRecords(name: string): Promise<Array<{ record: unknown; reason: string }>> {
  return (await rawRecords(name, 'quarantine')) as Array<{ record: unknown; reason: string }>;
}

/** Every note passes the schema, and an export of them imports again after erasing everything. */
async function expectExportRoundTrip(db: Awaited<ReturnType<typeof openCurrent>>): Promise<void> {
  const notes = await db.allNotes();
  for (const note of notes) expect(v.safeParse(NoteSchema, note).issues).toBeUndefined();
  const file = exportJsonLd(notes);
  expect(parseNotesImport(file)).toMatchObject({ ok: true });
  expect(await db.eraseAll()).toBe(notes.length);
  expect(await db.quarantined()).toBe(0);
  expect(await db.importNotes(file)).toEqual({ added: notes.length, skipped: 0, errors: [], refused: [], notices: [] });
}

describe('migrating corrupted notes', () => {
  test('version 1: a non-string id no longer aborts the upgrade; bad records quarantined, the rest repaired', async () => {
    const name = freshName();
    await createV1(name);
    const bad = [
      { ...v1(0), id: 42 },
      v1(1, { id: 'geen-uuid' }),
      v1(2, { created: 'gisteren', modified: undefined }),
      v1(3, { quote: 'een passage als tekst' }),
      v1(4, { url: 'javascript:alert(1)' }),
      v1(5, { body: 7 }),
    ];
    const repairable = [
      v1(10, { modified: undefined, tags: undefined }),
      v1(11, { created: new Date(ISO), modified: 'kapot' }),
      v1(12, { title: 5, quote: { exact: 'regio', prefix: 3 }, position: { start: 9, end: 2 } }),
      v1(13, { kleur: 'geel' }),
    ];
    await putRawRecords(name, [...bad, ...repairable]);

    const db = await openCurrent(name);
    expect(await db.count()).toBe(V1_RECORDS.length + repairable.length);
    expect(await db.quarantined()).toBe(bad.length);
    expect((await quarantinedRecords(name)).map((entry) => entry.record)).toEqual(expect.arrayContaining(bad));
    for (const entry of await quarantinedRecords(name)) expect(entry.reason).toMatch(/\w/);

    expect(await db.getNote(id(10))).toMatchObject({ tags: [], created: ISO, modified: ISO, revision: 1 });
    expect(await db.getNote(id(11))).toMatchObject({ created: ISO, modified: ISO });
    const twelve = await db.getNote(id(12));
    expect(twelve).toMatchObject({ title: '', selectors: { quote: { exact: 'regio', prefix: '', suffix: '' } } });
    expect(twelve?.selectors?.position).toBeUndefined();
    expect(await db.getNote(id(13))).not.toHaveProperty('kleur');
    // The fixture's notes migrate as before.
    expect((await db.notesByTag('raad')).map((note) => note.id)).toEqual([V1_RECORDS[0]?.id]);
    await expectExportRoundTrip(db);
  });

  test('version 2: records in the wrong shape quarantined, missing fields filled in, stray fields dropped', async () => {
    const name = freshName();
    await createV2(name);
    const bad = [
      v2(0, { id: 7 }),
      v2(1, { created: '1 mei' }),
      v2(2, { selectors: 'passage' }),
      v2(3, { tags: { regio: true } }),
      v2(4, { links: ['goed', 'geen entry id!'] }),
    ];
    const repairable = [
      v2(10, { tags: undefined, links: undefined, modified: undefined, revision: undefined }),
      v2(11, {
        selectors: { quote: { exact: 'regio', prefix: 'de ', suffix: '.', extra: 1 }, position: { start: -1, end: 3 } },
        kleur: 'geel',
      }),
    ];
    await putRawRecords(name, [...bad, ...repairable]);

    const db = await openCurrent(name);
    expect(await db.count()).toBe(V2_RECORDS.length + repairable.length);
    expect(await db.quarantined()).toBe(bad.length);
    expect((await quarantinedRecords(name)).map((entry) => entry.record)).toEqual(expect.arrayContaining(bad));
    expect(await db.getNote(V2_BASE.id)).toEqual(V2_BASE);
    expect(await db.getNote(id(10))).toMatchObject({ tags: [], links: [], modified: v2(10).created, revision: 1 });
    expect(await db.getNote(id(11))).toEqual({
      ...v2(11),
      selectors: { quote: { exact: 'regio', prefix: 'de ', suffix: '.' } },
    } as unknown);
    await expectExportRoundTrip(db);
  });

  test('version 3 as the previous release left it (records migrated unchecked) is checked too', async () => {
    const name = freshName();
    await createV2(name);
    await upgradeRawToV3(name);
    await putRawRecords(name, [v2(0, { created: '' }), v2(1, { tags: 'regio, raad' }), v2(2, { modified: '' })]);

    const db = await openCurrent(name);
    expect(await db.quarantined()).toBe(2);
    expect(await db.getNote(id(2))).toMatchObject({ modified: v2(2).created });
    expect((await db.notesForPage(v2(2).url)).map((note) => note.id)).toContain(id(2));
    await expectExportRoundTrip(db);
  });

  test('a new database has an empty quarantine', async () => {
    const db = await openCurrent(freshName());
    expect(await db.quarantined()).toBe(0);
  });

  test('a migration that fails leaves the old version intact, rejects the open and lets no rejection escape', async () => {
    const name = freshName();
    await createV2(name);
    onTestFinished(() => deleteDB(name));
    const migration = MIGRATIONS[NOTES_DB_VERSION];
    MIGRATIONS[NOTES_DB_VERSION] = async () => {
      throw new Error('kapotte migratie');
    };
    try {
      await expect(openNotesDb({ name, channel: null })).rejects.toBeDefined();
    } finally {
      MIGRATIONS[NOTES_DB_VERSION] = migration as (typeof MIGRATIONS)[number];
    }
    expect(await rawRecords(name, 'notes')).toEqual(V2_RECORDS);
    const db = await openCurrent(name);
    expect(await db.allNotes()).toEqual(V2_RECORDS);
  });
});
