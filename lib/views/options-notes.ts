/**
 * The notes actions of the options page: count, storage persistence, export,
 * import, erase. Implemented in lib/services/options-notes.ts over the notes
 * database; failures are NotesError (lib/notes/errors.ts) with a locale key.
 */
import type { MarkdownLabels } from '../notes/export-markdown';
import type { ImportReport } from '../notes/import-jsonld';
import type { ExportedFile, ExportFormat } from '../options/export-file';
import type { StorageEstimateSummary } from '../services/storage-persistence';
import type { PersistenceState } from './notes-source';

export interface OptionsNotes {
  count(): Promise<number>;
  persistence(): Promise<PersistenceState>;
  estimate(): Promise<StorageEstimateSummary>;
  /** Builds an export of every note (Markdown with the given headings). */
  exportAll(format: ExportFormat, labels: MarkdownLabels): Promise<ExportedFile>;
  /** Hands a file to the browser's downloads (a Blob address and a download link). */
  save(file: ExportedFile): void;
  /** Imports a JSON-LD export, all or nothing. */
  importFile(file: File): Promise<ImportReport>;
  /** Erases every note; returns how many there were. */
  eraseAll(): Promise<number>;
  /** Calls back after notes changed in any view. */
  subscribe(listener: () => void): () => void;
}
