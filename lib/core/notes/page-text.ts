/**
 * The page text that note selectors count in: the text nodes under
 * document.body, concatenated in document order, without script, style,
 * noscript and template contents (which a reader never sees). The same
 * function runs when a note is written and when it is anchored again, so
 * offsets mean the same thing both times.
 *
 * A <br> counts as a line break ("\n") although no text node holds it: a
 * reader sees "Gemeente Utrecht" and "Afdeling Ruimte" on two lines, so a
 * quote across the break is stored as "Utrecht\nAfdeling", not as
 * "UtrechtAfdeling" (which other annotation tools would read as one word).
 *
 * Alongside the string it keeps where each text node starts, so a span of the
 * string maps back to a DOM Range and a Range to a span.
 */

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface PageText {
  text: string;
  /** The text nodes in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
}

/** Reads the page text of a document (its body) or of one element. */
export function readPageText(root: Document | Element): PageText {
  const isDocument = root.nodeType === 9;
  const doc = isDocument ? (root as Document) : (root.ownerDocument as Document);
  const top: Node | null = isDocument ? doc.body : root;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  if (!top) return { text: '', nodes, starts };
  const walker = doc.createTreeWalker(top, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      // FILTER_REJECT skips the whole subtree; FILTER_SKIP still visits children. A <br> is visited for its line break.
      const tag = (node as Element).tagName.toUpperCase();
      return tag === 'BR' ? 1 : HIDDEN.has(tag) ? 2 : 3;
    },
  });
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'BR') {
        parts.push('\n');
        offset += 1;
      }
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    nodes.push(node as Text);
    starts.push(offset);
    parts.push(data);
    offset += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node starting at or before `offset` (binary search). */
function nodeIndexAt(page: PageText, offset: number): number {
  let low = 0;
  let high = page.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((page.starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A DOM Range covering text[start, end). Boundaries are placed inside text
 * nodes: the start at the beginning of the node holding `start`, the end at
 * the end of the node holding `end - 1`, so the range never spills into a
 * neighbouring element. A boundary on a <br>'s line break moves to the text
 * beside it. Returns null for an empty or out-of-bounds span.
 */
export function rangeFromOffsets(page: PageText, start: number, end: number): Range | null {
  if (start < 0 || end > page.text.length || start >= end || page.nodes.length === 0) return null;
  let first = nodeIndexAt(page, start);
  const last = nodeIndexAt(page, end - 1);
  // A start past the end of its node lies on a line break: the range starts at the next node.
  if (start - (page.starts[first] as number) >= (page.nodes[first] as Text).data.length && first < last) first += 1;
  const startNode = page.nodes[first] as Text;
  const endNode = page.nodes[last] as Text;
  const range = (startNode.ownerDocument as Document).createRange();
  range.setStart(startNode, Math.min(startNode.data.length, Math.max(0, start - (page.starts[first] as number))));
  range.setEnd(endNode, Math.min(endNode.data.length, end - (page.starts[last] as number)));
  return range.collapsed ? null : range;
}

/** The offset in page text of one boundary point of a range. */
function offsetOfPoint(page: PageText, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const index = page.nodes.indexOf(container as Text);
    if (index >= 0) return (page.starts[index] as number) + Math.min(offset, (container as Text).data.length);
  }
  // Element boundary (or a text node we do not count): the first counted text node at or after the point.
  const probe = (container.ownerDocument ?? (container as Document)).createRange();
  probe.setStart(container, offset);
  let low = 0;
  let high = page.nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // comparePoint: -1 when the node's start lies before the collapsed probe.
    if (probe.comparePoint(page.nodes[middle] as Text, 0) < 0) low = middle + 1;
    else high = middle;
  }
  return low < page.nodes.length ? (page.starts[low] as number) : page.text.length;
}

/** The span of page text a range covers, or null when it covers none of it. */
export function offsetsFromRange(page: PageText, range: Range): { start: number; end: number } | null {
  const start = offsetOfPoint(page, range.startContainer, range.startOffset);
  const end = offsetOfPoint(page, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
