/**
 * Reads the editor folder (`content/`): one JSON file per entry in
 * `entries/<id>.json` plus `index.config.json` (format, version, created).
 * Every problem in every file is collected, named by file and field, so an
 * editor sees the whole list at once instead of fixing one error per run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { type IndexProblem, problemsFromIssues } from '../../lib/core/index/problems';
import { type IndexEntry, type IndexFile, IndexFileSchema } from '../../lib/core/index/schema';
import { duplicateIdProblems, validateEntry } from '../../lib/core/index/validate';

export interface SourceProblem extends IndexProblem {
  /** The file, relative to the source folder, e.g. `entries/ws-sharing.json`. */
  file: string;
}

export type SourceRead = { ok: true; index: IndexFile; files: number } | { ok: false; problems: SourceProblem[]; files: number };

const ConfigSchema = v.strictObject({
  format: IndexFileSchema.entries.format,
  version: IndexFileSchema.entries.version,
  created: IndexFileSchema.entries.created,
});

function whole(file: string, code: string, message: string): SourceProblem {
  return { file, path: '', field: null, entryId: null, code, message };
}

function readJson(dir: string, file: string): { ok: true; value: unknown } | { ok: false; problem: SourceProblem } {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    return {
      ok: false,
      problem: whole(file, 'unreadable', `cannot be read: ${error instanceof Error ? error.message : String(error)}`),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problem: whole(file, 'malformed_json', `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`),
    };
  }
}

export function readSources(dir: string): SourceRead {
  const problems: SourceProblem[] = [];
  const config = readJson(dir, 'index.config.json');
  let header: v.InferOutput<typeof ConfigSchema> | null = null;
  if (!config.ok) problems.push(config.problem);
  else {
    const parsed = v.safeParse(ConfigSchema, config.value);
    if (parsed.success) header = parsed.output;
    else
      problems.push(
        ...problemsFromIssues(parsed.issues, config.value).map((problem) => ({ ...problem, file: 'index.config.json' })),
      );
  }

  let names: string[] = [];
  try {
    names = readdirSync(join(dir, 'entries')).sort();
  } catch (error) {
    problems.push(
      whole(
        'entries/',
        'unreadable',
        `the entries folder cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
  const entries: Array<{ file: string; entry: IndexEntry }> = [];
  for (const name of names) {
    const file = `entries/${name}`;
    if (!name.endsWith('.json')) {
      problems.push(whole(file, 'not_json_file', 'only .json files belong in entries/ (one entry per file)'));
      continue;
    }
    const read = readJson(dir, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const validation = validateEntry(read.value);
    if (!validation.ok) {
      problems.push(...validation.problems.map((problem) => ({ ...problem, file })));
      continue;
    }
    const expected = `${validation.value.id}.json`;
    if (name !== expected) {
      problems.push({
        file,
        path: 'id',
        field: 'id',
        entryId: validation.value.id,
        code: 'file_name',
        message: `the file must be named ${expected} after its id`,
      });
    }
    entries.push({ file, entry: validation.value });
  }
  for (const problem of duplicateIdProblems(entries.map(({ entry }) => entry))) {
    const files = entries.filter(({ entry }) => entry.id === problem.entryId).map(({ file }) => file);
    for (const file of files)
      problems.push({
        ...problem,
        file,
        path: 'id',
        message: `id "${problem.entryId ?? ''}" is also used in ${files.filter((other) => other !== file).join(', ')}`,
      });
  }
  if (names.length === 0 && problems.length === 0) problems.push(whole('entries/', 'empty', 'there are no entries'));
  if (problems.length > 0 || header === null) return { ok: false, problems, files: names.length };
  return { ok: true, index: { ...header, entries: entries.map(({ entry }) => entry) }, files: names.length };
}

/** `entries/ws-sharing.json: title: must not be empty` */
export function formatSourceProblem(problem: SourceProblem): string {
  return `${problem.file}: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`;
}
