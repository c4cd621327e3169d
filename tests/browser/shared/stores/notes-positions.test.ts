/**
 * Version 5 of the notes database (#16): positions in code points. A note
 * stored by version 4 (or, through every migration, by the first release)
 * counted UTF-16 units and may keep half an emoji at the edge of its context;
 * after the upgrade, on real IndexedDB, it must still anchor on the right
 * passage of a page with emoji before it.
 */
import { deleteDB } from 'idb';
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { anchorNotes } from '../../../../lib/page/anchor-page';
import { offsetsFromRange, readPageText } from '../../../../lib/core/notes/page-text';
import type { Note } from '../../../../lib/core/notes/types';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { createRawV4OrV5, freshName } from '../../support/db-helpers';
import { createV1 } from '../../../fixtures/notes/old-versions';

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

  test('a first-release database (version 1) with UTF-16 offsets after emoji: one upgrade to today, the same passages', async () => {
    const text = showPage([
      '🇳🇱 Regio 🙂 Twente: 🎉 de raad stemt in met de begroting.',
      'Daarna 👍 volgt het verslag van de griffie over de regionale agenda.',
      'Later volgt nog een verslag van de griffie over de jeugdzorg.',
    ]);
    // Version 1 kept quote and position at the top of the record, tags as one comma string, offsets in UTF-16 units.
    const v1Record = (id: string, quote: string) => {
      const { selectors, ...rest } = oldNote(id, text, quote);
      return { ...rest, quote: selectors?.quote, position: selectors?.position, tags: 'regio, Regio ,raad' };
    };
    const quotes = ['de raad stemt in', 'verslag van de griffie'];
    const ids = ['00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000e2'];
    const name = freshName();
    await createV1(name, [v1Record(ids[0] as string, quotes[0] as string), v1Record(ids[1] as string, quotes[1] as string)]);
    const db = await openNotesDb({ name, channel: null });
    onTestFinished(async () => {
      db.close();
      await deleteDB(name);
    });
    const codePoints = [...text];
    const migrated = await Promise.all(ids.map((id) => db.getNote(id)));
    expect(migrated.map((note) => note?.tags)).toEqual([
      ['regio', 'raad'],
      ['regio', 'raad'],
    ]);
    // The first passage has every emoji before it within its stored prefix: its code-point position is exact.
    const exact = migrated[0]?.selectors?.position;
    expect(codePoints.slice(exact?.start, exact?.end).join('')).toBe(quotes[0]);
    // The second has emoji further back than its prefix reached: its position is a hint four characters late.
    const late = migrated[1]?.selectors?.position;
    expect(codePoints.slice(late?.start, late?.end).join('')).not.toBe(quotes[1]);
    const { outcomes, ranges } = anchorNotes(
      document,
      migrated.map((note) => ({ id: note?.id as string, selectors: note?.selectors as NonNullable<Note['selectors']> })),
    );
    // Both land on their own passage, also beside a second copy of the late one's words.
    expect(outcomes).toEqual([
      { id: ids[0], status: 'anchored', method: 'position' },
      { id: ids[1], status: 'anchored', method: 'quote' },
    ]);
    expect(ranges.map(({ range }) => range.toString())).toEqual(quotes);
    const page = readPageText(document);
    const found = offsetsFromRange(page, ranges[1]?.range as Range);
    expect(found?.start).toBe(page.text.indexOf('verslag van de griffie over de regionale'));
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
