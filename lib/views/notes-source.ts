/**
 * What the side panel's notes views need, as small interfaces: the notes
 * store and the page in the tab (highlights, selection). The active index
 * (links, suggestions) comes through lib/views/entry-source.ts, like in every
 * other view. The extension implements these in
 * lib/services/notes-source.ts; component tests pass fakes. Views never reach
 * IndexedDB or extension APIs themselves.
 */
import type { AnchorOutcome, NoteToAnchor, PageSelection } from '../notes/anchor-page';
import type { Note, NoteChanges, NoteDraft } from '../notes/types';

/**
 * What the browser said when asked to keep our storage (navigator.storage.persist):
 * 'exempt' when it refused but the unlimitedStorage permission keeps it anyway.
 * Defined here, with the views that show it; lib/services/storage-persistence.ts produces it.
 */
export type PersistenceState = 'persisted' | 'granted' | 'exempt' | 'denied' | 'unsupported';

export interface NotesSource {
  /** The notes of a page (address normalised by the store), newest first. */
  notesForPage(url: string): Promise<Note[]>;
  allNotes(): Promise<Note[]>;
  addNote(draft: NoteDraft): Promise<Note>;
  /** NotesConflictError when the note changed since `baseRevision` (another view wrote first). */
  updateNote(id: string, baseRevision: number, changes: NoteChanges): Promise<Note>;
  /** Returns the deleted note, for undo. */
  deleteNote(id: string): Promise<Note | undefined>;
  restoreNote(note: Note): Promise<Note>;
  /** Calls back whenever notes change in any view or window (ids of the changed notes). */
  subscribe(listener: (ids: readonly string[]) => void): () => void;
  /** Asks the browser once to keep our storage; tells how that went. */
  requestPersistence(): Promise<PersistenceState>;
}

/** Why a page could not be reached: a browser page or store (restricted), or a closed tab / no content script (unavailable). */
export type PageProblem = 'restricted' | 'unavailable';

/**
 * A selection handed over by the context menu or the keyboard command
 * (kept in session storage until the panel uses or dismisses it).
 */
export type PendingAnnotation =
  | { tabId: number; at: number; status: 'selection'; selection: PageSelection }
  | { tabId: number; at: number; status: 'no-selection' | PageProblem };

export interface PageBridge {
  /** Anchors and highlights the notes in the tab; null when the page cannot be reached. */
  highlight(tabId: number, notes: readonly NoteToAnchor[]): Promise<AnchorOutcome[] | null>;
  /** Scrolls the tab to a highlighted note; false when it is not highlighted or the page is gone. */
  scrollTo(tabId: number, id: string): Promise<boolean>;
  /** The tab's selection, null when nothing is selected, or why the page could not be asked. */
  selection(tabId: number): Promise<PageSelection | null | PageProblem>;
  /** The pending annotation, if any. */
  pending(): Promise<PendingAnnotation | undefined>;
  /** Calls back when a new pending annotation arrives. */
  onPending(listener: (pending: PendingAnnotation) => void): () => void;
  clearPending(): Promise<void>;
}
