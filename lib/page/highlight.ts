/**
 * Showing anchored notes in the page. Where the CSS Custom Highlight API
 * exists (CSS.highlights), the page's DOM is left untouched: ranges are
 * registered under one highlight name and styled with ::highlight(). Elsewhere
 * the text is wrapped in <mark> elements, built with createElement and
 * textContent only (never markup from strings), and unwrapped again on clear.
 *
 * What the page sees (#11, item 5). Highlights drawn in the page are visible to
 * the page's own scripts (the registry and the DOM are shared with the content
 * script), so this module gives them as little as it can:
 * - the highlight name is random (crypto), fresh for every drawing, so a page
 *   cannot look it up or plant a highlight under it by a known name;
 * - nothing at all is added while a page has no highlighted notes, and clearing
 *   removes everything that was added;
 * - no note id, or anything derived from one, reaches the page: the id ↔ range
 *   mapping stays in this module's WeakMap (scrollToNote, highlightedIds);
 * - the one style element (css mode only) and the marks carry no id, class or
 *   data attribute that names us; marks are styled inline, and clearing
 *   unwraps only the marks this module made, never look-alikes the page added.
 * A page can still tell that passages are highlighted, and which, while they
 * are drawn; it cannot read a note, its id or which note a passage belongs to.
 *
 * Runs in the content script: takes the Document as a parameter, imports no
 * schema library.
 */

import { offsetsFromRange, rangeFromOffsets, readPageText } from '../core/notes/page-text';

const HIGHLIGHT_COLOUR = 'rgba(255, 214, 0, 0.45)';

export type HighlightMode = 'css' | 'marks';

export interface NoteRange {
  id: string;
  range: Range;
}

/** One drawing in one document: everything it added to the page, so clearing can take it all back. */
interface PageHighlights {
  /** The ranges (css mode) or marks (marks mode) of each note, for scroll-to. */
  byId: Map<string, { range?: Range; marks: HTMLElement[] }>;
  /** css mode: the random name, the registered highlight and its style element. */
  css?: { name: string; highlight: unknown; style: HTMLStyleElement };
  /** marks mode: every mark made, in document order. */
  marks: HTMLElement[];
}

const state = new WeakMap<Document, PageHighlights>();

type HighlightConstructor = new (...ranges: Range[]) => unknown;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: HighlightConstructor;
}

function cssHighlights(doc: Document): { registry: Map<string, unknown>; Highlight: HighlightConstructor } | null {
  const view = doc.defaultView as unknown as HighlightWindow | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

/** Which way highlights will be drawn in this document. */
export function highlightMode(doc: Document): HighlightMode {
  return cssHighlights(doc) ? 'css' : 'marks';
}

/**
 * A random CSS identifier: 32 letters a–p, one per random nibble (128 bits).
 * Letters only, so it is a valid <custom-ident> without a fixed prefix.
 * getRandomValues, not randomUUID: content scripts also run on http pages,
 * which are not secure contexts.
 */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const letter = (nibble: number) => String.fromCharCode(97 + nibble);
  return Array.from(bytes, (byte) => letter(byte >> 4) + letter(byte & 15)).join('');
}

/** The style element for one drawing's ::highlight(name), with no attributes to recognise it by. */
function addStyle(doc: Document, name: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = `::highlight(${name}) { background-color: ${HIGHLIGHT_COLOUR}; color: inherit; }`;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** A mark styled inline (CSSOM, which page CSPs allow), so marks mode needs no style element. */
function createMark(doc: Document): HTMLElement {
  const mark = doc.createElement('mark');
  mark.style.backgroundColor = HIGHLIGHT_COLOUR;
  mark.style.color = 'inherit';
  mark.style.padding = '0';
  return mark;
}

interface Piece {
  from: number;
  to: number;
  ids: Set<string>;
}

/**
 * Wraps the text each range covers in marks. All text-node segments are
 * computed before the DOM is touched, and each text node is split on its own,
 * so wrapping one note never moves the boundaries of another.
 */
function wrapInMarks(doc: Document, notes: readonly NoteRange[], byId: PageHighlights['byId']): HTMLElement[] {
  const made: HTMLElement[] = [];
  const segments = new Map<Text, Array<{ from: number; to: number; id: string }>>();
  for (const { id, range } of notes) {
    const root = range.commonAncestorContainer;
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    const first: Node | null = root.nodeType === 3 ? root : walker.nextNode();
    for (let node = first; node; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      const text = node as Text;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : text.data.length;
      if (to <= from) continue;
      const list = segments.get(text) ?? [];
      list.push({ from, to, id });
      segments.set(text, list);
      if (root.nodeType === 3) break;
    }
  }
  for (const [text, list] of segments) {
    const cuts = [...new Set([0, text.data.length, ...list.flatMap((segment) => [segment.from, segment.to])])].sort(
      (a, b) => a - b,
    );
    const pieces: Piece[] = [];
    for (let index = 0; index + 1 < cuts.length; index += 1) {
      const from = cuts[index] as number;
      const to = cuts[index + 1] as number;
      const ids = new Set(list.filter((segment) => segment.from <= from && segment.to >= to).map((segment) => segment.id));
      pieces.push({ from, to, ids });
    }
    // Split from the end: `text` keeps [0, from) each time, so earlier offsets stay valid.
    const nodes: Array<{ node: Text; ids: Set<string> }> = [];
    for (let index = pieces.length - 1; index >= 0; index -= 1) {
      const piece = pieces[index] as Piece;
      const node = piece.from > 0 ? text.splitText(piece.from) : text;
      nodes.unshift({ node, ids: piece.ids });
    }
    for (const { node, ids } of nodes) {
      if (ids.size === 0) continue;
      const mark = createMark(doc);
      node.replaceWith(mark);
      mark.append(node);
      made.push(mark);
      for (const id of ids) byId.get(id)?.marks.push(mark);
    }
  }
  return made;
}

/**
 * Highlights the given notes, replacing any earlier highlights. With no notes
 * it only clears: nothing is added to a page that has nothing to show.
 */
export function highlightNotes(doc: Document, given: readonly NoteRange[], mode: HighlightMode = highlightMode(doc)): void {
  const notes = clearKeepingRanges(doc, given);
  if (notes.length === 0) return;
  const byId: PageHighlights['byId'] = new Map(notes.map(({ id, range }) => [id, { range, marks: [] }]));
  const css = mode === 'css' ? cssHighlights(doc) : null;
  if (css) {
    const name = randomName();
    const highlight = new css.Highlight(...notes.map((note) => note.range));
    css.registry.set(name, highlight);
    state.set(doc, { byId, marks: [], css: { name, highlight, style: addStyle(doc, name) } });
    return;
  }
  state.set(doc, { byId, marks: wrapInMarks(doc, notes, byId) });
}

/**
 * Clears the earlier drawing and returns the notes' ranges as they stand after
 * it. Ranges anchored while our marks were in the page may end inside them, and
 * unwrapping a mark moves its text, which by the DOM's range rules moves those
 * ends too; so across that clearing they are carried as page-text offsets,
 * which unwrapping does not change.
 */
function clearKeepingRanges(doc: Document, notes: readonly NoteRange[]): NoteRange[] {
  if (!state.get(doc)?.marks.length || notes.length === 0) {
    clearHighlights(doc);
    return [...notes];
  }
  const before = readPageText(doc);
  const spans = notes.map(({ id, range }) => ({ id, span: offsetsFromRange(before, range) }));
  clearHighlights(doc);
  const after = readPageText(doc);
  return spans.flatMap(({ id, span }) => {
    const range = span && rangeFromOffsets(after, span.start, span.end);
    return range ? [{ id, range }] : [];
  });
}

/**
 * Removes every highlight this module drew and everything it added for them:
 * the registration and style element, or the marks (unwrapped, their text
 * nodes merged back). What the page added itself is left alone.
 */
export function clearHighlights(doc: Document): void {
  const drawn = state.get(doc);
  if (!drawn) return;
  state.delete(doc);
  if (drawn.css) {
    const registry = cssHighlights(doc)?.registry;
    // Only our own highlight: a page that saw the name may have put another one under it.
    if (registry && registry.get(drawn.css.name) === drawn.css.highlight) registry.delete(drawn.css.name);
    drawn.css.style.remove();
  }
  const parents = new Set<Node>();
  for (const mark of drawn.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** Scrolls a highlighted note's passage into view; false when that note is not highlighted. */
export function scrollToNote(doc: Document, id: string): boolean {
  const entry = state.get(doc)?.byId.get(id);
  if (!entry) return false;
  const target = entry.marks[0] ?? entry.range?.startContainer.parentElement;
  if (!target) return false;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** The ids currently highlighted in a document. */
export function highlightedIds(doc: Document): string[] {
  return [...(state.get(doc)?.byId.keys() ?? [])];
}
