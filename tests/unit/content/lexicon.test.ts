/** The lexicon in content/lexicon/: every file valid, every file loaded, and a broken one refused by name. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LEXICON, LEXICON_FILES } from '../../../lib/core/recognise/lexicon';
import {
  CONCEPT_FIELDS,
  CONCEPT_KINDS,
  formatLexiconProblem,
  LEXICON_MAX_VALUE,
} from '../../../lib/core/recognise/lexicon-schema';
import { THEME_IDS } from '../../../lib/core/themes';
import { LEXICON_SCHEMA_FILE, readLexicon } from '../../../scripts/lib/lexicon-sources';

const dir = new URL('../../../content/lexicon', import.meta.url).pathname;
const files = readdirSync(dir).filter((name) => name !== LEXICON_SCHEMA_FILE);
const temp = mkdtempSync(join(tmpdir(), 'regiolens-lexicon-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function json(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('content/lexicon', () => {
  const read = readLexicon(dir);

  test('every file is valid', () => {
    expect(read.errors.map(formatLexiconProblem)).toEqual([]);
    expect(read.ok).toBe(true);
  });

  test('every file is loaded by lib/core/recognise/lexicon.ts, and only those', () => {
    expect(files.every((name) => name.endsWith('.json'))).toBe(true);
    expect(LEXICON_FILES.map(([name]) => name).sort()).toEqual([...files].sort());
  });

  test('LEXICON is the files’ concepts, in the loader’s order, nothing dropped or added', () => {
    expect(read.concepts).toStrictEqual(LEXICON);
    const counted = LEXICON_FILES.reduce(
      (sum, [name]) => sum + (json(join(dir, name)) as { concepts: unknown[] }).concepts.length,
      0,
    );
    expect(LEXICON).toHaveLength(counted);
  });

  test('every file names its schema, so editors can check it as they type', () => {
    for (const name of files)
      expect((json(join(dir, name)) as { $schema?: string }).$schema, name).toBe(`./${LEXICON_SCHEMA_FILE}`);
  });

  test('the JSON Schema says what the checker says', () => {
    const schema = json(join(dir, LEXICON_SCHEMA_FILE)) as {
      definitions: {
        positive: { exclusiveMinimum: number; maximum: number };
        concept: {
          required: string[];
          properties: Record<string, unknown> & { kind: { enum: string[] }; themes: { propertyNames: { enum: string[] } } };
        };
      };
    };
    const concept = schema.definitions.concept;
    expect(Object.keys(concept.properties).sort()).toEqual([...CONCEPT_FIELDS].sort());
    const optional = ['note', 'phrases', 'actor', 'joint', 'requires'];
    expect(concept.required.sort()).toEqual(CONCEPT_FIELDS.filter((field) => !optional.includes(field)).sort());
    expect(concept.properties.kind.enum).toEqual([...CONCEPT_KINDS]);
    expect(concept.properties.themes.propertyNames.enum).toEqual([...THEME_IDS]);
    expect(schema.definitions.positive).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: LEXICON_MAX_VALUE });
  });

  test('the known dead patterns are warnings, and no new ones appear unnoticed', () => {
    // Kept as they were when the lexicon moved to JSON (behaviour unchanged); an editor may remove them.
    expect(read.warnings.map((warning) => `${warning.concept ?? ''}: ${warning.code}`)).toEqual([
      'verlengd lokaal bestuur: duplicate_pattern',
      'samenwerkingsverband: shadowed_pattern',
      'vorm van de samenwerking: shadowed_pattern',
      'verdeling van middelen: shadowed_pattern',
    ]);
  });

  test('a broken file is refused with every problem named by file and concept', () => {
    const broken = join(temp, 'lexicon');
    cpSync(dir, broken, { recursive: true });
    const file = join(broken, 'core-samenwerking.json');
    const value = json(file) as { concepts: Array<Record<string, unknown>> };
    const [first, second, third] = value.concepts;
    Object.assign(first ?? {}, { themes: { 'ws-onbekend': 0.5 } });
    Object.assign(second ?? {}, { patterns: [] });
    Object.assign(third ?? {}, { weight: 5 });
    writeFileSync(file, JSON.stringify(value));
    writeFileSync(join(broken, 'wonen.json'), JSON.stringify({ concepts: [{ ...first, themes: {} }] }));

    const result = readLexicon(broken);
    expect(result.ok).toBe(false);
    const lines = result.errors.map(formatLexiconProblem);
    for (const line of [
      `${file}: concept "regionale samenwerking": themes: "ws-onbekend" is not a theme id`,
      `${file}: concept "samenwerkingsverband": patterns must not be empty`,
      `${file}: concept "gemeenschappelijke regeling": weight must be a number between 0 and 2, got 5`,
      `${join(broken, 'wonen.json')}: the extension does not load this file`,
      `${join(broken, 'wonen.json')}: concept "regionale samenwerking": label is also used by concept #1 in ${file}`,
    ])
      expect(
        lines.some((text) => text.startsWith(line)),
        `${line}\n in:\n${lines.join('\n')}`,
      ).toBe(true);
  });
});
