/**
 * The options page's notes service: the notes database (opened once, on first
 * use), storage persistence, and saving exports as downloads through a Blob
 * address and a temporary download link (works alike in Chromium and Firefox,
 * without the downloads permission).
 */
import { onNotesChanged, openNotesDb, type NotesDb } from '../db/notes-db';
import { exportMarkdown } from '../notes/export-markdown';
import { exportJsonLd } from '../notes/web-annotation';
import { exportFileName, exportMimeType } from '../options/export-file';
import type { OptionsNotes } from '../views/options-notes';
import { hasUnlimitedStorage } from '../platform/permissions';
import { requestDurableStorage, storageEstimate } from './storage-persistence';

export function createOptionsNotes(): OptionsNotes {
  let dbPromise: Promise<NotesDb> | undefined;
  const db = () => (dbPromise ??= openNotesDb());
  return {
    count: async () => (await db()).count(),
    persistence: () => requestDurableStorage(hasUnlimitedStorage),
    estimate: () => storageEstimate(),
    async exportAll(format, labels) {
      const notes = await (await db()).allNotes();
      const text = format === 'jsonld' ? exportJsonLd(notes) : exportMarkdown(notes, labels);
      return { fileName: exportFileName(format, new Date()), mimeType: exportMimeType(format), text, count: notes.length };
    },
    save(file) {
      const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has taken its copy once the click is handled; a minute is generous for slow disks.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    importFile: async (file) => (await db()).importNotes(await file.text()),
    eraseAll: async () => (await db()).eraseAll(),
    subscribe: (listener) => onNotesChanged(() => listener()),
  };
}
