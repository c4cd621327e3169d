/**
 * The notes actions of the options page: count, storage persistence, export,
 * import, erase. Implemented in lib/views/options/notes-source.ts over the notes
 * database; failures are NotesError (lib/core/notes/errors.ts) with a locale key.
 *
 *
 * The options page's notes service: the notes database (opened once, on first
 * use), storage persistence, and saving exports as downloads through a Blob
 * address and a temporary download link (works alike in Chromium and Firefox,
 * without the downloads permission).
 */
import type { LinkedEntry, MarkdownLabels } from '../../core/notes/export-markdown';
import type { Note } from '../../core/notes/types';
import type { ImportReport } from '../../core/notes/import-jsonld';
import type { ExportedFile, ExportFormat } from './export-file';
import type { StorageEstimateSummary } from '../notes/storage-persistence';
import type { PersistenceState } from '../notes/notes-source';
import { openNotesDb, type NotesDb } from '../../shared/stores/notes-db';
import { events } from '../../shared/platform/events';
import { buildExport } from './export-file';
import { oversizedImport } from './import-size';
import { hasUnlimitedStorage } from '../../shared/platform/permissions';
import { requestDurableStorage, storageEstimate } from '../notes/storage-persistence';

export interface OptionsNotes {
  count(): Promise<number>;
  persistence(): Promise<PersistenceState>;
  estimate(): Promise<StorageEstimateSummary>;
  /** Builds an export of every note (Markdown with the given headings), naming `creatorName` as creator when not empty. */
  exportAll(format: ExportFormat, labels: MarkdownLabels, creatorName: string): Promise<ExportedFile>;
  /** Hands a file to the browser's downloads (a Blob address and a download link). */
  save(file: ExportedFile): void;
  /** Imports a JSON-LD export, all or nothing. */
  importFile(file: File): Promise<ImportReport>;
  /** Erases every note; returns how many there were. */
  eraseAll(): Promise<number>;
  /** Calls back after notes changed in any view. */
  subscribe(listener: () => void): () => void;
}

/** Titles and addresses of index entries by id (the background's active index), for the Markdown export. */
export type EntryLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, LinkedEntry>>;

/** The linked entries of `notes` as the lookup knows them; none when it fails (the export then names ids). */
async function linkedEntries(notes: readonly Note[], lookup: EntryLookup | undefined): Promise<ReadonlyMap<string, LinkedEntry>> {
  const ids = [...new Set(notes.flatMap((note) => note.links))];
  if (!lookup || ids.length === 0) return new Map();
  return lookup(ids).catch((error: unknown) => {
    console.warn('Regiolens: linked material could not be named in the export', error);
    return new Map();
  });
}

export function createOptionsNotes(lookupEntries?: EntryLookup): OptionsNotes {
  let dbPromise: Promise<NotesDb> | undefined;
  const db = () => (dbPromise ??= openNotesDb());
  return {
    count: async () => (await db()).count(),
    persistence: () => requestDurableStorage(hasUnlimitedStorage),
    estimate: () => storageEstimate(),
    exportAll: async (format, labels, creatorName) => {
      const notes = await (await db()).allNotes();
      const entries = format === 'markdown' ? await linkedEntries(notes, lookupEntries) : new Map<string, LinkedEntry>();
      return buildExport(notes, format, labels, creatorName, new Date(), (id) => entries.get(id));
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
    // The size first: file.text() reads everything into memory before the parser's own limit applies.
    importFile: async (file) => oversizedImport(file) ?? (await db()).importNotes(await file.text()),
    eraseAll: async () => (await db()).eraseAll(),
    subscribe: (listener) => events.on('notes/changed', () => listener()),
  };
}
