/**
 * Version 6 of the notes database (#13): notes on PDFs, found by the
 * document's address or by its fingerprint. The upgrade from a version-5
 * database made by hand (raw IndexedDB, none of today's code) must keep every
 * record exactly as it was.
 */
import { deleteDB } from 'idb';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Note } from '../../../../lib/core/notes/types';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { rawIndexNames } from '../../../fixtures/notes/old-versions';
import { createRawV4OrV5, freshName, rawRecords } from '../../support/db-helpers';

const ISO = '2026-06-01T10:00:00.000Z';
const FINGERPRINT = '3f2a9c0d1e4b5a6978877665544332211';
const PDF = 'https://www.rob-rad.nl/documenten/ambacht.pdf';
const MIRROR = 'file:///home/griffier/Downloads/ambacht.pdf';

function v5Note(id: string, url: string, extra: Partial<Note> = {}): Note {
  return {
    id,
    url,
    title: 'Niet alleen ambt, ook een ambacht',
    selectors: { quote: { exact: 'schakelen tussen schalen', prefix: 'het vak van ', suffix: ' vraagt' } },
    body: 'Kern van het advies',
    tags: ['rob'],
    links: [],
    created: ISO,
    modified: ISO,
    revision: 3,
    ...extra,
  };
}

/** A version-5 database as that version made it, holding `records` and one quarantined record. */
const createV5 = (name: string, records: readonly unknown[]) =>
  createRawV4OrV5(name, 5, records, [{ record: { id: 7 }, reason: 'id is not a note id', version: 4, quarantined: ISO }]);

async function openCurrent(name: string) {
  const db = await openNotesDb({ name, channel: null, now: () => new Date('2026-07-01T09:00:00.000Z') });
  onTestFinished(async () => {
    db.close();
    await deleteDB(name);
  });
  return db;
}

const ID_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ID_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('notes database version 6: PDF notes', () => {
  test('the upgrade from version 5 keeps every record and the quarantine exactly as they were', async () => {
    const name = freshName();
    const records = [v5Note(ID_A, PDF), v5Note(ID_B, 'https://www.vng.nl/regio', { selectors: undefined })];
    // A record with an undefined field stores without it.
    delete (records[1] as Partial<Note>).selectors;
    await createV5(name, records);
    const quarantinedBefore = await rawRecords(name, 'quarantine');

    const db = await openCurrent(name);
    expect(await db.allNotes()).toEqual(records);
    expect(await db.quarantined()).toBe(1);
    db.close();
    expect(await rawRecords(name, 'notes')).toEqual(records);
    expect(await rawRecords(name, 'quarantine')).toEqual(quarantinedBefore);
    expect((await rawIndexNames(name)).indexes).toContain('fingerprint');
  });

  test('a document finds its notes by address and, at another address, by fingerprint', async () => {
    const name = freshName();
    await createV5(name, [v5Note(ID_A, PDF)]);
    const db = await openCurrent(name);

    const draft = {
      url: PDF,
      title: 'Ambacht',
      body: 'Op pagina 4',
      pdf: { fingerprint: FINGERPRINT.toUpperCase() },
      selectors: { quote: { exact: 'ambacht', prefix: 'ook een ', suffix: '.' }, position: { start: 120, end: 127 }, page: 4 },
    };
    const added = await db.addNote(draft);
    expect(added.pdf).toEqual({ fingerprint: FINGERPRINT });
    expect(added.selectors?.page).toBe(4);

    // At its own address: the old note (no fingerprint) and the new one, newest first.
    expect((await db.notesForDocument(PDF, FINGERPRINT)).map((note) => note.id)).toEqual([added.id, ID_A]);
    // The same file downloaded: only the note that knows the document.
    expect((await db.notesForDocument(MIRROR, FINGERPRINT)).map((note) => note.id)).toEqual([added.id]);
    // Another document at the download's address: nothing.
    expect(await db.notesForDocument(MIRROR, 'aa'.repeat(16))).toEqual([]);
  });

  test('a bad page number or fingerprint is refused with a clear error and nothing is stored', async () => {
    const db = await openCurrent(freshName());
    const quote = { exact: 'regio', prefix: '', suffix: '' };
    await expect(db.addNote({ url: PDF, title: '', body: 'x', selectors: { quote, page: 0 } })).rejects.toThrow(/page/);
    await expect(db.addNote({ url: PDF, title: '', body: 'x', pdf: { fingerprint: '<script>' } })).rejects.toThrow(/fingerprint/);
    expect(await db.count()).toBe(0);
  });
});
