/**
 * Notes on PDFs (#13): re-anchoring 50 notes in a 200-page document, in
 * Chromium, ≤ 200 ms of work (the slices' turns to the browser are not
 * counted: they are the reader's, not ours). The document's text is what the
 * reader joins from its pages (lib/core/pdf/document-anchors.ts), pages made
 * like the project's long PDF fixture. Measured when the document is the same
 * (each note at its stored position) and when a page was inserted at the
 * front (each note found again by its quote), and the orphans' cost, no budget.
 */
import { describe, test } from 'vitest';
import { anchorInDocument, describeDocumentSpan, joinPages } from '../../lib/core/pdf/document-anchors';
import type { NoteToAnchor } from '../../lib/core/notes/types';
import { REGIONAL_PARAGRAPHS, UNRELATED_PARAGRAPHS } from '../../tests/fixtures/pdf/make-pdf';
import { measure, recordStats } from '../lib/figures';

const PAGES = 200;
const NOTES = 50;

/** Page i: its heading and paragraphs, one line per wrapped line as pdf.js gives them, with a page number. */
const pageTexts = Array.from({ length: PAGES }, (_, i) =>
  [
    `Hoofdstuk ${i + 1}`,
    ...[REGIONAL_PARAGRAPHS, UNRELATED_PARAGRAPHS, REGIONAL_PARAGRAPHS].map(
      (paragraphs, k) => paragraphs[(i + k) % paragraphs.length],
    ),
    `Pagina ${i + 1} van ${PAGES}`,
  ].join('\n'),
);

const document = joinPages(pageTexts);
/** 50 notes spread over the document, each on a passage of about 40 characters. */
const notes: NoteToAnchor[] = Array.from({ length: NOTES }, (_, n) => {
  const page = Math.floor((n * PAGES) / NOTES);
  const start = (document.pageStarts[page] as number) + 30 + (n % 7) * 11;
  return {
    id: `0f8fad5b-d9cb-469f-a165-7086772895${String(n).padStart(2, '0')}`,
    selectors: describeDocumentSpan(document, start, start + 40),
  };
});
const withPreface = joinPages(['Voorwoord. Dit rapport is opnieuw uitgegeven met een voorwoord.', ...pageTexts]);
const orphans = notes.map((note) => ({
  ...note,
  selectors: { quote: { exact: `verdwenen passage ${note.id}`, prefix: '', suffix: '' } },
}));

/** The work of re-anchoring, without the turns given to the browser between slices. */
const work = (text: typeof document, batch: NoteToAnchor[], expected: number) => async () => {
  const anchors = await anchorInDocument(text, batch, { between: async () => undefined });
  const found = [...anchors.values()].filter(Boolean).length;
  if (found !== expected) throw new Error(`expected ${expected} anchored, got ${found}`);
};

describe('notes on a 200-page PDF', () => {
  test('re-anchoring 50 notes, same document', async () => {
    const stats = await measure(work(document, notes, NOTES), { runs: 20, warmup: 3 });
    await recordStats('pdf-notes.reanchor-50.200-pages', stats, {
      budget: 200,
      note: `${document.text.length} characters of text`,
    });
  });

  test('re-anchoring 50 notes, a page inserted in front', async () => {
    const stats = await measure(work(withPreface, notes, NOTES), { runs: 20, warmup: 3 });
    await recordStats('pdf-notes.reanchor-50.200-pages-moved', stats, { budget: 200, note: 'found by quote on folded text' });
  });

  test('50 orphans (no budget: every note searched for in vain)', async () => {
    const stats = await measure(work(document, orphans, 0), { runs: 5, warmup: 1 });
    await recordStats('pdf-notes.reanchor-50.200-pages-orphans', stats);
  });
});
