/**
 * Round trips (#16, "done when"): what an export says, an import gives back,
 * with nothing we can represent lost on the way: text, format and language,
 * creator, tags (long ones with emoji at the limit, ones that differ only in
 * case on different notes), links, places, canonical and via, motivation and
 * purpose, selectors with code-point positions, PDF pages and fingerprints,
 * titles and dates. A file from another tool, imported once, travels on
 * unchanged through any number of further exports and imports.
 */
import { describe, expect, test } from 'vitest';
import { creatorFromName } from '../../../../lib/core/notes/creator';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import { LIMITS } from '../../../../lib/core/notes/limits';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { NOTES } from '../../../fixtures/notes/notes';

const [commented, pageNote, highlight] = NOTES as [Note, Note, Note];
/** A tag exactly at the limit in UTF-16 units, with astral characters in it, and its case variant on another note. */
const LONG_TAG = `${'🙂'.repeat(10)}${'regionale-samenwerking-'.repeat(4)}`.slice(0, LIMITS.tag);

const EVERYTHING: Note[] = [
  {
    ...commented,
    id: '6f1e0c2b-0000-4000-8000-000000000001',
    title: 'Regio 🇳🇱 en raad',
    selectors: {
      quote: { exact: 'de raad 🙂 stemt in', prefix: 'In 🇳🇱 ', suffix: ' met de 🎉' },
      position: { start: 5, end: 22 },
    },
    body: 'Eerste regel\nTweede regel met 😀',
    tags: ['Water', LONG_TAG, 'raad'],
    places: [
      { id: 'GM0153', name: 'Enschede', kind: 'gemeente' },
      { id: 'regio-deal-twente', name: 'Regio Deal Twente', kind: 'regio-deal' },
    ],
  },
  { ...highlight, id: '6f1e0c2b-0000-4000-8000-000000000002', tags: ['water', LONG_TAG.toUpperCase()] },
  {
    ...pageNote,
    id: '6f1e0c2b-0000-4000-8000-000000000003',
    body: 'Dit is **de kern**',
    origin: {
      canonical: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      via: ['https://hypothes.is/a/AbC123'],
      motivation: ['questioning'],
      purpose: 'describing',
      language: 'nl',
      format: 'text/markdown',
      creator: [
        { id: 'acct:griffier.twente@hypothes.is' },
        { type: 'Person', name: 'Bram', nickname: 'bram', email: 'mailto:bram@voorbeeld.nl', homepage: 'https://bram.nl/' },
      ],
    },
  },
  {
    ...commented,
    id: '6f1e0c2b-0000-4000-8000-000000000004',
    url: 'https://www.rob-rad.nl/documenten/ambacht.pdf',
    selectors: { ...(commented.selectors as NonNullable<Note['selectors']>), page: 12 },
    pdf: { fingerprint: '3f2a9c0d1e4b5a6978877665544332211' },
  },
  {
    ...pageNote,
    id: '6f1e0c2b-0000-4000-8000-000000000005',
    url: 'https://www.rob-rad.nl/documenten/ambacht.pdf',
    pdf: { fingerprint: '3f2a9c0d1e4b5a6978877665544332211' },
  },
  { ...highlight, id: '6f1e0c2b-0000-4000-8000-000000000006', tags: [], links: [] },
];

/** Revisions count edits within one store; an imported note starts again at 1. */
const asImported = (note: Note): Note => ({ ...note, revision: 1 });

function importOf(text: string) {
  const parsed = parseNotesImport(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.issues.map((issue) => issue.code).join(', ')}`);
  return parsed;
}

describe('round trips lose nothing we can represent', () => {
  test('export, import: the same notes, field for field; the one remark is that Markdown is shown as text', () => {
    expect(LONG_TAG).toHaveLength(LIMITS.tag);
    const markdown = [{ item: 2, code: 'markup-as-text', detail: 'text/markdown' }];
    const parsed = importOf(exportJsonLd(EVERYTHING));
    expect(parsed.refused).toEqual([]);
    expect(parsed.notices).toEqual(markdown);
    expect(parsed.notes).toEqual(EVERYTHING.map(asImported));

    // With the user's name set, their notes arrive with it as creator; the colleague's keep theirs.
    const anne = creatorFromName('Anne de Vries');
    const named = importOf(exportJsonLd(EVERYTHING, { creator: anne }));
    expect(named.notices).toEqual(markdown);
    expect(named.notes).toEqual(
      EVERYTHING.map((note) =>
        asImported(
          note.origin?.creator ? note : { ...note, origin: { ...note.origin, creator: [anne as NonNullable<typeof anne>] } },
        ),
      ),
    );
    // And from there on nothing changes, whoever exports it next.
    expect(importOf(exportJsonLd(named.notes, { creator: creatorFromName('Iemand anders') })).notes).toEqual(named.notes);
  });

  test("another tool's bodyValue, Markdown body with a language, and creator travel on unchanged", () => {
    const foreign = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://notities.voorbeeld.nl/anno/7',
        type: 'Annotation',
        creator: 'https://notities.voorbeeld.nl/gebruiker/anne',
        created: '2025-01-28T13:00:00+01:00',
        bodyValue: 'Bespreken in het regio-overleg.',
        target: 'https://www.vng.nl/artikelen/proef-verschil',
      },
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://notities.voorbeeld.nl/anno/8',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'Zie *bijlage 2*', format: 'text/markdown', language: 'nl' },
        target: {
          source: 'https://www.vng.nl/artikelen/proef-verschil',
          selector: { type: 'TextQuoteSelector', exact: 'Samen kom je verder', prefix: 'Werksessie 1: ', suffix: ', maar' },
        },
      },
    ]);
    const first = importOf(foreign);
    expect(first.notes[0]).toMatchObject({ body: 'Bespreken in het regio-overleg.', created: '2025-01-28T12:00:00.000Z' });
    expect(first.notes[0]?.origin?.creator).toEqual([{ id: 'https://notities.voorbeeld.nl/gebruiker/anne' }]);
    expect(first.notes[1]?.origin).toMatchObject({ format: 'text/markdown', language: 'nl' });

    const exported = exportJsonLd(first.notes);
    const body = JSON.parse(exported).first.items[1].body[0];
    expect(body).toMatchObject({ value: 'Zie *bijlage 2*', format: 'text/markdown', language: 'nl' });
    const second = importOf(exported);
    expect(second.notices).toEqual([{ item: 1, code: 'markup-as-text', detail: 'text/markdown' }]);
    expect(second.notes).toEqual(first.notes);
  });
});
