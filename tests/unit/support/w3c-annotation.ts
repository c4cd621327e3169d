/**
 * Runs the W3C Web Annotation MUST assertions (the JSON Schemas the
 * web-platform-tests harness uses, vendored in tests/fixtures/w3c-annotation)
 * against a notes export: the collection assertions on the file, the page
 * assertions on its embedded page (when there is one) and the annotation
 * assertions on every item. The schemas are JSON Schema draft-04, hence Ajv's
 * draft-04 class; formats "uri" and "date-time" come from ajv-formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = join(import.meta.dirname, '../../fixtures/w3c-annotation');

interface Assertion {
  file: string;
  expectedResult?: 'valid' | 'invalid';
  assertionType?: 'must' | 'should' | 'may';
}

interface MustLists {
  annotation: string[];
  collection: string[];
  page: string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

function compileAll() {
  // strict: false, because the assertions carry the harness's own keywords (assertionType, errorMessage…).
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv, ['uri', 'date-time']);
  for (const file of readdirSync(join(ROOT, 'definitions'))) ajv.addSchema(readJson(`definitions/${file}`) as object);
  const lists = readJson('musts.json') as MustLists;
  const compile = (files: string[]) =>
    files.map((file) => {
      const schema = readJson(file) as Omit<Assertion, 'file'>;
      if ((schema.assertionType ?? 'must') !== 'must') throw new Error(`${file} is not a MUST assertion`);
      return { file, expectedResult: schema.expectedResult ?? 'valid', validate: ajv.compile(schema) };
    });
  return { annotation: compile(lists.annotation), collection: compile(lists.collection), page: compile(lists.page) };
}

let compiled: ReturnType<typeof compileAll> | null = null;

export interface MustReport {
  /** How many assertions were run. */
  run: number;
  /** The failed ones, as "file" or "file (item N)". */
  failed: string[];
}

/** Runs every MUST assertion that applies to this export file's text. */
export function checkW3cMusts(exportText: string): MustReport {
  const lists = (compiled ??= compileAll());
  const data = JSON.parse(exportText) as { first?: { items?: unknown[] } };
  const failed: string[] = [];
  let run = 0;
  const apply = (list: typeof lists.annotation, value: unknown, where: string) => {
    for (const assertion of list) {
      run += 1;
      const valid = assertion.validate(value) === true;
      if (valid !== (assertion.expectedResult === 'valid')) failed.push(`${assertion.file}${where}`);
    }
  };
  apply(lists.collection, data, '');
  if (data.first !== undefined) apply(lists.page, data, '');
  (data.first?.items ?? []).forEach((item, index) => apply(lists.annotation, item, ` (item ${index + 1})`));
  return { run, failed };
}
