/**
 * Note highlights in the reader's text layer, and the user's selection there
 * as offsets into the page's text. pdf.js draws one span per text item over
 * the canvas (transparent text); a highlight wraps the highlighted part of
 * each span's text in a <mark>, built from DOM nodes (the document's text is
 * never parsed as HTML). Overlapping notes nest their marks. A page drawn
 * again (scrolled back, zoomed) gets its marks again from the caller.
 */
import type { PageText } from '../../core/pdf/pdf-text';
import type { RenderedPage } from './pdf-engine';

export const NOTE_MARK_CLASS = 'pdf-note';

/** A note's passage on one page, as offsets into that page's text. */
export interface PageSpan {
  id: string;
  start: number;
  end: number;
}

/** The text nodes under a span, in order, with where each starts in the span's text. */
function textNodes(root: Node): { node: Text; start: number }[] {
  const nodes: { node: Text; start: number }[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    nodes.push({ node: node as Text, start: length });
    length += (node as Text).length;
  }
  return nodes;
}

/** Wraps div's text between `from` and `to` (offsets in its text) in marks, splitting text nodes where needed. */
function wrap(div: HTMLElement, from: number, to: number, id: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start } of textNodes(div)) {
    const end = start + node.length;
    if (end <= from || start >= to) continue;
    let piece = node;
    if (from > start) piece = piece.splitText(from - start);
    if (to < end) piece.splitText(to - Math.max(from, start));
    const mark = div.ownerDocument.createElement('mark');
    mark.className = NOTE_MARK_CLASS;
    mark.dataset.note = id;
    piece.replaceWith(mark);
    mark.append(piece);
    marks.push(mark);
  }
  return marks;
}

/** Removes every note mark of a drawn page, leaving its text as pdf.js drew it. */
export function clearMarks(page: RenderedPage): void {
  for (const div of page.textDivs) {
    const marks = div.querySelectorAll(`mark.${NOTE_MARK_CLASS}`);
    if (marks.length === 0) continue;
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    div.normalize();
  }
}

/** Marks each span's text on a drawn page (after clearing earlier marks); returns the first mark of each note. */
export function markSpans(page: RenderedPage, text: PageText, spans: readonly PageSpan[]): Map<string, HTMLElement> {
  clearMarks(page);
  const first = new Map<string, HTMLElement>();
  for (const span of spans) {
    page.textDivs.forEach((div, item) => {
      const itemStart = text.itemStarts[item];
      if (itemStart === undefined) return;
      const length = div.textContent?.length ?? 0;
      const from = Math.max(0, span.start - itemStart);
      const to = Math.min(length, span.end - itemStart);
      if (to <= from) return;
      const marks = wrap(div, from, to, span.id);
      if (marks[0] && !first.has(span.id)) first.set(span.id, marks[0]);
    });
  }
  return first;
}

/** Where a boundary of a range stands in a span's text: its offset, counted over the span's text nodes. */
function offsetIn(div: HTMLElement, container: Node, offset: number): number {
  const nodes = textNodes(div);
  if (container.nodeType === Node.TEXT_NODE) {
    const found = nodes.find((entry) => entry.node === container);
    return found ? found.start + offset : 0;
  }
  // An element boundary: before its child at `offset`.
  const child = container.childNodes[offset];
  if (!child) return div.textContent?.length ?? 0;
  const after = nodes.find((entry) => child === entry.node || child.contains(entry.node));
  return after ? after.start : (div.textContent?.length ?? 0);
}

/** Offsets of a range on one drawn page: into its text, from the first text span the range covers to the last; null when none. */
export function rangeOnPage(page: RenderedPage, text: PageText, range: Range): { start: number; end: number } | null {
  let start: number | null = null;
  let end: number | null = null;
  page.textDivs.forEach((div, item) => {
    const itemStart = text.itemStarts[item];
    if (itemStart === undefined || !range.intersectsNode(div)) return;
    const length = div.textContent?.length ?? 0;
    const from = div.contains(range.startContainer) ? offsetIn(div, range.startContainer, range.startOffset) : 0;
    const to = div.contains(range.endContainer) ? offsetIn(div, range.endContainer, range.endOffset) : length;
    if (to <= from) return;
    start ??= itemStart + from;
    end = itemStart + to;
  });
  return start === null || end === null ? null : { start, end };
}
