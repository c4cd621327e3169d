/**
 * The reader's notes, wired to the extension: the notes store (IndexedDB,
 * opened on first use), its 'notes/changed' event, and the messages the
 * reader answers in its tab (lib/shared/messages/reader-messages.ts: the
 * content protocol for its document plus `reader/identity`), checked by the
 * same validating router the background uses. The entrypoint passes
 * `extensionReaderNotes` to the reader; tests pass their own.
 */
import { readerProtocol, type ReaderHandlers } from '../../shared/messages/protocol';
import { createRouter } from '../../shared/messages/router';
import { events } from '../../shared/platform/events';
import { listenForMessagesOf, trustedOrigin } from '../../shared/platform/listen';
import { openNotesDb, type NotesDb } from '../../shared/stores/notes-db';
import type { ReaderNotes, ReaderNotesHost } from './reader-notes';

/** The handlers of the reader's messages, over its notes (exported for tests, which route to them directly). */
export function readerHandlers(notes: ReaderNotes, doc: Document = document): ReaderHandlers {
  return {
    'notes/highlight': ({ notes: wanted }) => notes.highlight(wanted),
    'notes/scroll-to': async ({ id }) => ({ found: await notes.scrollTo(id) }),
    'notes/clear-highlights': async () => {
      await notes.clear();
      return null;
    },
    'page/selection': () => notes.selection(doc),
    // The reasons' words are found with the reader's own find bar; a document has no page to select them on.
    'page/show-text': () => ({ found: false }),
    'reader/identity': () => notes.identity,
  };
}

let db: Promise<NotesDb> | null = null;
const notesDb = () => (db ??= openNotesDb());

export const extensionReaderNotes: ReaderNotesHost = {
  store: {
    notesFor: async (url, fingerprint) => (await notesDb()).notesForDocument(url, fingerprint),
    onChange: (listener) => events.on('notes/changed', () => listener()),
  },
  answer(notes) {
    const route = createRouter(readerProtocol, readerHandlers(notes), trustedOrigin());
    return listenForMessagesOf(new Set(Object.keys(readerProtocol)), route);
  },
};
