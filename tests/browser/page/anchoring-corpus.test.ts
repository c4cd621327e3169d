/**
 * The anchoring corpus in a real DOM: for each case the page before is shown,
 * the passage is selected and described by the content script's own code
 * (describeSelection), the page is replaced by the page after, and the note is
 * anchored as the content script does (anchorNotes). The note must land on the
 * expected passage (at least 80 % overlap, counting letters, not white space)
 * or, where the passage was deleted, be an orphan.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { anchorNotes, describeSelection } from '../../../lib/page/anchor-page';
import { offsetsFromRange, rangeFromOffsets, readPageText } from '../../../lib/core/notes/page-text';
import type { Passage } from '../../fixtures/anchoring/case';
import { ANCHORING_CASES } from '../../fixtures/anchoring/cases';

const ID = '00000000-0000-4000-8000-00000000abcd';
const IGNORED = /[\s\u00ad]/;

/** Shows our own fixture markup as the page body (parsed inertly, never assigned as innerHTML). */
function render(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

/** The span of a passage in page text, ignoring white space and soft hyphens on both sides. */
function locate(text: string, { text: wanted, occurrence = 0 }: Passage): { start: number; end: number } {
  const origin: number[] = [];
  let squeezed = '';
  for (let at = 0; at < text.length; at += 1) {
    if (IGNORED.test(text[at] as string)) continue;
    squeezed += text[at];
    origin.push(at);
  }
  const needle = [...wanted].filter((character) => !IGNORED.test(character)).join('');
  let found = -1;
  for (let count = 0; count <= occurrence; count += 1) found = squeezed.indexOf(needle, found + 1);
  if (found < 0) throw new Error(`fixture error: "${wanted.slice(0, 60)}" (occurrence ${occurrence}) is not in the page`);
  return { start: origin[found] as number, end: (origin[found + needle.length - 1] as number) + 1 };
}

/** Overlap of two spans over their union, counting only characters that are not white space. */
function overlap(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const count = (from: number, to: number) => {
    let letters = 0;
    for (let at = from; at < to; at += 1) if (!IGNORED.test(text[at] as string)) letters += 1;
    return letters;
  };
  const shared = count(Math.max(a.start, b.start), Math.min(a.end, b.end));
  const union = count(Math.min(a.start, b.start), Math.max(a.end, b.end));
  return union === 0 ? 0 : shared / union;
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('anchoring corpus', () => {
  test('has cases of every kind', () => {
    const kinds = new Set(ANCHORING_CASES.map((item) => item.kind));
    expect(kinds.size).toBe(15);
    expect(ANCHORING_CASES.length).toBeGreaterThanOrEqual(150);
  });

  test.each(ANCHORING_CASES.map((item) => [`${item.kind}: ${item.name}`, item] as const))('%s', (_name, item) => {
    render(item.before);
    const written = readPageText(document);
    const selected = locate(written.text, item.select);
    const range = rangeFromOffsets(written, selected.start, selected.end);
    if (!range) throw new Error('fixture error: the selection covers no text');
    document.getSelection()?.addRange(range);
    const note = describeSelection(document);
    if (!note) throw new Error('fixture error: the selection was not described');
    document.getSelection()?.removeAllRanges();

    render(item.after);
    const { outcomes, ranges } = anchorNotes(document, [{ id: ID, selectors: note.selectors }]);
    if (item.expected === 'orphan') {
      expect(outcomes[0]?.status).toBe('orphan');
      return;
    }
    expect(outcomes[0]?.status).toBe('anchored');
    const page = readPageText(document);
    const found = offsetsFromRange(page, ranges[0]?.range as Range);
    const expected = locate(page.text, item.expected);
    expect(found).not.toBeNull();
    const share = overlap(page.text, found as { start: number; end: number }, expected);
    expect(share, `found "${page.text.slice(found?.start, found?.end).slice(0, 80)}"`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('notes made from a selection', () => {
  function select(html: string, wanted: Passage) {
    render(html);
    const page = readPageText(document);
    const span = locate(page.text, wanted);
    document.getSelection()?.addRange(rangeFromOffsets(page, span.start, span.end) as Range);
    return describeSelection(document)?.selectors;
  }

  test('a quote across <br> keeps the break as a line break, not "UtrechtAfdeling"', () => {
    const selectors = select('<p>Gemeente Utrecht<br>Afdeling Ruimte</p>', { text: 'Utrecht Afdeling' });
    expect(selectors?.quote.exact).toBe('Utrecht\nAfdeling');
    expect(selectors?.quote.prefix).toBe('Gemeente ');
  });

  test('positions count code points and context ends on whole characters', () => {
    // 32 UTF-16 units before "raad" end inside the flag (two code points, four units): the flag is left out whole.
    const selectors = select(`<p>🇳🇱${'x'.repeat(28)}de raad</p>`, { text: 'raad' });
    expect(selectors?.position).toEqual({ start: 33, end: 37 });
    expect(selectors?.quote.prefix).toBe(`${'x'.repeat(28)}de `);
  });
});
