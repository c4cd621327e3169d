/**
 * The size check a notes import makes before it reads the file. `File.text()`
 * reads the whole file into memory at once, so a file above the import limit
 * (lib/core/notes/import-jsonld.ts) is refused from its size alone, before a
 * byte of it is read; the parser's own check on the text comes too late for that.
 */
import { MAX_IMPORT_BYTES, type ImportReport } from '../../core/notes/import-jsonld';

/** The refusal for a file larger than `max` bytes, as an import report; null when the file may be read. */
export function oversizedImport(file: Pick<File, 'size'>, max: number = MAX_IMPORT_BYTES): ImportReport | null {
  if (file.size <= max) return null;
  return {
    added: 0,
    skipped: 0,
    errors: [{ code: 'too-large', message: `the file is ${file.size} bytes; at most ${max} are read` }],
    refused: [],
    notices: [],
  };
}
