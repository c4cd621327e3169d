/**
 * Notes on PDFs in the exports (#13): the JSON-LD says the document, the
 * quote, the position on the document's text and the page (a FragmentSelector
 * `page=N` per RFC 3778, refined by the quote), and the fingerprint as the
 * target's scope; importing it gives the same notes back. Markdown names the page.
 */
import { describe, expect, test } from 'vitest';
import { exportMarkdown } from '../../../../lib/core/notes/export-markdown';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd, toWebAnnotation } from '../../../../lib/core/notes/web-annotation';
import { NOTES } from '../../../fixtures/notes/notes';

const [commented, pageNote] = NOTES as [Note, Note];
const FINGERPRINT = '3f2a9c0d1e4b5a6978877665544332211';
const PDF = 'https://www.rob-rad.nl/documenten/ambacht.pdf';
const onPage: Note = {
  ...commented,
  url: PDF,
  selectors: { ...(commented.selectors as NonNullable<Note['selectors']>), page: 4 },
  pdf: { fingerprint: FINGERPRINT },
};
const wholeDocument: Note = { ...pageNote, url: PDF, pdf: { fingerprint: FINGERPRINT } };

describe('notes on PDFs in the exports', () => {
  test('the target names the PDF, its fingerprint, and the page refined by the quote', () => {
    const { target } = toWebAnnotation(onPage);
    const quote = onPage.selectors?.quote;
    expect(target).toEqual({
      type: 'SpecificResource',
      source: { id: PDF, type: 'Text', format: 'application/pdf', label: onPage.title },
      scope: `urn:x-pdf:${FINGERPRINT}`,
      selector: [
        { type: 'TextQuoteSelector', ...quote },
        { type: 'TextPositionSelector', ...onPage.selectors?.position },
        {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
          value: 'page=4',
          refinedBy: { type: 'TextQuoteSelector', ...quote },
        },
      ],
    });
  });

  test('a note on the whole PDF keeps the fingerprint and has no selector', () => {
    expect(toWebAnnotation(wholeDocument).target).toEqual({
      type: 'SpecificResource',
      source: { id: PDF, type: 'Text', format: 'application/pdf', label: wholeDocument.title },
      scope: `urn:x-pdf:${FINGERPRINT}`,
    });
  });

  test('round trip: page, position and fingerprint come back, with nothing reported as skipped', () => {
    const parsed = parseNotesImport(exportJsonLd([onPage, wholeDocument]));
    expect(parsed).toEqual({
      ok: true,
      notes: [onPage, wholeDocument].map((note) => ({ ...note, revision: 1 })),
      refused: [],
      notices: [],
    });
  });

  test("another tool's page fragment alone, with its quote inside: the page and the quote are read", () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno/1',
      type: 'Annotation',
      created: '2026-01-01T10:00:00Z',
      target: {
        source: PDF,
        selector: { type: 'FragmentSelector', value: 'page=7&zoom=50', refinedBy: { type: 'TextQuoteSelector', exact: 'regio' } },
        scope: 'urn:x-pdf:not-hexadecimal',
      },
    };
    const parsed = parseNotesImport(JSON.stringify(annotation));
    expect(parsed.ok && parsed.notes[0]?.selectors).toEqual({ quote: { exact: 'regio', prefix: '', suffix: '' }, page: 7 });
    // A scope that is no fingerprint is not taken for one.
    expect(parsed.ok && parsed.notes[0]?.pdf).toBeUndefined();
  });

  test('Markdown names the page under the quote', () => {
    const markdown = exportMarkdown([onPage]);
    expect(markdown).toContain(`> ${onPage.selectors?.quote.exact}\n\nPage 4\n`);
  });
});
