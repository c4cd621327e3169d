import { describe, expect, test } from 'vitest';
import {
  anchorInDocument,
  describeDocumentSpan,
  joinPages,
  pageOfOffset,
  spanOnPage,
} from '../../../../lib/core/pdf/document-anchors';

const PAGES = [
  'Regionale samenwerking in Twente.\nDe veertien gemeenten werken samen.',
  'De regio werkt met een investeringsagenda 🚲 en een Regio Deal.',
  'Democratische legitimiteit: raadsleden vragen om grip.\nDe rekenkamer helpt.',
];
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const noTurns = { between: async () => undefined };

describe('a PDF document text', () => {
  test('pages are joined with a blank line and each page start is known', () => {
    const document = joinPages(PAGES);
    expect(document.text.split('\n\n')).toEqual(PAGES);
    for (const [index, page] of PAGES.entries()) {
      const start = document.pageStarts[index] as number;
      expect(document.text.slice(start, start + page.length)).toBe(page);
      expect(pageOfOffset(document, start)).toBe(index + 1);
      expect(pageOfOffset(document, start + page.length - 1)).toBe(index + 1);
    }
  });

  test('a passage is described by quote, code-point position on the whole text, and its page', () => {
    const document = joinPages(PAGES);
    const start = document.text.indexOf('Regio Deal');
    const selectors = describeDocumentSpan(document, start, start + 'Regio Deal'.length);
    expect(selectors.page).toBe(2);
    expect(selectors.quote.exact).toBe('Regio Deal');
    expect(selectors.quote.prefix.endsWith('🚲 en een ')).toBe(true);
    // The bicycle is one code point but two UTF-16 units: the position counts it once.
    expect(selectors.position).toEqual({ start: start - 1, end: start - 1 + 10 });
  });

  test('notes are found again by position, by quote after the text moved, and orphans are said', async () => {
    const document = joinPages(PAGES);
    const start = document.text.indexOf('grip');
    const onPage3 = describeDocumentSpan(document, start, start + 4);
    const other = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const gone = '16fd2706-8baf-433b-82eb-8c7fada847da';
    const notes = [
      { id: ID, selectors: onPage3 },
      { id: gone, selectors: { quote: { exact: 'een zin die er nooit stond', prefix: '', suffix: '' } } },
    ];
    const same = await anchorInDocument(document, notes, noTurns);
    expect(same.get(ID)).toEqual({ start, end: start + 4, method: 'position', page: 3 });
    expect(same.get(gone)).toBeNull();

    // The same document with an extra page in front: the quote and its context find the passage.
    const longer = joinPages(['Voorwoord van de regio.', ...PAGES]);
    const moved = await anchorInDocument(longer, [{ id: other, selectors: onPage3 }], noTurns);
    const movedStart = longer.text.indexOf('grip');
    expect(moved.get(other)).toEqual({ start: movedStart, end: movedStart + 4, method: 'quote', page: 4 });
  });

  test('anchoring gives the browser a turn once a slice of work has run long enough', async () => {
    const document = joinPages(PAGES);
    const start = document.text.indexOf('rekenkamer');
    const selectors = describeDocumentSpan(document, start, start + 10);
    const notes = Array.from({ length: 5 }, (_, i) => ({ id: `${ID.slice(0, -1)}${i}`, selectors }));
    let clock = 0;
    let turns = 0;
    // Every reading of the clock moves it 5 ms on: past the 8 ms slice every second note.
    const anchors = await anchorInDocument(document, notes, {
      now: () => (clock += 5),
      between: async () => void turns++,
    });
    expect([...anchors.values()].every((found) => found?.page === 3)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  test('an anchor spanning two pages is cut per page, in page offsets', () => {
    const document = joinPages(PAGES);
    const start = document.text.indexOf('samen.');
    const end = document.text.indexOf('werkt');
    const page1 = PAGES[0] as string;
    expect(spanOnPage(document, 1, page1.length, { start, end })).toEqual({ start: page1.indexOf('samen.'), end: page1.length });
    expect(spanOnPage(document, 2, (PAGES[1] as string).length, { start, end })).toEqual({ start: 0, end: 'De regio '.length });
    expect(spanOnPage(document, 3, (PAGES[2] as string).length, { start, end })).toBeNull();
    expect(spanOnPage(document, 9, 10, { start, end })).toBeNull();
  });
});
