/**
 * The notes of a page that quote a passage, as the content script's highlight
 * code wants them: shared by the side panel (which highlights while it is open)
 * and the background (which hands a page its notes when it loads, panel or not).
 */
import { MAX_HIGHLIGHTS } from './limits';
import type { Note, NoteToAnchor } from './types';

/**
 * Quote and position only: a PDF note's page is not needed to find it (its
 * position is on the whole document's text), and the content script's guards
 * accept exactly the selectors web pages use.
 */
export function anchorsOf(notes: readonly Note[]): NoteToAnchor[] {
  return notes
    .flatMap((note) => {
      if (!note.selectors) return [];
      const { quote, position } = note.selectors;
      return [{ id: note.id, selectors: position ? { quote, position } : { quote } }];
    })
    .slice(0, MAX_HIGHLIGHTS);
}
