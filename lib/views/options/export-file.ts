/**
 * The notes export files: their text (JSON-LD to restore, Markdown to read,
 * with the user's name as creator when they gave one), names and types,
 * dated so repeated exports do not overwrite each other.
 */
import { creatorFromName } from '../../core/notes/creator';
import { exportMarkdown, type LinkedEntry, type MarkdownLabels } from '../../core/notes/export-markdown';
import type { Note } from '../../core/notes/types';
import { exportJsonLd } from '../../core/notes/web-annotation';

export type ExportFormat = 'jsonld' | 'markdown';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
  /** How many notes the file holds. */
  count: number;
}

const EXTENSIONS: Record<ExportFormat, { extension: string; mimeType: string }> = {
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
};

/** "regiolens-notes-2026-11-27.jsonld" (the local calendar date). */
export function exportFileName(format: ExportFormat, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `regiolens-notes-${day}.${EXTENSIONS[format].extension}`;
}

export function exportMimeType(format: ExportFormat): string {
  return EXTENSIONS[format].mimeType;
}

/**
 * The export file of `notes`; `creatorName` ('' for none) is the creator of every note that carries no
 * creator of its own; `entry` names linked material in the Markdown (JSON-LD keeps the ids).
 */
export function buildExport(
  notes: readonly Note[],
  format: ExportFormat,
  labels: MarkdownLabels,
  creatorName: string,
  now: Date,
  entry?: (id: string) => LinkedEntry | undefined,
): ExportedFile {
  const creator = creatorFromName(creatorName);
  const text = format === 'jsonld' ? exportJsonLd(notes, { creator }) : exportMarkdown(notes, labels, { user: creator, entry });
  return { fileName: exportFileName(format, now), mimeType: exportMimeType(format), text, count: notes.length };
}
