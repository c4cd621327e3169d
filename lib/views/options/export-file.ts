/** Names and types of the notes export files: dated, so repeated exports do not overwrite each other. */
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
