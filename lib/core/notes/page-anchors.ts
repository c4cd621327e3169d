/**
 * The notes of a page that quote a passage, as the content script's highlight
 * code wants them: shared by the side panel (which highlights while it is open)
 * and the background (which hands a page its notes when it loads, panel or not).
 */
import { MAX_HIGHLIGHTS } from './limits';
import type { Note, NoteToAnchor } from './types';

export function anchorsOf(notes: readonly Note[]): NoteToAnchor[] {
  return notes.flatMap((note) => (note.selectors ? [{ id: note.id, selectors: note.selectors }] : [])).slice(0, MAX_HIGHLIGHTS);
}
