import { describe, expect, test } from 'vitest';
import { onNotesChanged, openNotesDb, type NotesChange } from '../../../../lib/shared/stores/notes-db';
import { NotesConflictError, NotesError, NotesQuotaError } from '../../../../lib/core/notes/errors';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { HOSTILE_BODY, NOTES } from '../../../fixtures/notes/notes';
import { freshName, openTestDb, page } from '../../support/db-helpers';

const [first, second, third] = NOTES as [Note, Note, Note];
const quote = (exact: string) => ({ quote: { exact, prefix: '', suffix: '' } });

describe('notes database: CRUD and indexes', () => {
  test('add, get, update, delete and restore', async () => {
    const db = await openTestDb();
    const note = await db.addNote({ url: `${page(1)}?utm_source=x#top`, title: 'Pagina 1', body: 'eerste', tags: ['raad'] });
    expect(note.url).toBe(page(1));
    expect(await db.getNote(note.id)).toEqual(note);

    const updated = await db.updateNote(note.id, 1, { body: 'tweede', links: ['ws-democratie'] });
    expect(updated).toMatchObject({ body: 'tweede', revision: 2, links: ['ws-democratie'] });

    const deleted = await db.deleteNote(note.id);
    expect(deleted).toEqual(updated);
    expect(await db.getNote(note.id)).toBeUndefined();
    expect(await db.deleteNote(note.id)).toBeUndefined();

    await db.restoreNote(deleted as Note);
    expect(await db.getNote(note.id)).toEqual(updated);
    await expect(db.restoreNote(deleted as Note)).rejects.toMatchObject({ code: 'exists' });
  });

  test('notesForPage finds a page by any form of its address, newest first', async () => {
    let tick = 0;
    const db = await openTestDb({ now: () => new Date(Date.UTC(2026, 10, 1, 0, 0, tick++)) });
    const first = await db.addNote({ url: page(1), title: '', body: 'oud' });
    await db.addNote({ url: page(2), title: '', body: 'andere pagina' });
    const second = await db.addNote({ url: page(1), title: '', body: 'nieuw' });
    const found = await db.notesForPage(`${page(1).toUpperCase().replace('/BELEID/PAGINA-1', '/beleid/pagina-1')}?fbclid=1#x`);
    expect(found.map((note) => note.id)).toEqual([second.id, first.id]);
    expect(await db.notesForPage('chrome://newtab')).toEqual([]);
  });

  test('tag and link indexes (multiEntry), count and erase', async () => {
    const db = await openTestDb();
    const a = await db.addNote({ url: page(1), title: '', body: 'a', tags: ['raad', 'regio'], links: ['ws-democratie'] });
    const b = await db.addNote({ url: page(2), title: '', body: 'b', tags: ['regio'], links: ['ws-democratie', 'ws-sharing'] });
    expect((await db.notesByTag('regio')).map((note) => note.id).sort()).toEqual([a.id, b.id].sort());
    expect((await db.notesByTag('raad')).map((note) => note.id)).toEqual([a.id]);
    expect((await db.notesByLink('ws-sharing')).map((note) => note.id)).toEqual([b.id]);
    expect(await db.count()).toBe(2);
    expect(await db.eraseAll()).toBe(2);
    expect(await db.count()).toBe(0);
  });

  test('bodies are stored and returned verbatim, markup included', async () => {
    const db = await openTestDb();
    const note = await db.addNote({ url: page(1), title: '<b>titel</b>', body: HOSTILE_BODY, selectors: quote('<img src=x>') });
    expect((await db.getNote(note.id))?.body).toBe(HOSTILE_BODY);
  });

  test('invalid drafts are refused and nothing is stored', async () => {
    const db = await openTestDb();
    await expect(db.addNote({ url: 'chrome://settings', title: '', body: '' })).rejects.toBeInstanceOf(NotesError);
    await expect(db.addNote({ url: page(1), title: '', body: 'x'.repeat(200_000) })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.count()).toBe(0);
  });
});

describe('notes database: concurrent writers', () => {
  test('a stale revision is a conflict, and the stored note is untouched', async () => {
    const name = freshName();
    const one = await openTestDb({ name });
    const two = await openTestDb({ name });
    const note = await one.addNote({ url: page(1), title: '', body: 'begin' });
    await two.updateNote(note.id, 1, { body: 'door venster twee' });
    const attempt = one.updateNote(note.id, 1, { body: 'door venster een' });
    await expect(attempt).rejects.toBeInstanceOf(NotesConflictError);
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'notes_error_conflict',
      current: { body: 'door venster twee', revision: 2 },
    });
    expect((await one.getNote(note.id))?.body).toBe('door venster twee');
  });

  test('updating a deleted note says so', async () => {
    const db = await openTestDb();
    const note = await db.addNote({ url: page(1), title: '', body: '' });
    await db.deleteNote(note.id);
    await expect(db.updateNote(note.id, 1, { body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  test('two connections doing 100 interleaved adds and updates each lose nothing', async () => {
    const name = freshName();
    const handles = [await openTestDb({ name }), await openTestDb({ name })] as const;
    const shared = await handles[0].addNote({ url: page(0), title: '', body: '0' });

    async function worker(index: number) {
      const db = handles[index as 0 | 1];
      const mine: Note[] = [];
      let sharedEdits = 0;
      for (let step = 0; step < 100; step += 1) {
        if (step % 2 === 0) {
          mine.push(await db.addNote({ url: page(step), title: '', body: `w${index}-${step}` }));
        } else {
          // Retry on conflict, as a view would after reloading: every edit must land.
          for (;;) {
            const current = (await db.getNote(shared.id)) as Note;
            try {
              // The body is a counter: a lost update would show as a lower final count.
              await db.updateNote(shared.id, current.revision, { body: String(Number(current.body) + 1) });
              sharedEdits += 1;
              break;
            } catch (error) {
              if (!(error instanceof NotesConflictError)) throw error;
            }
          }
        }
      }
      return { mine, sharedEdits };
    }

    const results = await Promise.all([worker(0), worker(1)]);
    const db = handles[0];
    expect(await db.count()).toBe(1 + 50 + 50);
    for (const { mine } of results) for (const note of mine) expect(await db.getNote(note.id)).toEqual(note);
    const final = (await db.getNote(shared.id)) as Note;
    expect(final.revision).toBe(1 + 100);
    expect(final.body).toBe('100');
    expect(results.map((result) => result.sharedEdits)).toEqual([50, 50]);
  });
});

describe('notes database: import', () => {
  test('imports an export into an empty store, then skips everything the second time', async () => {
    const db = await openTestDb();
    const file = exportJsonLd(NOTES);
    expect(await db.importNotes(file)).toEqual({ added: 3, skipped: 0, errors: [], refused: [], notices: [] });
    expect(await db.importNotes(file)).toEqual({ added: 0, skipped: 3, errors: [], refused: [], notices: [] });
    expect(await db.count()).toBe(3);
    expect((await db.getNote(second.id))?.body).toBe(HOSTILE_BODY);
  });

  test('export, erase, import: everything is back', async () => {
    const db = await openTestDb();
    for (let n = 0; n < 20; n += 1)
      await db.addNote({
        url: page(n % 4),
        title: `t${n}`,
        body: `n${n}`,
        tags: [`t${n % 3}`],
        selectors: quote(`passage ${n}`),
      });
    const before = await db.allNotes();
    const file = exportJsonLd(before);
    await db.eraseAll();
    expect((await db.importNotes(file)).added).toBe(20);
    const after = await db.allNotes();
    expect(after).toEqual(before.map((note) => ({ ...note, revision: 1 })));
  });

  test('a bad item in the middle is skipped with its reason; the others are stored', async () => {
    const db = await openTestDb();
    const existing = await db.addNote({ url: page(9), title: '', body: 'er al' });
    const data = JSON.parse(exportJsonLd(NOTES));
    data.first.items.splice(1, 0, { ...data.first.items[0], id: 'urn:uuid:not-a-uuid', created: '2026-02-31T10:00:00Z' });
    const report = await db.importNotes(JSON.stringify(data));
    expect(report).toMatchObject({ added: 3, skipped: 0, errors: [] });
    expect(report.refused).toEqual([{ item: 1, reason: 'bad-date', detail: 'created: 2026-02-31T10:00:00Z' }]);
    expect(await db.count()).toBe(4);
    expect(await db.getNote(existing.id)).toEqual(existing);
  });

  test('a file that is not JSON stores nothing and says why', async () => {
    const db = await openTestDb();
    const report = await db.importNotes('{"@context": "http://www.w3.org/ns/anno.jsonld", ');
    expect(report).toMatchObject({ added: 0, errors: [{ code: 'not-json' }] });
    expect(await db.count()).toBe(0);
  });

  test('parsed notes with a bad one in the middle: that one is skipped, the rest stored', async () => {
    const db = await openTestDb();
    const bad = { ...first, id: '1b6c1f4e-6a5b-4c1e-9c54-1d2f6b3a9e01', url: 'javascript:alert(1)' };
    const report = await db.importNotes([first, bad, third]);
    expect(report).toMatchObject({ added: 2, errors: [], refused: [{ item: 1, reason: 'invalid' }] });
    expect(await db.count()).toBe(2);
  });

  test('a transaction aborted mid-way (after half the writes) stores nothing', async () => {
    const name = freshName();
    let fail = false;
    const db = await openTestDb({
      name,
      beforeCommit: () => {
        if (fail) throw new DOMException('simulated failure', 'UnknownError');
      },
    });
    await db.addNote({ url: page(1), title: '', body: 'bewaard' });
    fail = true;
    await expect(db.importNotes(exportJsonLd(NOTES))).rejects.toMatchObject({ code: 'storage' });
    fail = false;
    expect((await db.allNotes()).map((note) => note.body)).toEqual(['bewaard']);
  });
});

describe('notes database: a full quota', () => {
  test('QuotaExceededError becomes NotesQuotaError and stored data stays intact', async () => {
    let full = false;
    const db = await openTestDb({
      beforeCommit: () => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    const kept = await db.addNote({ url: page(1), title: '', body: 'bewaard', tags: ['a'] });
    full = true;
    await expect(db.addNote({ url: page(2), title: '', body: 'te veel' })).rejects.toBeInstanceOf(NotesQuotaError);
    await expect(db.updateNote(kept.id, 1, { body: 'kapot?' })).rejects.toMatchObject({
      code: 'quota',
      messageKey: 'notes_error_quota',
    });
    await expect(db.importNotes(exportJsonLd(NOTES))).rejects.toBeInstanceOf(NotesQuotaError);
    await expect(db.eraseAll()).rejects.toBeInstanceOf(NotesQuotaError);
    full = false;
    expect(await db.allNotes()).toEqual([kept]);
  });
});

describe('notes database: change notifications', () => {
  test('every committed write is announced on the BroadcastChannel; failed writes are not', async () => {
    const channel = `regiolens-notes-test-${Math.random()}`;
    const db = await openTestDb({ channel });
    const received: NotesChange[] = [];
    const stop = onNotesChanged((change) => received.push(change), channel);
    const raw = new BroadcastChannel(channel);
    const rawReceived: unknown[] = [];
    raw.onmessage = (event) => rawReceived.push(event.data);

    const note = await db.addNote({ url: page(1), title: '', body: '' });
    await db.updateNote(note.id, 1, { body: 'x' });
    await expect(db.updateNote(note.id, 1, { body: 'stale' })).rejects.toBeInstanceOf(NotesConflictError);
    await db.deleteNote(note.id);
    await expect.poll(() => received.length).toBe(3);
    expect(received).toEqual([
      { type: 'changed', ids: [note.id] },
      { type: 'changed', ids: [note.id] },
      { type: 'changed', ids: [note.id] },
    ]);
    expect(rawReceived).toHaveLength(3);
    stop();
    raw.close();
  });

  test('a second database handle on another channel stays quiet (channels are separate)', async () => {
    const name = freshName();
    const channel = `regiolens-notes-test-${Math.random()}`;
    const received: NotesChange[] = [];
    const stop = onNotesChanged((change) => received.push(change), channel);
    const db = await openNotesDb({ name, channel: `${channel}-other` });
    await db.addNote({ url: page(1), title: '', body: '' });
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual([]);
    stop();
  });
});
