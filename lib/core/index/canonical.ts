/**
 * Canonical serialisation of an index: fields in schema order, entries sorted
 * by id, two-space indentation, one trailing newline. The same index always
 * gives the same bytes, so builds are reproducible and a signature made over a
 * built file stays valid when the file is rebuilt from the same sources.
 */
import type { IndexEntry, IndexFile } from './schema';

const ENTRY_FIELDS = [
  'id',
  'title',
  'kind',
  'publisher',
  'event',
  'date',
  'url',
  'themes',
  'keywords',
  'summary',
  'body',
] as const;

// Compile-time check that the list above names every field of an entry, no more, no less.
type Missing = Exclude<keyof IndexEntry, (typeof ENTRY_FIELDS)[number]>;
const everyFieldListed: Missing extends never ? true : false = true;
void everyFieldListed;

/** The entry with its fields in canonical order; absent optional fields stay absent. */
export function canonicalEntry(entry: IndexEntry): IndexEntry {
  const out: Record<string, unknown> = {};
  for (const field of ENTRY_FIELDS) {
    const value = entry[field];
    if (value !== undefined) out[field] = Array.isArray(value) ? [...value] : value;
  }
  return out as IndexEntry;
}

/** Code-point order, independent of the runtime's locale (localeCompare is not). */
function byId(a: IndexEntry, b: IndexEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function canonicalIndex(index: IndexFile): IndexFile {
  return {
    format: index.format,
    version: index.version,
    created: index.created,
    entries: index.entries.map(canonicalEntry).sort(byId),
  };
}

export function serialiseIndex(index: IndexFile): string {
  return `${JSON.stringify(canonicalIndex(index), null, 2)}\n`;
}

export function serialiseIndexBytes(index: IndexFile): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(serialiseIndex(index));
}
