/**
 * The content script's side of notes, as functions of a Document: anchor a
 * batch of notes in the live page, and describe the user's selection. The
 * page text is read (and folded for matching) once per call, so 50 notes cost
 * one tree walk.
 */
import { AnchorText, anchor, describeRange } from '../core/notes/anchor';
import type { NoteRange } from './highlight';
import { rangeFromOffsets, readPageText, type PageText } from '../core/notes/page-text';
import type { AnchorOutcome, NoteToAnchor, PageSelection } from '../core/notes/types';

export interface AnchoredPage {
  outcomes: AnchorOutcome[];
  /** Ranges of the anchored notes, ready for highlightNotes. */
  ranges: NoteRange[];
}

export function anchorNotes(doc: Document, notes: readonly NoteToAnchor[]): AnchoredPage {
  const page = readPage(doc);
  const result: AnchoredPage = { outcomes: [], ranges: [] };
  for (const note of notes) anchorOne(page, note, result);
  return result;
}

interface ReadPage {
  page: PageText;
  prepared: AnchorText;
}

function readPage(doc: Document): ReadPage {
  const page = readPageText(doc);
  return { page, prepared: new AnchorText(page.text) };
}

function anchorOne({ page, prepared }: ReadPage, { id, selectors }: NoteToAnchor, into: AnchoredPage): void {
  const found = anchor(prepared, selectors);
  const range = found ? rangeFromOffsets(page, found.start, found.end) : null;
  if (!found || !range) {
    into.outcomes.push({ id, status: 'orphan' });
    return;
  }
  into.outcomes.push({ id, status: 'anchored', method: found.method });
  into.ranges.push({ id, range });
}

/** Time one slice of anchoring may take before the page gets the main thread back. */
export const ANCHOR_SLICE_MS = 8;

/**
 * anchorNotes in slices: after ANCHOR_SLICE_MS of work it yields to the page, so anchoring many
 * notes (orphans cost a fuzzy search over the whole page each) never makes one long task that
 * freezes the page. Same results as anchorNotes.
 */
export async function anchorNotesInSlices(
  doc: Document,
  notes: readonly NoteToAnchor[],
  { yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0)), now = () => performance.now() } = {},
): Promise<AnchoredPage> {
  const page = readPage(doc);
  const result: AnchoredPage = { outcomes: [], ranges: [] };
  let sliceStart = now();
  for (const note of notes) {
    if (now() - sliceStart > ANCHOR_SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
    }
    anchorOne(page, note, result);
  }
  return result;
}

/** The selectors of the user's current selection, or null when nothing (or only whitespace) is selected. */
export function describeSelection(doc: Document): PageSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const selectors = describeRange(readPageText(doc), selection.getRangeAt(0));
  if (!selectors || selectors.quote.exact.trim().length === 0) return null;
  return { selectors, exact: selectors.quote.exact };
}
