/**
 * Reads the lexicon folder (`content/lexicon/`): every `*.json` file but the
 * schema, checked by lib/core/recognise/lexicon-schema.ts in the order the
 * extension loads them (lib/core/recognise/lexicon.ts), plus what only the
 * folder can tell: a file the extension does not load, or one it loads that
 * is missing. Problems name the file as `dir` names it, so `npm run index:build`
 * in the project says `content/lexicon/core-themas.json: concept "grip": ...`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_FILES } from '../../lib/core/recognise/lexicon';
import { checkLexicon, fileProblem, type LexiconProblem, type LexiconSource } from '../../lib/core/recognise/lexicon-schema';
import type { Concept } from '../../lib/core/recognise/lexicon';

export const LEXICON_SCHEMA_FILE = 'lexicon.schema.json';
const LOADED: readonly string[] = LEXICON_FILES.map(([name]) => name);

export interface LexiconRead {
  ok: boolean;
  concepts: Concept[];
  /** Lexicon files found (the schema not counted). */
  files: number;
  errors: LexiconProblem[];
  warnings: LexiconProblem[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readLexicon(dir: string): LexiconRead {
  const errors: LexiconProblem[] = [];
  const whole = fileProblem;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name !== LEXICON_SCHEMA_FILE);
  } catch (error) {
    errors.push(whole(`${dir}/`, 'unreadable', `the lexicon folder cannot be read: ${errorText(error)}`));
    return { ok: false, concepts: [], files: 0, errors, warnings: [] };
  }
  // The extension's order first: it decides which concept keeps a pattern two concepts share.
  const ordered = [...LOADED.filter((name) => names.includes(name)), ...names.filter((name) => !LOADED.includes(name)).sort()];
  const sources: LexiconSource[] = [];
  for (const name of ordered) {
    const file = join(dir, name);
    if (!name.endsWith('.json')) {
      errors.push(whole(file, 'not_json_file', 'only .json files belong in the lexicon folder'));
      continue;
    }
    if (!LOADED.includes(name))
      errors.push(
        whole(
          file,
          'not_loaded',
          'the extension does not load this file: add it to LEXICON_FILES in lib/core/recognise/lexicon.ts',
        ),
      );
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      errors.push(whole(file, 'unreadable', `cannot be read: ${errorText(error)}`));
      continue;
    }
    try {
      sources.push({ file, value: JSON.parse(text) });
    } catch (error) {
      errors.push(whole(file, 'malformed_json', `is not valid JSON: ${errorText(error)}`));
    }
  }
  for (const name of LOADED.filter((loaded) => !names.includes(loaded)))
    errors.push(whole(join(dir, name), 'missing_file', 'is missing: lib/core/recognise/lexicon.ts loads it'));
  const check = checkLexicon(sources);
  errors.push(...check.errors);
  return {
    ok: errors.length === 0,
    concepts: check.concepts,
    files: names.length,
    errors,
    warnings: check.warnings,
  };
}
