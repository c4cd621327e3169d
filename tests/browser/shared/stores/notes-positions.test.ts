/**
 * Version 5 of the notes database (#16): positions in code points. A note
 * stored by version 4 counted UTF-16 units and may keep half an emoji at the
 * edge of its context; after the upgrade, on real IndexedDB, it must still
 * anchor on the right passage of a page with emoji before it.
 */
import { deleteDB } from 'idb';
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { anchorNotes } from '../../../../lib/page/anchor-page';
import { readPageText } from '../../../../lib/core/notes/page-text';
import type { Note } from '../../../../lib/core/notes/types';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { createRawV4OrV5, freshName } from '../../support/db-helpers';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ISO = '2026-06-01T10:00:00.000Z';

/** A version-4 database made by hand (raw IndexedDB, none of today's code), holding `records`. */
const createV4 = (name: string, records: readonly Note[]) => createRawV4OrV5(name, 4, records);

/** A note as version 4 wrote it: UTF-16 offsets, context cut by units (possibly through an emoji). */
function oldNote(id: string, text: string, quote: string): Note {
  const start = text.indexOf(quote);
  const end = start + quote.length;
  return {
    id,
    url: 'https://www.example.nl/regio',
    title: 'Regio',
    selectors: {
      quote: { exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { start, end },
    },
    body: '',
    tags: [],
    links: [],
    created: ISO,
    modified: ISO,
    revision: 1,
  };
}

function showPage(paragraphs: string[]): string {
  const main = document.createElement('main');
  for (const text of paragraphs) main.append(Object.assign(document.createElement('p'), { textContent: text }));
  document.body.replaceChildren(main);
  return readPageText(document).text;
}

afterEach(() => document.body.replaceChildren());

describe('notes database version 5: positions in code points', () => {
  test('old notes keep their anchor on a page with emoji before them', async () => {
    const text = showPage([
      'Wij 😀 vinden: de raad stemt in met de begroting van de regio.',
      '🎉🎉🎉 Feest in de regio! 🇳🇱 Er is veel te vieren dit jaar, en daarom: Alle gemeenten doen mee.',
      // Cut at 32 units before the quote, the old prefix began in the middle of this emoji.
      `👍${'x'.repeat(31)}Tot slot de rekening.`,
    ]);
    const [near, far, split] = ['a', 'b', 'c'].map((n) => `00000000-0000-4000-8000-00000000000${n}`) as [string, string, string];
    const records = [
      oldNote(near, text, 'de raad stemt in'),
      oldNote(far, text, 'Alle gemeenten doen mee'),
      oldNote(split, text, 'Tot slot'),
    ];
    expect(records[2]?.selectors?.quote.prefix).toMatch(LONE);
    // Read with today's code, the old UTF-16 offsets point past the passages.
    const [codePoints] = [[...text]];
    expect(codePoints.slice(records[0]?.selectors?.position?.start).join('').startsWith('de raad')).toBe(false);

    const name = freshName();
    await createV4(name, records);
    const db = await openNotesDb({ name, channel: null });
    onTestFinished(async () => {
      db.close();
      await deleteDB(name);
    });
    const migrated = await Promise.all([near, far, split].map((id) => db.getNote(id)));
    for (const note of migrated) {
      expect(note?.selectors?.quote.prefix).not.toMatch(LONE);
      expect(note?.selectors?.quote.suffix).not.toMatch(LONE);
    }
    // The only emoji before this passage are in its prefix, so its position converts exactly.
    const nearPosition = migrated[0]?.selectors?.position;
    expect(codePoints.slice(nearPosition?.start, nearPosition?.end).join('')).toBe('de raad stemt in');

    const notes = migrated.map((note) => ({
      id: note?.id as string,
      selectors: note?.selectors as NonNullable<Note['selectors']>,
    }));
    const { outcomes, ranges } = anchorNotes(document, notes);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['anchored', 'anchored', 'anchored']);
    expect(outcomes[0]).toMatchObject({ method: 'position' });
    // Emoji further back than the prefix leave the hint a few characters late: the quote finds the passage.
    expect(outcomes[1]).toMatchObject({ method: 'quote' });
    expect(ranges.map(({ range }) => range.toString())).toEqual(['de raad stemt in', 'Alle gemeenten doen mee', 'Tot slot']);
  });

  test('a note without emoji near it is left exactly as it was', async () => {
    const text = showPage(['Regionale samenwerking is geen doel op zich.']);
    const record = oldNote('00000000-0000-4000-8000-00000000000d', text, 'geen doel');
    const name = freshName();
    await createV4(name, [record]);
    const db = await openNotesDb({ name, channel: null });
    onTestFinished(async () => {
      db.close();
      await deleteDB(name);
    });
    expect(await db.getNote(record.id)).toEqual(record);
  });
});
