/**
 * Notes budgets from issue 6, in Chromium with real IndexedDB, 10,000 notes
 * over 1,000 pages: one page's notes listed (≤ 10 ms), export of all as
 * JSON-LD and as Markdown (≤ 1 s each), anchoring 50 notes on a 200 kB page
 * (≤ 50 ms; measured for an unchanged page, a page with text inserted at the
 * top, a page where every passage was edited, which forces fuzzy matching, and
 * the worst case where every note is an orphan, reported without a budget).
 * Since #16 also: the same 50 notes on the page re-indented and re-wrapped
 * (matching on folded text), and one long quote (5,000 characters, 10 %
 * edited; and deleted, the orphan's cost) on the 200 kB page.
 */
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNotesDb, type NotesDb } from '../../lib/shared/stores/notes-db';
import { anchorNotes, anchorNotesInSlices } from '../../lib/page/anchor-page';
import { exportMarkdown } from '../../lib/core/notes/export-markdown';
import { readPageText } from '../../lib/core/notes/page-text';
import type { NoteSelectors } from '../../lib/core/notes/types';
import { exportJsonLd } from '../../lib/core/notes/web-annotation';
import { benchPage, generateNotes, pageParagraphs, passages } from '../../tests/fixtures/notes/bench-data';
import { edited, rewrap } from '../../tests/fixtures/anchoring/texts';
import { measure, recordFigure, recordStats } from '../lib/figures';

const NAME = 'regiolens-notes-bench';
const NOTES = 10_000;
const PAGES = 1_000;

describe('notes store at 10,000 notes', () => {
  let db: NotesDb;

  beforeAll(async () => {
    await deleteDB(NAME);
    db = await openNotesDb({ name: NAME, channel: null });
    const report = await db.importNotes(generateNotes(NOTES, PAGES));
    expect(report.added).toBe(NOTES);
  });

  afterAll(async () => {
    db.close();
    await deleteDB(NAME);
  });

  test('notes of one page listed', async () => {
    let page = 0;
    const stats = await measure(
      async () => {
        page = (page + 37) % PAGES;
        const notes = await db.notesForPage(benchPage(page));
        if (notes.length !== NOTES / PAGES) throw new Error(`expected ${NOTES / PAGES} notes, got ${notes.length}`);
      },
      { runs: 100, warmup: 10 },
    );
    await recordStats('notes.page-list.10000', stats, { budget: 10 });
  });

  test('export of all notes', async () => {
    const jsonld = await measure(async () => exportJsonLd(await db.allNotes()), { runs: 10, warmup: 2 });
    await recordStats('notes.export-jsonld.10000', jsonld, { budget: 1000, note: 'read from IndexedDB + serialise' });
    const markdown = await measure(async () => exportMarkdown(await db.allNotes()), { runs: 10, warmup: 2 });
    await recordStats('notes.export-markdown.10000', markdown, { budget: 1000, note: 'read from IndexedDB + serialise' });
  });
});

describe('anchoring 50 notes on a 200 kB page', () => {
  function render(paragraphs: string[]): void {
    const main = document.createElement('main');
    for (const text of paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      main.append(p);
    }
    document.body.replaceChildren(main);
  }

  const paragraphs = pageParagraphs(200_000);

  test.each([
    { variant: 'unchanged', change: (list: string[]) => list },
    {
      variant: 'shifted',
      change: (list: string[]) => ['Nieuw bericht: de pagina is bijgewerkt en heeft een extra inleiding gekregen.', ...list],
    },
  ])('$variant page', async ({ variant, change }) => {
    render(paragraphs);
    const notes = passages(readPageText(document).text, 50).map((selectors, index) => ({ id: `n${index}`, selectors }));
    render(change(paragraphs));
    const stats = await measure(() => anchorNotes(document, notes), { runs: 30, warmup: 3 });
    const anchored = anchorNotes(document, notes).outcomes.filter((outcome) => outcome.status === 'anchored').length;
    expect(anchored).toBe(50);
    await recordStats(`notes.anchor-50.200kB.${variant}`, stats, { budget: 50 });
  });

  test('page re-indented and re-wrapped (folded matching)', async () => {
    render(paragraphs);
    const notes = passages(readPageText(document).text, 50).map((selectors, index) => ({ id: `n${index}`, selectors }));
    render(paragraphs.map((paragraph) => `\n        ${rewrap(paragraph, 30, ' '.repeat(8))}\n      `));
    const stats = await measure(() => anchorNotes(document, notes), { runs: 20, warmup: 2 });
    const outcomes = anchorNotes(document, notes).outcomes;
    expect(outcomes.filter((outcome) => outcome.status === 'anchored').length).toBe(50);
    await recordStats('notes.anchor-50.200kB.rewrapped', stats, { budget: 50, note: 'white space changed inside every passage' });
  });

  test('one long quote, 5,000 characters, 10 % edited; and deleted', async () => {
    render(paragraphs);
    const text = readPageText(document).text;
    const start = Math.floor(text.length / 2);
    const notes = [{ id: 'long', selectors: passages(text.slice(start), 1, 5000)[0] as NoteSelectors }];
    const quote = notes[0]?.selectors.quote.exact as string;
    render([text.replace(quote, edited(quote, 0.1, 1))]);
    const stats = await measure(() => anchorNotes(document, notes), { runs: 10, warmup: 2 });
    expect(anchorNotes(document, notes).outcomes[0]).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    await recordStats('notes.anchor-long-5000.200kB.edited', stats, {
      note: 'head and tail found, then the whole quote matched',
    });
    render([text.replace(quote, '')]);
    const orphan = await measure(() => anchorNotes(document, notes), { runs: 10, warmup: 2 });
    expect(anchorNotes(document, notes).outcomes[0]?.status).toBe('orphan');
    await recordStats('notes.anchor-long-5000.200kB.deleted', orphan, { note: 'searched in vain: the orphan cost' });
  });

  test('every passage edited (fuzzy)', async () => {
    render(paragraphs);
    const text = readPageText(document).text;
    const notes = passages(text, 50).map((selectors, index) => ({ id: `n${index}`, selectors }));
    // Change one character in the middle of each quoted passage, so no exact quote is left.
    const edits = new Set(notes.map((note) => (note.selectors.position?.start ?? 0) + 40));
    const edited = [...text].map((character, index) => (edits.has(index) ? (character === 'x' ? 'y' : 'x') : character)).join('');
    render([edited]);
    const stats = await measure(() => anchorNotes(document, notes), { runs: 10, warmup: 2 });
    const outcomes = anchorNotes(document, notes).outcomes;
    expect(outcomes.filter((outcome) => outcome.status === 'anchored' && outcome.method === 'fuzzy').length).toBe(50);
    await recordStats('notes.anchor-50.200kB.fuzzy', stats, {
      budget: 50,
      note: 'worst case: every note needs the approximate search',
    });
  });

  test('every passage removed (orphans)', async () => {
    render(paragraphs);
    const notes = passages(readPageText(document).text, 50).map((selectors, index) => ({ id: `n${index}`, selectors }));
    // Another text of the same size: the same words in capitals share no characters with the quotes.
    render(paragraphs.map((paragraph) => paragraph.toUpperCase()));
    const stats = await measure(() => anchorNotes(document, notes), { runs: 5, warmup: 1 });
    expect(anchorNotes(document, notes).outcomes.every((outcome) => outcome.status === 'orphan')).toBe(true);
    await recordStats('notes.anchor-50.200kB.orphans', stats, {
      note: 'worst case: every note searched through the whole page in vain (total work)',
    });
    // What the page feels: the content script anchors in slices, so the longest task is what counts.
    const slices: number[] = [];
    let sliceStart = performance.now();
    await anchorNotesInSlices(document, notes, {
      yieldToPage: async () => {
        slices.push(performance.now() - sliceStart);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      },
    });
    slices.push(performance.now() - sliceStart);
    await recordFigure({
      name: 'notes.anchor-50.200kB.orphans.longest-task',
      value: Math.max(...slices),
      unit: 'ms',
      budget: 50,
      runs: slices.length,
      note: 'longest main-thread slice while the content script anchors 50 orphans',
    });
  });
});
