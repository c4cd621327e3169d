import { describe, expect, test } from 'vitest';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import { analyse } from '../../../../lib/core/text/analyse';
import { checkLexicon, formatLexiconProblem } from '../../../../lib/core/recognise/lexicon-schema';
import { isThemeId, THEME_IDS } from '../../../../lib/core/themes';

/** Multi-word patterns that are meant to shrink to one content word ("de raad" is "raad"). */
const MEANT_TO_SHRINK = new Set(['de raad', 'grip op', 'het rijk', 'the hague']);

describe('the lexicon', () => {
  test('labels are unique', () => {
    const labels = LEXICON.map((concept) => concept.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('weights are positive and themes are real theme ids', () => {
    for (const concept of LEXICON) {
      expect(concept.weight).toBeGreaterThan(0);
      for (const [theme, affinity] of Object.entries(concept.themes)) {
        expect(isThemeId(theme)).toBe(true);
        expect(affinity).toBeGreaterThan(0);
      }
      if (concept.kind === 'genre') expect(concept.themes).toEqual({});
    }
  });

  // A hyphen splits words too: "well-being" was read as "well" (so "well-established" counted as broad prosperity).
  test('no multi-word or hyphenated pattern silently shrinks to a single word through its stop words', () => {
    const shrunk: string[] = [];
    for (const concept of LEXICON) {
      for (const pattern of concept.patterns) {
        const parts = pattern.split(/[\s-]+/).filter(Boolean);
        if (parts.length < 2 || MEANT_TO_SHRINK.has(pattern.toLowerCase())) continue;
        const content = parts.flatMap((part) =>
          part.startsWith('=')
            ? [part]
            : analyse(part, 'nl')
                .filter((token) => !token.stop)
                .map((token) => token.stem),
        );
        if (content.length < 2) shrunk.push(`${concept.label}: ${pattern}`);
      }
    }
    expect(shrunk).toEqual([]);
  });

  test('labels are readable: no exact-match markers', () => {
    for (const concept of LEXICON) expect(concept.label).not.toContain('=');
  });
});

/** One concept as a file holds it, with `overrides` applied. */
function concept(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    label: 'regionale samenwerking',
    kind: 'core',
    weight: 1,
    themes: { 'ws-samenwerking': 0.5 },
    patterns: ['regionale samenwerking'],
    ...overrides,
  };
}

function check(...concepts: unknown[]) {
  return checkLexicon([{ file: 'lexicon/a.json', value: { $schema: './lexicon.schema.json', concepts } }]);
}

function errors(...concepts: unknown[]): string[] {
  return check(...concepts).errors.map(formatLexiconProblem);
}

describe('the lexicon checker', () => {
  test('a valid file gives its concepts, without note, $schema or description', () => {
    const result = check(
      concept({ note: 'why' }),
      concept({ label: 'regio', kind: 'context', weight: 0.2, themes: {}, patterns: ['regio'] }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.concepts).toStrictEqual([
      {
        label: 'regionale samenwerking',
        kind: 'core',
        weight: 1,
        themes: { 'ws-samenwerking': 0.5 },
        patterns: ['regionale samenwerking'],
      },
      { label: 'regio', kind: 'context', weight: 0.2, themes: {}, patterns: ['regio'] },
    ]);
  });

  test('names file and concept, and reports every problem of every concept at once', () => {
    expect(
      errors(
        concept({ weight: 5, themes: { 'ws-onbekend': 1, 'ws-democratie': 0 } }),
        concept({ label: 'regio', kind: 'kern', weight: '0.5', patern: ['x'] }),
        { kind: 'core' },
        'regio',
      ),
    ).toEqual([
      'lexicon/a.json: concept "regionale samenwerking": weight must be a number between 0 and 2, got 5',
      `lexicon/a.json: concept "regionale samenwerking": themes: "ws-onbekend" is not a theme id (the themes are ${THEME_IDS.join(', ')})`,
      'lexicon/a.json: concept "regionale samenwerking": themes "ws-democratie" must be more than 0 (between 0 and 2), got 0',
      'lexicon/a.json: concept "regio": kind must be one of core, context, genre, got "kern"',
      'lexicon/a.json: concept "regio": weight must be a number between 0 and 2, got "0.5"',
      'lexicon/a.json: concept "regio": unknown field "patern" (check the spelling; the fields are label, note, kind, weight, themes, patterns, phrases, actor, joint, requires)',
      'lexicon/a.json: concept #3: label is required but missing',
      'lexicon/a.json: concept #3: weight is required but missing',
      'lexicon/a.json: concept #3: themes is required but missing',
      'lexicon/a.json: concept #3: patterns is required but missing',
      'lexicon/a.json: concept #4: must be an object with label, kind, weight, themes and patterns',
    ]);
  });

  test('refuses a file that is not a list of concepts, or has unknown fields', () => {
    expect(checkLexicon([{ file: 'a.json', value: [] }]).errors.map(formatLexiconProblem)).toEqual([
      'a.json: must be a JSON object with a "concepts" list',
    ]);
    expect(checkLexicon([{ file: 'a.json', value: { concept: [] } }]).errors.map(formatLexiconProblem)).toEqual([
      'a.json: concepts is required but missing',
      'a.json: unknown field "concept" (check the spelling; the fields are $schema, description, concepts)',
    ]);
    expect(checkLexicon([{ file: 'a.json', value: { concepts: [] } }]).errors.map(formatLexiconProblem)).toEqual([
      'a.json: concepts must not be empty',
    ]);
  });

  test('labels: unique over all files (case does not count), readable, without "="', () => {
    const result = checkLexicon([
      { file: 'a.json', value: { concepts: [concept()] } },
      { file: 'b.json', value: { concepts: [concept({ label: 'Regionale Samenwerking' }), concept({ label: '=gemeenten ' })] } },
    ]);
    expect(result.errors.map(formatLexiconProblem)).toEqual([
      'b.json: concept "=gemeenten ": label must not start or end with a space',
      'b.json: concept "=gemeenten ": label must not contain "=": write it as people read it, and the exact form ("=word") under patterns',
      'b.json: concept "Regionale Samenwerking": label is also used by concept #1 in a.json ("regionale samenwerking"); labels must be unique',
    ]);
    expect(result.concepts.map((item) => item.label)).toEqual(['regionale samenwerking', 'Regionale Samenwerking']);
  });

  test('a genre has no themes', () => {
    expect(errors(concept({ kind: 'genre', themes: { 'ws-sharing': 1 } }))).toEqual([
      'lexicon/a.json: concept "regionale samenwerking": themes must be {} for a genre: a genre says what a page is, not its theme',
    ]);
  });

  test('patterns: not empty, and each able to match something', () => {
    expect(errors(concept({ patterns: [] }))).toEqual([
      'lexicon/a.json: concept "regionale samenwerking": patterns must not be empty: without a pattern the concept never matches',
    ]);
    const skipped = 'recognition skips stop words such as de, het, van and in, single letters and numbers';
    expect(errors(concept({ patterns: ['', ' regio', 'van de', '=de regio', '= gemeenten', 'regio=deal', 'x 12', 7] }))).toEqual([
      'lexicon/a.json: concept "regionale samenwerking": patterns #8 must be text, got 7',
      'lexicon/a.json: concept "regionale samenwerking": patterns #1 is empty',
      'lexicon/a.json: concept "regionale samenwerking": pattern " regio" must not start or end with a space',
      `lexicon/a.json: concept "regionale samenwerking": pattern "van de" cannot match anything: it has no word that counts (${skipped})`,
      `lexicon/a.json: concept "regionale samenwerking": pattern "=de regio" cannot match anything: "=de" asks for a word that never counts (${skipped})`,
      'lexicon/a.json: concept "regionale samenwerking": pattern "= gemeenten" cannot match anything: "=" goes only at the start of a word, as in "=gemeenten" (not "=")',
      'lexicon/a.json: concept "regionale samenwerking": pattern "regio=deal" cannot match anything: "=" goes only at the start of a word, as in "=gemeenten" (not "regio=deal")',
      `lexicon/a.json: concept "regionale samenwerking": pattern "x 12" cannot match anything: it has no word that counts (${skipped})`,
    ]);
  });

  test('warns about dead patterns: listed twice, or claimed by an earlier concept in every language', () => {
    const result = check(
      concept({ patterns: ['samenwerking in de regio', 'regionale samenwerking', 'Regionale samenwerking'] }),
      concept({ label: 'samenwerkingsverband', patterns: ['samenwerkingsverband', 'samenwerkingsregio', '=gemeenten'] }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatLexiconProblem)).toEqual([
      'warning: lexicon/a.json: concept "regionale samenwerking": pattern "Regionale samenwerking" is listed twice',
      'warning: lexicon/a.json: concept "samenwerkingsverband": pattern "samenwerkingsregio" matches the same words as pattern "samenwerking in de regio" of concept "regionale samenwerking", which comes first: they count for that concept, never for this one',
    ]);
  });
});
