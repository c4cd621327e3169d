/**
 * Every kind of export we make passes the W3C Web Annotation MUST assertions
 * (see tests/unit/support/w3c-annotation.ts and tests/fixtures/w3c-annotation).
 * The assertions must also be able to fail: the shapes the issue measured
 * before (#16) are checked to fail them.
 */
import { describe, expect, test } from 'vitest';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import type { NoteCreator } from '../../../../lib/core/notes/creator';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd, toWebAnnotationCollection } from '../../../../lib/core/notes/web-annotation';
import { NOTES } from '../../../fixtures/notes/notes';
import { checkW3cMusts } from '../../support/w3c-annotation';

const [commented, pageNote, highlight] = NOTES as [Note, Note, Note];
const plainHighlight: Note = { ...highlight, tags: [], links: [] };
const withPlaces: Note = {
  ...commented,
  places: [
    { id: 'GM0153', name: 'Enschede', kind: 'gemeente' },
    { id: 'VR05', name: 'Twente', kind: 'veiligheidsregio' },
  ],
};
const imported: Note = {
  ...pageNote,
  origin: {
    canonical: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    via: ['https://hypothes.is/a/AbC123', 'http://example.org/anno9'],
    motivation: ['questioning', 'bookmarking'],
    purpose: 'describing',
    language: 'en',
  },
};

/** A note on a PDF: quote and position on the document's text, its page, and the document's fingerprint. */
export const pdfNote: Note = {
  ...commented,
  url: 'https://www.rob-rad.nl/documenten/ambacht.pdf',
  selectors: { ...(commented.selectors as NonNullable<Note['selectors']>), page: 4 },
  pdf: { fingerprint: '3f2a9c0d1e4b5a6978877665544332211' },
};
const pdfPageNote: Note = { ...pageNote, url: pdfNote.url, pdf: pdfNote.pdf as NonNullable<Note['pdf']> };

/** Imported notes that name their own creators: an account IRI, and two agents. */
const withCreators: Note[] = [
  { ...pageNote, origin: { creator: [{ id: 'acct:griffier.twente@hypothes.is' }] } },
  {
    ...highlight,
    origin: {
      creator: [
        { id: 'https://notities.voorbeeld.nl/gebruiker/bram', type: 'Person', name: 'Bram', nickname: 'bram' },
        { type: 'Organization', name: 'Griffie Twente', homepage: 'https://griffie.voorbeeld.nl/' },
      ],
    },
  },
];

export const EXPORTS: Array<{ name: string; notes: Note[]; creator?: NoteCreator }> = [
  { name: 'empty', notes: [] },
  { name: 'the note fixtures', notes: NOTES },
  { name: 'a plain highlight', notes: [plainHighlight] },
  { name: 'a page note', notes: [pageNote] },
  { name: 'a note with places', notes: [withPlaces] },
  { name: 'an imported note with canonical, via, motivation, purpose, language', notes: [imported] },
  { name: 'a note on a PDF page, and a note on the whole PDF', notes: [pdfNote, pdfPageNote] },
  { name: "the note fixtures with the user's name as creator", notes: NOTES, creator: { type: 'Person', name: 'Anne de Vries' } },
  { name: 'imported notes with creators of their own', notes: withCreators, creator: { type: 'Person', name: 'Anne' } },
];

type Field = Record<string, unknown>;
/** The parts of an exported text note that the broken shapes below change. */
interface Item {
  body: [Field, Field, Field, Field];
  target: { source: Field; selector: [Field, Field] };
}

describe('W3C MUST assertions on exports', () => {
  test.each(EXPORTS)('$name: every MUST assertion passes', ({ notes, creator }) => {
    const report = checkW3cMusts(exportJsonLd(notes, creator ? { creator } : {}));
    expect(report.failed).toEqual([]);
    expect(report.run).toBe(10 + (notes.length > 0 ? 15 : 0) + (14 + 16 + 15 + 11) * notes.length);
    expect(report.perItem).toEqual({
      annotation: 14 * notes.length,
      body: 16 * notes.length,
      target: 15 * notes.length,
      specificResource: 11 * notes.length,
    });
  });

  test('re-exporting what an export imports passes too', () => {
    const parsed = parseNotesImport(
      exportJsonLd(
        [...NOTES, withPlaces, imported, pdfNote, pdfPageNote].map((note, n) => ({
          ...note,
          id: `${note.id.slice(0, -2)}${String(n).padStart(2, '0')}`,
        })),
      ),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkW3cMusts(exportJsonLd(parsed.notes)).failed).toEqual([]);
  });

  test('the assertions catch the shapes exported before #16', () => {
    const before = toWebAnnotationCollection([commented, plainHighlight]) as unknown as Record<string, unknown>;
    const first = before.first as { items: Array<Record<string, unknown>> };
    delete before.id;
    (first.items[1] as Record<string, unknown>).target = { source: highlight.url, label: highlight.title };
    const report = checkW3cMusts(JSON.stringify(before));
    expect(report.failed).toContain('collections/5.1-collectionIdValidated.json');
    expect(report.failed).toContain('annotations/3.2-targetObjectsRecognized.json (item 2)');
    const empty = { ...toWebAnnotationCollection([]), first: { type: 'AnnotationPage', items: [] } };
    expect(checkW3cMusts(JSON.stringify(empty)).failed).toContain('collections/pages/5.2-pageIdValidated.json');
  });

  test('the body, target and Specific Resource assertions catch broken bodies, targets and selectors', () => {
    const failures = (change: (item: Item) => void) => {
      const collection = toWebAnnotationCollection([commented]) as unknown as { first: { items: Item[] } };
      change(collection.first.items[0] as Item);
      return checkW3cMusts(JSON.stringify(collection)).failed;
    };
    expect(failures((item) => (item.body[0].source = 'https://example.org/x'))).toContain(
      'bodiesTargets/4-bodyEmbeddedTextualNoSource.json (item 1)',
    );
    expect(failures((item) => (item.body[3].value = 'tekst'))).toContain(
      'bodiesTargets/4-bodySpecificResourceNoValue.json (item 1)',
    );
    expect(failures((item) => (item.target = { type: 'TextualBody', value: 'x' } as unknown as Item['target']))).toContain(
      'bodiesTargets/3.2.4-targNoTypeTextualBody.json (item 1)',
    );
    expect(failures((item) => (item.target.source.created = 'gisteren'))).toContain(
      'bodiesTargets/3.3.1-targCreatedValidated.json (item 1)',
    );
    expect(failures((item) => delete item.target.selector[0].exact)).toContain(
      'specificResource/4.2.4-textQuoteSelectorValid.json (item 1)',
    );
    expect(failures((item) => (item.target.selector[1].start = -1))).toContain(
      'specificResource/4.2-TextDataPositionSelectorValid.json (item 1)',
    );
  });
});
