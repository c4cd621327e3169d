/**
 * Showing anchored notes in the page. Where the CSS Custom Highlight API
 * exists (CSS.highlights), the page's DOM is left untouched: ranges are
 * registered under one highlight name and styled with ::highlight(). Elsewhere
 * the text is wrapped in <mark> elements, built with createElement and
 * textContent only (never markup from strings), and unwrapped again on clear.
 *
 * Runs in the content script: takes the Document as a parameter, imports no
 * schema library.
 */

export const HIGHLIGHT_NAME = 'regiolens-note';
const STYLE_ID = 'regiolens-note-style';
const MARK_ATTRIBUTE = 'data-regiolens-note';

export type HighlightMode = 'css' | 'marks';

export interface NoteRange {
  id: string;
  range: Range;
}

interface PageHighlights {
  mode: HighlightMode;
  /** The ranges (css mode) or marks (marks mode) of each note, for scroll-to. */
  byId: Map<string, { range?: Range; marks: HTMLElement[] }>;
}

const state = new WeakMap<Document, PageHighlights>();

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

function cssHighlights(doc: Document): { registry: Map<string, unknown>; Highlight: new (...ranges: Range[]) => unknown } | null {
  const view = doc.defaultView as unknown as HighlightWindow | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

/** Which way highlights will be drawn in this document. */
export function highlightMode(doc: Document): HighlightMode {
  return cssHighlights(doc) ? 'css' : 'marks';
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = [
    `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 214, 0, 0.45); color: inherit; }`,
    `mark[${MARK_ATTRIBUTE}] { background-color: rgba(255, 214, 0, 0.45); color: inherit; padding: 0; }`,
  ].join('\n');
  (doc.head ?? doc.documentElement).append(style);
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
function wrapInMarks(doc: Document, notes: readonly NoteRange[], byId: PageHighlights['byId']): void {
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
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, [...ids].join(' '));
      node.replaceWith(mark);
      mark.append(node);
      for (const id of ids) byId.get(id)?.marks.push(mark);
    }
  }
}

/** Highlights the given notes, replacing any earlier highlights. */
export function highlightNotes(doc: Document, notes: readonly NoteRange[], mode: HighlightMode = highlightMode(doc)): void {
  clearHighlights(doc);
  ensureStyle(doc);
  const byId: PageHighlights['byId'] = new Map(notes.map(({ id, range }) => [id, { range, marks: [] }]));
  const css = mode === 'css' ? cssHighlights(doc) : null;
  if (css) {
    css.registry.set(HIGHLIGHT_NAME, new css.Highlight(...notes.map((note) => note.range)));
    state.set(doc, { mode: 'css', byId });
    return;
  }
  wrapInMarks(doc, notes, byId);
  state.set(doc, { mode: 'marks', byId });
}

/** Removes every highlight this module drew (marks are unwrapped, their text nodes merged back). */
export function clearHighlights(doc: Document): void {
  cssHighlights(doc)?.registry.delete(HIGHLIGHT_NAME);
  const parents = new Set<Node>();
  for (const mark of doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
  state.delete(doc);
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
