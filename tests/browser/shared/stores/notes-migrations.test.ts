import { deleteDB } from 'idb';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { MIGRATIONS, NOTES_DB_VERSION } from '../../../../lib/shared/stores/notes-migrations';
import { NoteSchema } from '../../../../lib/core/notes/schema';
import * as v from 'valibot';
import { createV1, createV2, rawIndexNames, V1_RECORDS, V2_RECORDS } from '../../../fixtures/notes/old-versions';
import { freshName, rawRecords } from '../../support/db-helpers';

type V1 = (typeof V1_RECORDS)[number];
const [v1a, v1b, v1c] = V1_RECORDS as unknown as [V1 & { quote: object }, V1, V1];
const [v2a] = V2_RECORDS as unknown as [(typeof V2_RECORDS)[number]];

const CURRENT_INDEXES = ['fingerprint', 'link', 'modified', 'tag', 'url', 'url_modified'];

async function openCurrent(name: string) {
  const db = await openNotesDb({ name, channel: null });
  onTestFinished(async () => {
    db.close();
    await deleteDB(name);
  });
  return db;
}

describe('notes database migrations', () => {
  test('every version up to the current one has a migration', () => {
    for (let version = 1; version <= NOTES_DB_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(NOTES_DB_VERSION).toBe(6);
  });

  test('a new database gets the current schema', async () => {
    const name = freshName();
    const db = await openCurrent(name);
    expect(await db.count()).toBe(0);
    expect(await db.quarantined()).toBe(0);
    db.close();
    expect(await rawIndexNames(name)).toEqual({ version: NOTES_DB_VERSION, indexes: CURRENT_INDEXES });
    expect(await rawRecords(name, 'quarantine')).toEqual([]);
  });

  test('from version 1 with data: records converted, every index works', async () => {
    const name = freshName();
    await createV1(name);
    const db = await openCurrent(name);

    const notes = await db.allNotes();
    expect(notes).toHaveLength(V1_RECORDS.length);
    for (const note of notes) expect(v.safeParse(NoteSchema, note).success).toBe(true);

    const first = await db.getNote(v1a.id);
    expect(first).toEqual({
      id: v1a.id,
      url: 'https://www.vng.nl/artikelen/proef-verschil',
      title: 'Proef verschil!',
      selectors: { quote: v1a.quote, position: { start: 400, end: 429 } },
      body: 'Vraag voor de griffier',
      tags: ['democratie', 'raad'],
      links: [],
      created: '2025-03-01T10:00:00.000Z',
      modified: '2025-03-02T10:00:00.000Z',
      revision: 1,
    });
    const buggy = await db.getNote(v1c.id);
    expect(buggy).toMatchObject({
      tags: [],
      selectors: { quote: { exact: 'ambacht', prefix: '', suffix: '' } },
      body: '<script>alert(1)</script>',
    });

    expect((await db.notesByTag('raad')).map((note) => note.id)).toEqual([v1a.id]);
    expect((await db.notesForPage('https://www.vng.nl/artikelen/proef-verschil')).map((note) => note.id)).toEqual([
      v1b.id,
      v1a.id,
    ]);
    // Migrated notes can be edited with the revision they were given.
    expect((await db.updateNote(v1a.id, 1, { links: ['ws-democratie'] })).revision).toBe(2);
    expect((await db.notesByLink('ws-democratie')).map((note) => note.id)).toEqual([v1a.id]);
    db.close();
    expect(await rawIndexNames(name)).toEqual({ version: NOTES_DB_VERSION, indexes: CURRENT_INDEXES });
  });

  test('from version 2 with data: records kept as they were, the new index works', async () => {
    const name = freshName();
    await createV2(name);
    const db = await openCurrent(name);
    expect(await db.allNotes()).toEqual(V2_RECORDS);
    expect((await db.notesForPage(v2a.url)).map((note) => note.id)).toEqual([v2a.id]);
    expect((await db.notesByLink('pub-p31-regio')).map((note) => note.id)).toEqual([v2a.id]);
    await expect(db.updateNote(v2a.id, 3, { body: 'oud' })).rejects.toMatchObject({ code: 'conflict' });
    db.close();
    expect(await rawIndexNames(name)).toEqual({ version: NOTES_DB_VERSION, indexes: CURRENT_INDEXES });
  });

  test('an open old connection does not block the upgrade forever: the current code steps aside for newer versions', async () => {
    const name = freshName();
    const db = await openCurrent(name);
    await db.addNote({ url: 'https://example.nl/', title: '', body: 'blijft' });
    // A future version opening elsewhere: our connection must close itself (blocking handler).
    const future = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, NOTES_DB_VERSION + 1);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    expect(future.version).toBe(NOTES_DB_VERSION + 1);
    future.close();
  });
});
