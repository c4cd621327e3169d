/**
 * The creator of exported notes (#16): the user's name from options when set,
 * nobody when not; an imported note's own creator kept, written back as it
 * came, and what of it cannot be kept named in the import report.
 */
import { describe, expect, test } from 'vitest';
import { creatorFromName } from '../../../../lib/core/notes/creator';
import { exportMarkdown } from '../../../../lib/core/notes/export-markdown';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { cleanCreatorName, readSettings } from '../../../../lib/core/settings/schema';
import { NOTES } from '../../../fixtures/notes/notes';

const items = (text: string) => JSON.parse(text).first.items as Array<Record<string, unknown>>;
const anne = creatorFromName('Anne de Vries');

/** One foreign annotation with the given creator, imported. */
function importWith(creator: unknown) {
  const parsed = parseNotesImport(
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://notities.voorbeeld.nl/anno/1',
      type: 'Annotation',
      creator,
      bodyValue: 'Tekst',
      target: 'https://www.vng.nl/artikelen/proef-verschil',
    }),
  );
  if (!parsed.ok) throw new Error('refused');
  return parsed;
}

describe('the user as creator', () => {
  test('a name becomes a Person; an empty or blank name is nobody', () => {
    expect(creatorFromName('  Anne \n de   Vries ')).toEqual({ type: 'Person', name: 'Anne de Vries' });
    expect(creatorFromName('')).toBeUndefined();
    expect(creatorFromName(' \t ')).toBeUndefined();
  });

  test('settings keep the name cleaned, and nothing by default', () => {
    expect(readSettings({}).creatorName).toBe('');
    expect(readSettings({ creatorName: '  Anne   de Vries ' }).creatorName).toBe('Anne de Vries');
    expect(readSettings({ creatorName: 42 }).creatorName).toBe('');
    expect([...cleanCreatorName('🙂'.repeat(300))]).toHaveLength(200);
  });

  test('with a name, every exported annotation names it; without, none has a creator', () => {
    for (const item of items(exportJsonLd(NOTES, { creator: anne })))
      expect(item.creator).toEqual({ type: 'Person', name: 'Anne de Vries' });
    for (const item of items(exportJsonLd(NOTES))) expect(item).not.toHaveProperty('creator');
    expect(items(exportJsonLd(NOTES, { creator: creatorFromName('') }))[0]).not.toHaveProperty('creator');
  });

  test('Markdown names who wrote each note, escaped, and nobody without a name', () => {
    const markdown = exportMarkdown(NOTES, undefined, { user: creatorFromName('Anne *de* Vries') });
    expect(markdown.match(/^By: Anne \\\*de\\\* Vries$/gmu)).toHaveLength(NOTES.length);
    expect(exportMarkdown(NOTES)).not.toMatch(/^By:/mu);
  });
});

describe("an imported note's own creator", () => {
  test("an agent is kept and wins over the user's name on export", () => {
    const agent = { id: 'https://notities.voorbeeld.nl/gebruiker/bram', type: 'Person', name: 'Bram' };
    const parsed = importWith(agent);
    expect(parsed.notices).toEqual([]);
    expect(parsed.notes[0]?.origin?.creator).toEqual([agent]);
    expect(items(exportJsonLd(parsed.notes, { creator: anne }))[0]?.creator).toEqual(agent);
    expect(exportMarkdown(parsed.notes, undefined, { user: anne })).toMatch(/^By: Bram$/mu);
  });

  test('several creators stay a list', () => {
    const list = ['acct:anne@hypothes.is', { type: 'Organization', name: 'Griffie Twente' }];
    const parsed = importWith(list);
    expect(items(exportJsonLd(parsed.notes))[0]?.creator).toEqual(list);
  });

  test('what cannot be kept is named, never silently lost', () => {
    const parsed = importWith([
      { type: 'Person', name: 'Bram', account: 'bram@elders', email: 'bram@voorbeeld.nl' },
      42,
      { type: 'Person' },
    ]);
    expect(parsed.notes[0]?.origin?.creator).toEqual([{ type: 'Person', name: 'Bram' }]);
    expect(parsed.notices).toEqual([{ item: 0, code: 'fields-dropped', detail: 'creator.account, creator.email, creator' }]);
  });

  test('an annotation whose creator cannot be kept at all is imported without one, and says so', () => {
    const parsed = importWith('not an iri');
    const note = parsed.notes[0] as Note;
    expect(note.origin?.creator).toBeUndefined();
    expect(parsed.notices).toEqual([{ item: 0, code: 'fields-dropped', detail: 'creator' }]);
  });
});
