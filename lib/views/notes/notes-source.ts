/**
 * What the side panel's notes views need, as small interfaces: the notes
 * store and the page in the tab (highlights, selection). Components cannot
 * reach IndexedDB or extension APIs, so these are their seams; the active index
 * (links, suggestions) comes from the background client, as in every other view.
 *
 * The implementations: the IndexedDB store (lib/shared/stores/notes-db.ts) with
 * its 'notes/changed' event, and the tab's content script through its client.
 * Component tests build the same NotesSource over a real store in Chromium.
 */
import type { Note, NoteChanges, NoteDraft } from '../../core/notes/types';
import { openNotesDb, type NotesDb } from '../../shared/stores/notes-db';
import type { EventSubscriber } from '../../shared/messages/events';
import { events as extensionEvents } from '../../shared/platform/events';
import { contentClient, readerClient } from '../../shared/platform/messaging';
import { clearPendingAnnotation, onPendingAnnotation, readPendingAnnotation } from '../../shared/platform/pending-annotation';
import { hasUnlimitedStorage } from '../../shared/platform/permissions';
import { requestDurableStorage } from './storage-persistence';
import type {
  AnchorOutcome,
  NoteToAnchor,
  PageProblem,
  PageSelection,
  PendingAnnotation,
  ReaderIdentity,
} from '../../core/notes/types';

/**
 * What the browser said when asked to keep our storage (navigator.storage.persist):
 * 'exempt' when it refused but the unlimitedStorage permission keeps it anyway.
 * Defined here, with the views that show it; lib/views/notes/storage-persistence.ts produces it.
 */
export type PersistenceState = 'persisted' | 'granted' | 'exempt' | 'denied' | 'unsupported';

export interface NotesSource {
  /** The notes of a page (address normalised by the store), newest first. */
  notesForPage(url: string): Promise<Note[]>;
  /** The notes of a PDF: by its address, and by its fingerprint wherever else it was opened. */
  notesForDocument(url: string, fingerprint: string): Promise<Note[]>;
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

export interface PageBridge {
  /** Anchors and highlights the notes in the tab; null when the page cannot be reached. */
  highlight(tabId: number, notes: readonly NoteToAnchor[]): Promise<AnchorOutcome[] | null>;
  /** Scrolls the tab to a highlighted note; false when it is not highlighted or the page is gone. */
  scrollTo(tabId: number, id: string): Promise<boolean>;
  /** Selects and scrolls to the first place these words stand on the page (a reason's); false when not found or the page is gone. */
  showText(tabId: number, text: string): Promise<boolean>;
  /** The tab's selection, null when nothing is selected, or why the page could not be asked. */
  selection(tabId: number): Promise<PageSelection | null | PageProblem>;
  /** The pending annotation, if any. */
  pending(): Promise<PendingAnnotation | undefined>;
  /** Calls back when a new pending annotation arrives. */
  onPending(listener: (pending: PendingAnnotation) => void): () => void;
  clearPending(): Promise<void>;
  /** The document a PDF reader tab shows (its address and fingerprint); null for any other tab. */
  document?(tabId: number): Promise<ReaderIdentity | null>;
}

export interface NotesSourceDeps {
  /** Opens the notes database (on first use, once). */
  open?: () => Promise<NotesDb>;
  /** Where 'notes/changed' is heard. */
  events?: EventSubscriber;
  /** Asks the browser to keep our storage (navigator.storage.persist, unlimitedStorage). */
  persistence?: () => Promise<PersistenceState>;
}

export function createNotesSource({
  open = () => openNotesDb(),
  events = extensionEvents,
  persistence = () => requestDurableStorage(hasUnlimitedStorage),
}: NotesSourceDeps = {}): NotesSource {
  let db: Promise<NotesDb> | null = null;
  const store = () => (db ??= open());
  return {
    notesForPage: async (url) => (await store()).notesForPage(url),
    notesForDocument: async (url, fingerprint) => (await store()).notesForDocument(url, fingerprint),
    allNotes: async () => (await store()).allNotes(),
    addNote: async (draft) => (await store()).addNote(draft),
    updateNote: async (id, revision, changes) => (await store()).updateNote(id, revision, changes),
    deleteNote: async (id) => (await store()).deleteNote(id),
    restoreNote: async (note) => (await store()).restoreNote(note),
    // Every BroadcastChannel object but the sender hears a post: this view hears its own writes too, and other windows'.
    subscribe: (listener) => events.on('notes/changed', (change) => listener(change.ids)),
    requestPersistence: persistence,
  };
}

export function createPageBridge(): PageBridge {
  return {
    async highlight(tabId, notes) {
      try {
        return await contentClient(tabId).call('notes/highlight', { notes: [...notes] });
      } catch (error) {
        console.debug('Regiolens: the page could not be highlighted', error);
        return null;
      }
    },
    async scrollTo(tabId, id) {
      try {
        return (await contentClient(tabId).call('notes/scroll-to', { id })).found;
      } catch (error) {
        console.debug('Regiolens: the page could not scroll', error);
        return false;
      }
    },
    async showText(tabId, text) {
      try {
        return (await contentClient(tabId).call('page/show-text', { text })).found;
      } catch (error) {
        console.debug('Regiolens: the page could not show the words', error);
        return false;
      }
    },
    async selection(tabId) {
      try {
        return await contentClient(tabId).call('page/selection', {});
      } catch (error) {
        console.debug('Regiolens: the page did not give its selection', error);
        return 'unavailable';
      }
    },
    async document(tabId) {
      try {
        return await readerClient(tabId).call('reader/identity', {});
      } catch {
        // A web page's content script does not know the question, and a tab without one does not answer: not a reader.
        return null;
      }
    },
    pending: readPendingAnnotation,
    onPending: onPendingAnnotation,
    clearPending: clearPendingAnnotation,
  };
}
