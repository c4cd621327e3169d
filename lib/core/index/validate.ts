/**
 * Validation of an index and of single entries. It never throws on bad input
 * and returns every problem at once, so an editor fixes a file in one pass and
 * the options page can say exactly why an update was refused.
 */
import * as v from 'valibot';
import { INDEX_MAX_VERSION } from './limits';
import { type IndexProblem, problemsFromIssues } from './problems';
import { type IndexEntry, type IndexFile, IndexEntrySchema, IndexFileSchema } from './schema';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: IndexProblem[] };

/** Ids used more than once, each with the positions where it occurs. */
export function findDuplicateIds(entries: readonly { id: string }[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    const positions = seen.get(entry.id);
    if (positions) positions.push(position);
    else seen.set(entry.id, [position]);
  });
  return new Map([...seen].filter(([, positions]) => positions.length > 1));
}

export function duplicateIdProblems(entries: readonly { id: string }[]): IndexProblem[] {
  return [...findDuplicateIds(entries)].map(([id, positions]) => ({
    path: `entries[${positions[1] ?? 0}].id`,
    field: 'id',
    entryId: id,
    code: 'duplicate_id',
    message: `id "${id}" is used ${positions.length} times (entries ${positions.join(', ')}); ids must be unique`,
  }));
}

/** Validates one entry (e.g. one source file of the editor folder). */
export function validateEntry(value: unknown): Validation<IndexEntry> {
  const parsed = v.safeParse(IndexEntrySchema, value);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, problems: problemsFromIssues(parsed.issues, value) };
}

/**
 * Validates a whole index: the schema, then unique ids. Schema problems and
 * duplicate ids are reported together when both occur.
 */
export function validateIndex(value: unknown): Validation<IndexFile> {
  const parsed = v.safeParse(IndexFileSchema, value);
  const schemaProblems = parsed.success ? [] : problemsFromIssues(parsed.issues, value);
  const entries = parsed.success ? parsed.output.entries : readableEntries(value);
  const problems = [...schemaProblems, ...duplicateIdProblems(entries)];
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.output };
  return { ok: false, problems };
}

/** The entries whose id can be read even when the index as a whole is invalid, for the duplicate check. */
function readableEntries(value: unknown): { id: string }[] {
  const entries = typeof value === 'object' && value !== null ? (value as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [{ id }] : [];
  });
}

export type ParseOutcome =
  | { ok: true; index: IndexFile }
  | { ok: false; code: 'malformed_json'; message: string }
  | { ok: false; code: 'schema_invalid' | 'duplicate_ids' | 'version_too_high'; message: string; problems: IndexProblem[] };

/** The version field when it is a number above the bound (Infinity included: JSON's 1e400). */
function versionTooHigh(value: unknown): number | null {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  return typeof version === 'number' && version > INDEX_MAX_VERSION ? version : null;
}

/**
 * Decodes UTF-8 strictly (a file with broken encoding is refused, not repaired),
 * parses JSON and validates. Used for updates, imported files and the bundled index.
 */
export function parseIndexBytes(bytes: Uint8Array): ParseOutcome {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    return { ok: false, code: 'malformed_json', message: `the file is not valid UTF-8 text (${errorText(error)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'malformed_json', message: `the file is not valid JSON: ${errorText(error)}` };
  }
  const validation = validateIndex(value);
  if (validation.ok) return { ok: true, index: validation.value };
  const tooHigh = versionTooHigh(value);
  if (tooHigh !== null) {
    // Its own code, whatever else is wrong: the publisher must learn that this numbering can never be accepted.
    return {
      ok: false,
      code: 'version_too_high',
      message: `the index has version ${tooHigh}; versions above ${INDEX_MAX_VERSION} (2^31 - 1) are refused, because one that high would block every later update`,
      problems: validation.problems,
    };
  }
  const onlyDuplicates = validation.problems.every((problem) => problem.code === 'duplicate_id');
  const count = validation.problems.length;
  return onlyDuplicates
    ? { ok: false, code: 'duplicate_ids', message: `${count} id(s) occur more than once`, problems: validation.problems }
    : {
        ok: false,
        code: 'schema_invalid',
        message: `the index does not match the schema (${count} problem(s))`,
        problems: validation.problems,
      };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
