/**
 * publiccode.yml, the description public-code catalogues read, validates
 * against the publiccode.yml 0.4 core rules (#14). No official validator runs
 * here (publiccode-parser-go is Go), so the rules are restated as JSON Schema
 * in tests/fixtures/publiccode (see its README for the commits of the standard
 * they were written from). The file is read as YAML 1.2 (js-yaml's core
 * schema), as the standard asks, so an unquoted date stays text. The
 * negative cases prove the schema refuses what the standard refuses, each at
 * the place it should, so a schema that accepted anything would fail here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCHEMAS = join(ROOT, 'tests/fixtures/publiccode');
const SCHEMA_FILES = [
  'publiccode-0.4.vocabularies.schema.json',
  'publiccode-0.4.parts.schema.json',
  'publiccode-0.4.schema.json',
];
const MANDATORY_KEYS = [
  'publiccodeYmlVersion',
  'name',
  'url',
  'platforms',
  'categories',
  'developmentStatus',
  'softwareType',
  'description',
  'legal',
  'maintenance',
  'localisation',
];

type Doc = Record<string, unknown>;

function compile() {
  // Strict, except strictRequired: maintenance's if/then requires keys that the enclosing object
  // defines, which that check cannot see.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv, ['uri', 'date', 'email']);
  const schemas = SCHEMA_FILES.map((file) => JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as { $id: string });
  for (const schema of schemas) ajv.addSchema(schema);
  const main = ajv.getSchema(schemas.at(-1)?.$id ?? '');
  if (!main) throw new Error('the publiccode.yml schema did not compile');
  return main;
}

const validate = compile();
const publiccode = load(readFileSync(join(ROOT, 'publiccode.yml'), 'utf8'), { schema: CORE_SCHEMA }) as Doc;

/** The errors for a document, as "path keyword" pairs with the missing key where there is one. */
function errorsOf(doc: unknown): Array<Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>> {
  return validate(doc)
    ? []
    : (validate.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

/** The object at a path of keys in a copy of publiccode.yml (the path must exist in it). */
function at(doc: Doc, path: string[]): Doc {
  return path.reduce<Doc>((node, key) => {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`publiccode.yml has no object at ${path.join('.')}`);
    return next as Doc;
  }, doc);
}

/** A copy of publiccode.yml with one value set (or removed, when value is undefined). */
function changed(path: string[], value: unknown): Doc {
  const copy = structuredClone(publiccode);
  const parent = at(copy, path.slice(0, -1));
  const key = path.at(-1) ?? '';
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
  return copy;
}

describe('publiccode.yml', () => {
  test('declares the 0.4 line of the standard and validates against it', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(errorsOf(publiccode)).toEqual([]);
  });

  test('the screenshots and logo it names are files in this repository, as the standard requires', () => {
    const description = at(publiccode, ['description']);
    const paths = Object.values(description).flatMap((lang) => ((lang as Doc).screenshots as string[] | undefined) ?? []);
    if (typeof publiccode.logo === 'string') paths.push(publiccode.logo);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});

describe('the 0.4 schema refuses what the standard refuses', () => {
  test.each(MANDATORY_KEYS)('a copy without the mandatory key %s', (key) => {
    expect(errorsOf(changed([key], undefined))).toContainEqual({
      instancePath: '',
      keyword: 'required',
      params: { missingProperty: key },
    });
  });

  test.each([
    ['a developmentStatus outside the list', ['developmentStatus'], 'alpha', '/developmentStatus', 'enum'],
    ['a softwareType outside the list', ['softwareType'], 'browser-extension', '/softwareType', 'enum'],
    ['a category outside the list', ['categories'], ['browser-extensions'], '/categories/0', 'enum'],
    ['a scope outside the list', ['intendedAudience', 'scope'], ['regional-cooperation'], '/intendedAudience/scope/0', 'enum'],
    [
      'an uppercase country code (0.4 wants lowercase)',
      ['intendedAudience', 'countries'],
      ['NL'],
      '/intendedAudience/countries/0',
      'pattern',
    ],
    [
      'a shortDescription of 151 characters',
      ['description', 'en', 'shortDescription'],
      'x'.repeat(151),
      '/description/en/shortDescription',
      'maxLength',
    ],
    [
      'a longDescription of 149 characters',
      ['description', 'nl', 'longDescription'],
      'x'.repeat(149),
      '/description/nl/longDescription',
      'minLength',
    ],
    [
      'a longDescription of 10001 characters',
      ['description', 'nl', 'longDescription'],
      'x'.repeat(10001),
      '/description/nl/longDescription',
      'maxLength',
    ],
    ['an empty features list', ['description', 'en', 'features'], [], '/description/en/features', 'minItems'],
    [
      'a description key that is no language tag',
      ['description', 'dutch'],
      at(publiccode, ['description', 'nl']),
      '/description',
      'propertyNames',
    ],
    ['a licence that is no SPDX expression', ['legal', 'license'], 'EUPL 1.2', '/legal/license', 'pattern'],
    ['a release date in another format', ['releaseDate'], '26-11-2026', '/releaseDate', 'pattern'],
    ['a release date that is no calendar day', ['releaseDate'], '2026-02-30', '/releaseDate', 'format'],
    ['a repository url without a scheme', ['url'], 'example.invalid/regiolens.git', '/url', 'format'],
    ['a localisationReady that is text', ['localisation', 'localisationReady'], 'yes', '/localisation/localisationReady', 'type'],
    [
      'an available language that is no language tag',
      ['localisation', 'availableLanguages'],
      ['Nederlands'],
      '/localisation/availableLanguages/0',
      'pattern',
    ],
    ['a dependency without a name', ['dependsOn', 'open'], [{ versionMin: '129' }], '/dependsOn/open/0', 'required'],
    ['a key the standard does not have', ['homepage'], 'https://example.invalid/', '', 'additionalProperties'],
    ['a maintenance type outside the list', ['maintenance', 'type'], 'volunteers', '/maintenance/type', 'enum'],
  ] as const)('%s', (_name, path, value, instancePath, keyword) => {
    const errors = errorsOf(changed([...path], value));
    expect(errors).toContainEqual(expect.objectContaining({ instancePath, keyword }));
  });

  test('a shortDescription of exactly 150 characters, counted as characters not bytes, is accepted', () => {
    expect(errorsOf(changed(['description', 'en', 'shortDescription'], 'é'.repeat(150)))).toEqual([]);
  });

  test('contract maintenance needs contractors, and a contractor needs an end date', () => {
    const contract = changed(['maintenance'], { type: 'contract' });
    expect(errorsOf(contract)).toContainEqual(expect.objectContaining({ instancePath: '/maintenance', keyword: 'required' }));
    at(contract, ['maintenance']).contractors = [{ name: 'Example BV' }];
    expect(errorsOf(contract)).toContainEqual(
      expect.objectContaining({ instancePath: '/maintenance/contractors/0', params: { missingProperty: 'until' } }),
    );
    at(contract, ['maintenance']).contractors = [{ name: 'Example BV', until: '2027-12-31' }];
    expect(errorsOf(contract)).toEqual([]);
  });

  test('features may be left out of one language but not of all', () => {
    const withoutEnglish = changed(['description', 'en', 'features'], undefined);
    expect(errorsOf(withoutEnglish)).toEqual([]);
    delete at(withoutEnglish, ['description', 'nl']).features;
    expect(errorsOf(withoutEnglish)).toContainEqual(expect.objectContaining({ instancePath: '/description', keyword: 'not' }));
  });

  test('an unquoted date is read as text under YAML 1.2 and still checked as a date', () => {
    const parsed = load('releaseDate: 2026-11-26\nbad: 2026-13-01\n', { schema: CORE_SCHEMA }) as Doc;
    expect(errorsOf({ ...publiccode, releaseDate: parsed.releaseDate })).toEqual([]);
    expect(errorsOf({ ...publiccode, releaseDate: parsed.bad })).toContainEqual(
      expect.objectContaining({ instancePath: '/releaseDate', keyword: 'format' }),
    );
  });
});
