import { afterEach, describe, expect, test } from 'vitest';
import { describeRange } from '../../../lib/core/notes/anchor';
import { anchorNotes, anchorNotesInSlices, describeSelection } from '../../../lib/page/anchor-page';
import { clearHighlights, highlightedIds, highlightMode, highlightNotes, scrollToNote } from '../../../lib/page/highlight';
import { offsetsFromRange, rangeFromOffsets, readPageText } from '../../../lib/core/notes/page-text';
import type { NoteSelectors } from '../../../lib/core/notes/types';

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';
const ID_C = '00000000-0000-4000-8000-00000000000c';

/** Builds the test page with DOM methods only (the code under test must never need markup strings either). */
function buildPage(paragraphs: Array<Array<string | [tag: string, text: string]>>): HTMLElement {
  const root = document.createElement('main');
  for (const parts of paragraphs) {
    const p = document.createElement('p');
    for (const part of parts) {
      if (typeof part === 'string') p.append(part);
      else {
        const element = document.createElement(part[0]);
        element.textContent = part[1];
        p.append(element);
      }
    }
    root.append(p);
  }
  document.body.replaceChildren(root);
  return root;
}

const PAGE: Array<Array<string | [string, string]>> = [
  ['Regionale samenwerking is ', ['em', 'geen doel'], ' op zich.'],
  ['De ', ['strong', 'democratische legitimiteit'], ' staat onder druk.', ['script', 'var hidden = "niet tellen";']],
  ['Een gemeenschappelijke regeling geeft ', ['a', 'de samenwerking'], ' een juridische vorm.', ['style', 'p{color:red}']],
];

function selectorsOf(exact: string): NoteSelectors {
  const page = readPageText(document);
  const start = page.text.indexOf(exact);
  const range = rangeFromOffsets(page, start, start + exact.length) as Range;
  return describeRange(page, range) as NoteSelectors;
}

/** The DOM as text, to prove a step left it exactly as it was. */
const serialise = (node: Node) => new XMLSerializer().serializeToString(node);

afterEach(() => {
  clearHighlights(document);
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('page text', () => {
  test('concatenates visible text nodes, skipping script and style', () => {
    buildPage(PAGE);
    const page = readPageText(document);
    expect(page.text).toBe(
      'Regionale samenwerking is geen doel op zich.De democratische legitimiteit staat onder druk.Een gemeenschappelijke regeling geeft de samenwerking een juridische vorm.',
    );
    expect(page.text).not.toContain('niet tellen');
  });

  test('a span maps to a DOM range across elements and back', () => {
    buildPage(PAGE);
    const page = readPageText(document);
    const exact = 'is geen doel op';
    const start = page.text.indexOf(exact);
    const range = rangeFromOffsets(page, start, start + exact.length) as Range;
    expect(range.toString()).toBe(exact);
    expect(offsetsFromRange(page, range)).toEqual({ start, end: start + exact.length });
  });

  test('a range with element boundaries maps to the text it covers', () => {
    const root = buildPage(PAGE);
    const page = readPageText(document);
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('strong') as Element);
    const span = offsetsFromRange(page, range);
    expect(page.text.slice(span?.start, span?.end)).toBe('democratische legitimiteit');
  });

  test('reads one element when given one', () => {
    const root = buildPage(PAGE);
    expect(readPageText(root.querySelector('p') as Element).text).toBe('Regionale samenwerking is geen doel op zich.');
  });
});

describe('anchoring in a live page', () => {
  test('anchors, then re-anchors after the page changed, and reports orphans', () => {
    buildPage(PAGE);
    const notes = [
      { id: ID_A, selectors: selectorsOf('democratische legitimiteit staat') },
      { id: ID_B, selectors: selectorsOf('gemeenschappelijke regeling geeft de samenwerking') },
      { id: ID_C, selectors: selectorsOf('geen doel op zich') },
    ];
    expect(anchorNotes(document, notes).outcomes.map((outcome) => outcome.status)).toEqual(['anchored', 'anchored', 'anchored']);

    // The page changes: text inserted before, one passage edited slightly, one removed.
    buildPage([
      ['Nieuw bericht bovenaan. '],
      ['De ', ['strong', 'democratische legitimiteit'], ' staat onder druk.'],
      ['Een gemeenschappelijke regeling geeft ', ['a', 'deze samenwerking'], ' een juridische vorm.'],
    ]);
    const { outcomes, ranges } = anchorNotes(document, notes);
    expect(outcomes).toEqual([
      { id: ID_A, status: 'anchored', method: 'quote' },
      { id: ID_B, status: 'anchored', method: 'fuzzy' },
      { id: ID_C, status: 'orphan' },
    ]);
    expect(ranges.find((range) => range.id === ID_A)?.range.toString()).toBe('democratische legitimiteit staat');
    expect(ranges.find((range) => range.id === ID_B)?.range.toString()).toContain(
      'gemeenschappelijke regeling geeft deze samenwerking',
    );
  });

  test('describes the user selection; nothing selected gives null', () => {
    const root = buildPage(PAGE);
    expect(describeSelection(document)).toBeNull();
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('a') as Element);
    document.getSelection()?.addRange(range);
    const selection = describeSelection(document);
    expect(selection?.exact).toBe('de samenwerking');
    expect(selection?.selectors.quote.prefix.endsWith('regeling geeft ')).toBe(true);
    expect(selection?.selectors.quote.suffix.startsWith(' een juridische')).toBe(true);
  });
});

describe('highlighting', () => {
  function anchoredPage() {
    buildPage(PAGE);
    return anchorNotes(document, [
      { id: ID_A, selectors: selectorsOf('samenwerking is geen doel') },
      { id: ID_B, selectors: selectorsOf('doel op zich.De democratische') },
    ]);
  }

  test('uses the CSS Custom Highlight API in Chromium, leaving the DOM alone', () => {
    const { ranges } = anchoredPage();
    const before = serialise(document.body);
    expect(highlightMode(document)).toBe('css');
    highlightNotes(document, ranges);
    const [name] = [...CSS.highlights.keys()];
    expect(CSS.highlights.get(name as string)?.size).toBe(2);
    expect(serialise(document.body)).toBe(before);
    expect(highlightedIds(document)).toEqual([ID_A, ID_B]);
    expect(scrollToNote(document, ID_A)).toBe(true);
    expect(scrollToNote(document, ID_C)).toBe(false);
    clearHighlights(document);
    expect(CSS.highlights.size).toBe(0);
  });

  test('fallback: overlapping notes wrapped in marks, text unchanged, cleanly removed', () => {
    const { ranges } = anchoredPage();
    const textBefore = readPageText(document).text;
    const structureBefore = serialise(document.querySelector('main') as Element);
    highlightNotes(document, ranges, 'marks');
    const marks = [...document.querySelectorAll('mark')];
    // 'doel' is in both notes: one mark, cut where either note starts or ends.
    expect(marks.map((mark) => mark.textContent).join('|')).toBe('samenwerking is |geen |doel| op zich.|De |democratische');
    expect(highlightedIds(document)).toEqual([ID_A, ID_B]);
    expect(readPageText(document).text).toBe(textBefore);
    expect(scrollToNote(document, ID_B)).toBe(true);

    // Anchoring still works on the marked-up page.
    expect(anchorNotes(document, [{ id: ID_A, selectors: selectorsOf('samenwerking is geen doel') }]).outcomes[0]).toMatchObject({
      method: 'position',
    });

    clearHighlights(document);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(serialise(document.querySelector('main') as Element)).toBe(structureBefore);
  });

  test('hostile quotes and bodies never become markup', () => {
    buildPage([['Tekst met <img src=x onerror=alert(1)> als letterlijke tekst.']]);
    const { ranges } = anchorNotes(document, [{ id: ID_A, selectors: selectorsOf('<img src=x onerror=alert(1)>') }]);
    highlightNotes(document, ranges, 'marks');
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(document.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('highlighting again replaces earlier highlights', () => {
    const { ranges } = anchoredPage();
    highlightNotes(document, ranges, 'marks');
    // As the content script does: anchor again in the marked-up page, then highlight.
    const again = anchorNotes(document, [{ id: ID_A, selectors: selectorsOf('samenwerking is geen doel') }]);
    highlightNotes(document, again.ranges, 'marks');
    expect(highlightedIds(document)).toEqual([ID_A]);
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent).join('|')).toBe('samenwerking is |geen doel');
  });
});

describe('anchoring in slices', () => {
  test('gives the page the main thread back between slices, with the same results', async () => {
    buildPage(PAGE);
    const notes = [
      { id: ID_A, selectors: selectorsOf('democratische legitimiteit staat') },
      { id: ID_B, selectors: selectorsOf('gemeenschappelijke regeling geeft de samenwerking') },
      { id: ID_C, selectors: selectorsOf('geen doel op zich') },
    ];
    // A clock that moves 10 ms per look: every note after the first starts a new slice.
    let clock = 0;
    let yields = 0;
    const sliced = await anchorNotesInSlices(document, notes, {
      now: () => (clock += 10),
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBeGreaterThanOrEqual(notes.length - 1);
    expect(sliced.outcomes).toEqual(anchorNotes(document, notes).outcomes);
  });
});
