/**
 * Notes on a PDF: where a passage stands in the document's text, and finding
 * it again when the document is opened another time. The document's text is
 * every page's text (pdf-text.ts `pageText`, the same the text layer draws)
 * joined with a blank line, in full: unlike the text read for recognition it
 * is not bounded, so a note on page 900 has a position too. Quote and
 * position are on that text (positions in code points, as the Web Annotation
 * model counts), and the page the passage starts on is kept beside them.
 *
 * Re-anchoring runs in slices: a slice of work may take ANCHOR_SLICE_MS, then
 * the reader gets the main thread back, so scrolling and typing never wait.
 */
import { AnchorText, anchor, describeSpan } from '../notes/anchor';
import { countBelow } from '../notes/anchoring/code-points';
import type { Anchor, NoteSelectors, NoteToAnchor } from '../notes/types';

/** Between two pages' texts: a passage never runs from one page's last word into the next page's first. */
export const PAGE_SEPARATOR = '\n\n';

export interface PdfDocumentText {
  text: string;
  /** Where each page's text starts in `text` (UTF-16), page 1 first. */
  pageStarts: number[];
}

export function joinPages(pages: readonly string[]): PdfDocumentText {
  const pageStarts: number[] = [];
  let length = 0;
  for (const [index, page] of pages.entries()) {
    if (index > 0) length += PAGE_SEPARATOR.length;
    pageStarts.push(length);
    length += page.length;
  }
  return { text: pages.join(PAGE_SEPARATOR), pageStarts };
}

/** The page (from 1) a UTF-16 offset of the document text falls on. */
export function pageOfOffset(document: PdfDocumentText, offset: number): number {
  return Math.max(1, countBelow(document.pageStarts, offset + 1));
}

/** Selectors for text[start, end) of the document: quote and position on the whole text, and the page it starts on. */
export function describeDocumentSpan(document: PdfDocumentText, start: number, end: number): NoteSelectors {
  const selectors = describeSpan(document.text, start, end);
  return { ...selectors, page: pageOfOffset(document, start) };
}

/** Where an anchored note stands: UTF-16 offsets into the document text, and its page. */
export interface DocumentAnchor extends Anchor {
  page: number;
}

/** Time one slice of anchoring may take before the reader gets the main thread back. */
export const ANCHOR_SLICE_MS = 8;

export interface SliceOptions {
  /** Gives the browser a turn (the reader passes a macrotask). */
  between?: () => Promise<void>;
  now?: () => number;
  /** Stops between slices when aborted (the document was closed or the notes changed). */
  signal?: AbortSignal;
}

/**
 * Anchors each note in the document (null: an orphan, which the views keep
 * showing), in slices of at most about ANCHOR_SLICE_MS. The text is prepared
 * once for all notes; folding it for a quote search happens only when some
 * note is no longer at its stored position.
 */
export async function anchorInDocument(
  document: PdfDocumentText,
  notes: readonly NoteToAnchor[],
  {
    between = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    now = () => performance.now(),
    signal,
  }: SliceOptions = {},
): Promise<Map<string, DocumentAnchor | null>> {
  const anchors = new Map<string, DocumentAnchor | null>();
  let sliceStart = now();
  const prepared = new AnchorText(document.text);
  for (const note of notes) {
    if (now() - sliceStart > ANCHOR_SLICE_MS) {
      await between();
      signal?.throwIfAborted();
      sliceStart = now();
    }
    const found = anchor(prepared, note.selectors);
    anchors.set(note.id, found ? { ...found, page: pageOfOffset(document, found.start) } : null);
  }
  return anchors;
}

/** The part of [start, end) that lies on one page, as offsets into that page's text; null when none does. */
export function spanOnPage(
  document: PdfDocumentText,
  page: number,
  pageLength: number,
  { start, end }: { start: number; end: number },
): { start: number; end: number } | null {
  const pageStart = document.pageStarts[page - 1];
  if (pageStart === undefined) return null;
  const from = Math.max(start, pageStart) - pageStart;
  const to = Math.min(end, pageStart + pageLength) - pageStart;
  return to > from ? { start: from, end: to } : null;
}
