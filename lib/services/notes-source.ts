/**
 * The extension's implementations of the notes views' interfaces
 * (lib/views/notes-source.ts): the IndexedDB store and the tab's content
 * script. The active index reaches the panel through the one EntrySource every
 * view uses (lib/services/entry-source.ts), which follows index changes.
 */
import { openNotesDb, onNotesChanged, type NotesDb } from '../db/notes-db';
import { sendToTab } from '../platform/messaging';
import type { NotesSource, PageBridge } from '../views/notes-source';
import { clearPendingAnnotation, onPendingAnnotation, readPendingAnnotation } from './notes-feature';
import { hasUnlimitedStorage } from '../platform/permissions';
import { requestDurableStorage } from './storage-persistence';

export function createNotesSource(): NotesSource {
  let db: Promise<NotesDb> | null = null;
  const store = () => (db ??= openNotesDb());
  return {
    notesForPage: async (url) => (await store()).notesForPage(url),
    allNotes: async () => (await store()).allNotes(),
    addNote: async (draft) => (await store()).addNote(draft),
    updateNote: async (id, revision, changes) => (await store()).updateNote(id, revision, changes),
    deleteNote: async (id) => (await store()).deleteNote(id),
    restoreNote: async (note) => (await store()).restoreNote(note),
    // Every BroadcastChannel object but the sender hears a post: this view hears its own writes too, and other windows'.
    subscribe: (listener) => onNotesChanged((change) => listener(change.ids)),
    requestPersistence: () => requestDurableStorage(hasUnlimitedStorage),
  };
}

export function createPageBridge(): PageBridge {
  return {
    async highlight(tabId, notes) {
      try {
        return await sendToTab(tabId)('notes/highlight', { notes: [...notes] });
      } catch (error) {
        console.debug('Regiolens: the page could not be highlighted', error);
        return null;
      }
    },
    async scrollTo(tabId, id) {
      try {
        return (await sendToTab(tabId)('notes/scroll-to', { id })).found;
      } catch (error) {
        console.debug('Regiolens: the page could not scroll', error);
        return false;
      }
    },
    async selection(tabId) {
      try {
        return await sendToTab(tabId)('page/selection', {});
      } catch (error) {
        console.debug('Regiolens: the page did not give its selection', error);
        return 'unavailable';
      }
    },
    pending: readPendingAnnotation,
    onPending: onPendingAnnotation,
    clearPending: clearPendingAnnotation,
  };
}
