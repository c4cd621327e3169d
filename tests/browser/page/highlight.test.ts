/**
 * What a page's own scripts can learn from note highlights (#11, item 5). The
 * highlights are drawn in the page, so a page can see that some exist; it must
 * not find note ids, a fixed name to look for or plant, or anything left over
 * once they are cleared.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { anchorNotes } from '../../../lib/page/anchor-page';
import { clearHighlights, highlightedIds, highlightNotes, scrollToNote, type NoteRange } from '../../../lib/page/highlight';
import { describeRange } from '../../../lib/core/notes/anchor';
import { rangeFromOffsets, readPageText } from '../../../lib/core/notes/page-text';
import type { NoteSelectors } from '../../../lib/core/notes/types';

const ID_A = '3f2b8c1d-5e6a-4b7c-8d9e-0a1b2c3d4e5f';
const ID_B = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
/** Pieces of the ids a page could search for: any 8 characters of either id would give it away. */
const ID_PIECES = [ID_A, ID_B].flatMap((id) => [id, id.replaceAll('-', ''), ...id.split('-')]);

/**
 * The test page's own markup before anything is highlighted. Its script addresses carry hashes in which a
 * 4-character piece of an id can turn up by chance ("9c2d" did once): such a piece says nothing about us.
 */
const HARNESS_HTML = document.documentElement.outerHTML;

/** The page's style elements before this file highlighted anything: what every clear must return to. */
const PRISTINE_STYLES = document.querySelectorAll('style').length;

function buildPage(): void {
  const main = document.createElement('main');
  for (const text of ['Regionale samenwerking is geen doel op zich.', 'De democratische legitimiteit staat onder druk.']) {
    const p = document.createElement('p');
    p.textContent = text;
    main.append(p);
  }
  document.body.replaceChildren(main);
}

function selectorsOf(exact: string): NoteSelectors {
  const page = readPageText(document);
  const start = page.text.indexOf(exact);
  return describeRange(page, rangeFromOffsets(page, start, start + exact.length) as Range) as NoteSelectors;
}

function anchored(): NoteRange[] {
  buildPage();
  return anchorNotes(document, [
    { id: ID_A, selectors: selectorsOf('samenwerking is geen doel') },
    { id: ID_B, selectors: selectorsOf('democratische legitimiteit') },
  ]).ranges;
}

/** Everything a page script could read: the markup (attributes, style text) and the highlight registry. */
function pageView(): { html: string; names: string[]; styles: number; marks: number } {
  return {
    html: document.documentElement.outerHTML,
    names: [...CSS.highlights.keys()],
    styles: document.querySelectorAll('style').length,
    marks: document.querySelectorAll('mark').length,
  };
}

function expectNoIds(html: string): void {
  for (const piece of ID_PIECES) if (!HARNESS_HTML.includes(piece)) expect(html).not.toContain(piece);
  // The whole ids are never in the harness: they are always checked.
  for (const id of [ID_A, ID_B]) expect(HARNESS_HTML).not.toContain(id);
  expect(html.toLowerCase()).not.toContain('regiolens');
}

afterEach(() => {
  clearHighlights(document);
  document.body.replaceChildren();
});

describe('highlights and the page', () => {
  test('nothing is inserted before anything is highlighted, nor for a page without notes', () => {
    buildPage();
    const before = pageView();
    expect(before.names).toEqual([]);
    expect(CSS.highlights.size).toBe(0);

    highlightNotes(document, []);
    highlightNotes(document, [], 'marks');
    expect(pageView()).toEqual(before);
    expect(CSS.highlights.size).toBe(0);
    expect(highlightedIds(document)).toEqual([]);
  });

  test('css mode: no note id in the page, a random name, the mapping kept in the content script', () => {
    const ranges = anchored();
    const before = pageView();
    highlightNotes(document, ranges, 'css');
    const drawn = pageView();
    expect(drawn.names).toHaveLength(1);
    const [name] = drawn.names as [string];
    expect(name).not.toBe('regiolens-note');
    expect(name).toMatch(/^[a-z][a-z0-9]{15,}$/);
    expect(name.toLowerCase()).not.toContain('regiolens');
    // The one style rule names the random highlight only, and the style element says nothing about us.
    expect(drawn.styles).toBe(before.styles + 1);
    const style = [...document.querySelectorAll('style')].at(-1) as HTMLStyleElement;
    expect(style.attributes.length).toBe(0);
    expect(style.textContent).toContain(`::highlight(${name})`);
    expectNoIds(drawn.html);

    expect(highlightedIds(document)).toEqual([ID_A, ID_B]);
    expect(scrollToNote(document, ID_B)).toBe(true);
  });

  test('the name differs from one drawing to the next', () => {
    const ranges = anchored();
    highlightNotes(document, ranges, 'css');
    const [first] = [...CSS.highlights.keys()];
    clearHighlights(document);
    highlightNotes(document, ranges, 'css');
    const [second] = [...CSS.highlights.keys()];
    expect(second).not.toBe(first);
    // Highlighting again (the side panel refreshing) replaces the old name rather than adding one.
    highlightNotes(document, ranges.slice(0, 1), 'css');
    expect(CSS.highlights.size).toBe(1);
    expect(highlightedIds(document)).toEqual([ID_A]);
  });

  test('marks mode: no note id or identifying attribute in the page, scroll-to still works', () => {
    const ranges = anchored();
    const before = pageView();
    highlightNotes(document, ranges, 'marks');
    const drawn = pageView();
    expect(drawn.marks).toBeGreaterThan(0);
    expect(drawn.styles).toBe(before.styles);
    expect(drawn.names).toEqual([]);
    expectNoIds(drawn.html);
    for (const mark of document.querySelectorAll('mark')) {
      expect([...mark.attributes].map((attribute) => attribute.name)).toEqual(['style']);
    }
    expect(highlightedIds(document)).toEqual([ID_A, ID_B]);
    expect(scrollToNote(document, ID_A)).toBe(true);
    expect(scrollToNote(document, '00000000-0000-4000-8000-000000000000')).toBe(false);
  });

  test.each(['css', 'marks'] as const)('%s mode: clearing removes every trace', (mode) => {
    const ranges = anchored();
    const before = document.documentElement.outerHTML;
    highlightNotes(document, ranges, mode);
    clearHighlights(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelectorAll('style').length).toBe(PRISTINE_STYLES);
    expect(CSS.highlights.size).toBe(0);
    expect(highlightedIds(document)).toEqual([]);
    expect(scrollToNote(document, ID_A)).toBe(false);
  });

  test('look-alikes planted by the page are left alone and never taken for notes', () => {
    const ranges = anchored();
    const planted = document.createElement('mark');
    planted.setAttribute('data-regiolens-note', ID_B);
    planted.textContent = 'nep';
    document.body.append(planted);
    highlightNotes(document, ranges.slice(0, 1), 'marks');
    expect(highlightedIds(document)).toEqual([ID_A]);
    clearHighlights(document);
    expect(planted.isConnected).toBe(true);
    expect(planted.textContent).toBe('nep');
  });
});
