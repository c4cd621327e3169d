/**
 * Notes from other tools, end to end through the notes store and real
 * IndexedDB: a Hypothesis-shaped JSON-LD file and the W3C example kinds are
 * imported item by item (what cannot be used is skipped with a reason), are
 * stored, export again as W3C JSON-LD, and survive erase → import unchanged.
 */
import { expect, test } from 'vitest';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import hypothesis from '../../../fixtures/notes/hypothesis-export.json';
import { EXAMPLE_KINDS } from '../../../fixtures/notes/w3c-example-kinds';
import { openTestDb } from '../../support/db-helpers';

test('a Hypothesis export is stored, exported and restored without loss; importing it twice adds nothing', async () => {
  const db = await openTestDb();
  const file = JSON.stringify(hypothesis);
  const report = await db.importNotes(file);
  expect(report).toMatchObject({ added: 4, skipped: 0, errors: [], refused: [] });
  expect(report.notices.filter((notice) => notice.code === 'selectors-skipped')).toHaveLength(2);
  expect(await db.importNotes(file)).toMatchObject({ added: 0, skipped: 4 });

  const stored = await db.notesForPage('https://www.regio-twente.nl/samenwerking/agenda');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ body: 'Dit is **de kern**: wie beslist er in de regio?', tags: ['democratie', 'Regio'] });

  const before = await db.allNotes();
  const exported = exportJsonLd(before);
  expect(await db.eraseAll()).toBe(4);
  const restored = await db.importNotes(exported);
  expect(restored).toMatchObject({ added: 4, skipped: 0, errors: [], refused: [] });
  // The Markdown texts came back as Markdown: the only remark is that they are shown as text.
  expect(restored.notices.map((notice) => `${notice.code} ${notice.detail}`)).toEqual(
    Array.from({ length: 3 }, () => 'markup-as-text text/markdown'),
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect((await db.allNotes()).sort(byId)).toEqual(before.sort(byId));
});

test('a file of all W3C example kinds: the usable ones are stored, the others are reported with reasons', async () => {
  const db = await openTestDb();
  const annotations = EXAMPLE_KINDS.filter((kind) => kind.data.type === 'Annotation').map((kind) => kind.data);
  const report = await db.importNotes(JSON.stringify(annotations));
  const expectedSkipped = EXAMPLE_KINDS.filter((kind) => kind.data.type === 'Annotation' && 'skipped' in kind.expect).length;
  expect(report.refused).toHaveLength(expectedSkipped);
  expect(report.added + report.skipped).toBe(annotations.length - expectedSkipped);
  expect(await db.count()).toBe(report.added);
  for (const refused of report.refused) expect(refused.reason).not.toBe('invalid');
});
