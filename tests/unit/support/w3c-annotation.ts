/**
 * Runs the W3C Web Annotation MUST assertions (the JSON Schemas the
 * web-platform-tests harness uses, vendored in tests/fixtures/w3c-annotation)
 * against a notes export: the collection assertions on the file, the page
 * assertions on its embedded page (when there is one), and on every item the
 * annotation, body, target and Specific Resource assertions. Like the
 * harness, each of those is validated against the annotation as a whole: the
 * body, target and Specific Resource schemas reach into `body` and `target`
 * themselves (one resource, a list, or an IRI string), so every body and
 * target of every item is checked. The schemas are JSON Schema draft-04,
 * hence Ajv's draft-04 class; formats "uri" and "date-time" come from
 * ajv-formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = join(import.meta.dirname, '../../fixtures/w3c-annotation');

interface Assertion {
  file: string;
  expectedResult?: 'valid' | 'invalid';
  assertionType?: 'must' | 'should' | 'may';
}

/** The harness's MUST lists, by the .test file they come from (see musts.json). */
const ITEM_LISTS = ['annotation', 'body', 'target', 'specificResource'] as const;
type ItemList = (typeof ITEM_LISTS)[number];
type MustLists = Record<ItemList | 'collection' | 'page', string[]>;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

function compileAll() {
  // strict: false, because the assertions carry the harness's own keywords (assertionType, errorMessage…).
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv, ['uri', 'date-time']);
  for (const file of readdirSync(join(ROOT, 'definitions'))) ajv.addSchema(readJson(`definitions/${file}`) as object);
  const lists = readJson('musts.json') as MustLists;
  // Two harness lists share a file (the body and target "objects recognized" assertions are in
  // annotationMusts.test too): it is compiled once, since Ajv refuses a schema id twice.
  const byFile = new Map<string, { file: string; expectedResult: string; validate: ValidateFunction }>();
  const compile = (files: string[]) =>
    files.map((file) => {
      const known = byFile.get(file);
      if (known) return known;
      const schema = readJson(file) as Omit<Assertion, 'file'>;
      if ((schema.assertionType ?? 'must') !== 'must') throw new Error(`${file} is not a MUST assertion`);
      const compiled = { file, expectedResult: schema.expectedResult ?? 'valid', validate: ajv.compile(schema) };
      byFile.set(file, compiled);
      return compiled;
    });
  const perItem = Object.fromEntries(ITEM_LISTS.map((list) => [list, compile(lists[list])])) as Record<
    ItemList,
    ReturnType<typeof compile>
  >;
  return { perItem, collection: compile(lists.collection), page: compile(lists.page) };
}

let compiled: ReturnType<typeof compileAll> | null = null;

export interface MustReport {
  /** How many assertions were run. */
  run: number;
  /** How many were run on items, by the harness list they belong to. */
  perItem: Record<ItemList, number>;
  /** The failed ones, as "file" or "file (item N)". */
  failed: string[];
}

/** Runs every MUST assertion that applies to this export file's text. */
export function checkW3cMusts(exportText: string): MustReport {
  const lists = (compiled ??= compileAll());
  const data = JSON.parse(exportText) as { first?: { items?: unknown[] } };
  const failed: string[] = [];
  let run = 0;
  const perItem = { annotation: 0, body: 0, target: 0, specificResource: 0 };
  const apply = (list: typeof lists.collection, value: unknown, where: string) => {
    for (const assertion of list) {
      run += 1;
      const valid = assertion.validate(value) === true;
      if (valid !== (assertion.expectedResult === 'valid')) failed.push(`${assertion.file}${where}`);
    }
    return list.length;
  };
  apply(lists.collection, data, '');
  if (data.first !== undefined) apply(lists.page, data, '');
  (data.first?.items ?? []).forEach((item, index) => {
    for (const list of ITEM_LISTS) perItem[list] += apply(lists.perItem[list], item, ` (item ${index + 1})`);
  });
  return { run, perItem, failed };
}
