/**
 * The content script's side of notes, as functions of a Document: anchor a
 * batch of notes in the live page, and describe the user's selection. The
 * page text is read once per call, so 50 notes cost one tree walk.
 */
import { anchor, describeRange } from './anchor';
import type { NoteRange } from './highlight';
import { rangeFromOffsets, readPageText } from './page-text';
import type { AnchorMethod, NoteSelectors } from './types';

export interface NoteToAnchor {
  id: string;
  selectors: NoteSelectors;
}

export type AnchorOutcome = { id: string; status: 'anchored'; method: AnchorMethod } | { id: string; status: 'orphan' };

export interface AnchoredPage {
  outcomes: AnchorOutcome[];
  /** Ranges of the anchored notes, ready for highlightNotes. */
  ranges: NoteRange[];
}

export function anchorNotes(doc: Document, notes: readonly NoteToAnchor[]): AnchoredPage {
  const page = readPageText(doc);
  const outcomes: AnchorOutcome[] = [];
  const ranges: NoteRange[] = [];
  for (const { id, selectors } of notes) {
    const found = anchor(page.text, selectors);
    const range = found ? rangeFromOffsets(page, found.start, found.end) : null;
    if (!found || !range) {
      outcomes.push({ id, status: 'orphan' });
      continue;
    }
    outcomes.push({ id, status: 'anchored', method: found.method });
    ranges.push({ id, range });
  }
  return { outcomes, ranges };
}

export interface PageSelection {
  selectors: NoteSelectors;
  /** The selected text as the page shows it (same as selectors.quote.exact). */
  exact: string;
}

/** The selectors of the user's current selection, or null when nothing (or only whitespace) is selected. */
export function describeSelection(doc: Document): PageSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const selectors = describeRange(readPageText(doc), selection.getRangeAt(0));
  if (!selectors || selectors.quote.exact.trim().length === 0) return null;
  return { selectors, exact: selectors.quote.exact };
}
