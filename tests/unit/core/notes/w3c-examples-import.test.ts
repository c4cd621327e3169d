/**
 * The 45 kinds of annotation the W3C Recommendation shows (our own fixtures in
 * their shapes, tests/fixtures/notes/w3c-example-kinds.ts): each one is
 * imported, with a notice for everything it could not keep, or skipped with
 * its reason, or (a collection that only names its pages) refused with a
 * file-level reason. Whatever is imported exports again as valid W3C JSON-LD
 * and imports back unchanged.
 */
import { describe, expect, test } from 'vitest';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { EXAMPLE_KINDS } from '../../../fixtures/notes/w3c-example-kinds';
import { checkW3cMusts } from '../../support/w3c-annotation';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('the 45 kinds of W3C example annotation', () => {
  test('there are 45 kinds, numbered 1 to 45', () => {
    expect(EXAMPLE_KINDS.map((kind) => kind.n)).toEqual(Array.from({ length: 45 }, (_, index) => index + 1));
  });

  test.each(EXAMPLE_KINDS)('$n. $kind', ({ data, expect: expected }) => {
    const parsed = parseNotesImport(JSON.stringify(data), { now: NOW });
    if ('file' in expected) {
      expect(parsed).toMatchObject({ ok: false, issues: [{ code: expected.file }] });
      return;
    }
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    if ('skipped' in expected) {
      expect(parsed.notes).toEqual([]);
      expect(parsed.refused).toEqual([expect.objectContaining({ item: 0, reason: expected.skipped })]);
      return;
    }
    expect(parsed.refused).toEqual([]);
    expect(parsed.notes).toHaveLength(1);
    expect(new Set(parsed.notices.map((notice) => notice.code))).toEqual(new Set(expected.notices ?? []));
    // What came in goes out as valid W3C JSON-LD, and comes back the same (a text type it kept is said again).
    const again = exportJsonLd(parsed.notes);
    expect(checkW3cMusts(again).failed).toEqual([]);
    const format = parsed.notes[0]?.origin?.format;
    const notices = format ? [{ item: 0, code: 'markup-as-text', detail: format }] : [];
    expect(parseNotesImport(again, { now: NOW })).toEqual({ ok: true, notes: parsed.notes, refused: [], notices });
  });

  const imported = (n: number) => {
    const kind = EXAMPLE_KINDS.find((candidate) => candidate.n === n);
    const parsed = parseNotesImport(JSON.stringify(kind?.data), { now: NOW });
    if (!parsed.ok) throw new Error(`kind ${n} was refused`);
    return parsed;
  };

  test('the original id is kept in via and mapped to a stable UUID', () => {
    const first = imported(6).notes[0];
    expect(first?.origin?.via).toEqual(['https://notities.voorbeeld.nl/anno/6']);
    expect(imported(6).notes[0]?.id).toBe(first?.id);
    expect(first?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('bodyValue becomes the note text; a missing created takes the import time', () => {
    expect(imported(6).notes[0]).toMatchObject({ body: 'Bespreken in het regio-overleg.', created: NOW.toISOString() });
  });

  test('dates with an offset are normalised to UTC with Z', () => {
    expect(imported(13).notes[0]).toMatchObject({ created: '2025-01-28T12:00:00.000Z', modified: '2025-01-29T08:00:00.000Z' });
    expect(imported(13).notices[0]).toEqual({ item: 0, code: 'fields-dropped', detail: 'generator, generated' });
  });

  test('a creator given as an IRI or as an agent is kept and written back as it came', () => {
    expect(imported(13).notes[0]?.origin?.creator).toEqual([{ id: 'https://notities.voorbeeld.nl/gebruiker/anne' }]);
    const bram = {
      id: 'https://notities.voorbeeld.nl/gebruiker/bram',
      type: 'Person',
      name: 'Bram',
      nickname: 'bram',
      email_sha1: '58bad08927902ff9307b621c54716dcc5083e339',
    };
    expect(imported(14).notes[0]?.origin?.creator).toEqual([bram]);
    expect(JSON.parse(exportJsonLd(imported(14).notes)).first.items[0].creator).toEqual(bram);
    expect(JSON.parse(exportJsonLd(imported(13).notes)).first.items[0].creator).toBe(
      'https://notities.voorbeeld.nl/gebruiker/anne',
    );
  });

  test('motivation and purpose are kept, and travel back out', () => {
    const note = imported(17).notes[0];
    expect(note).toMatchObject({ body: 'Overzicht van de regionale agenda.', tags: ['later-lezen'] });
    expect(note?.origin).toMatchObject({ motivation: ['bookmarking'], purpose: 'describing' });
    const item = JSON.parse(exportJsonLd(imported(17).notes)).first.items[0];
    expect(item.motivation).toBe('bookmarking');
    expect(item.body[0]).toMatchObject({ purpose: 'describing', value: 'Overzicht van de regionale agenda.' });
  });

  test('canonical and via are kept', () => {
    expect(imported(19).notes[0]?.origin).toEqual({
      canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df',
      via: ['https://notities.voorbeeld.nl/anno/19', 'https://andere.voorbeeld.nl/anno/19'],
    });
  });

  test('a quote refining another selector still anchors the note', () => {
    expect(imported(32).notes[0]?.selectors?.quote.exact).toBe('gemeenschappelijke regeling');
    expect(imported(32).notices).toEqual([{ item: 0, code: 'selectors-skipped', detail: 'FragmentSelector' }]);
  });

  test('a page that names a next page says so', () => {
    expect(imported(41).elsewhere).toBe('https://notities.voorbeeld.nl/lijst/1/pagina/2');
  });

  test('tags that differ only in case are merged, and the report says which', () => {
    expect(imported(43).notes[0]?.tags).toEqual(['Democratie']);
    expect(imported(43).notices).toContainEqual({ item: 0, code: 'tags-merged', detail: 'democratie → Democratie' });
  });
});
