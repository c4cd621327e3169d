/**
 * Checks the lexicon files of content/lexicon/ (loaded by lexicon.ts, explained
 * in content/README.md, "Het lexicon"). The shape is checked with valibot, by
 * the same rules as content/lexicon/lexicon.schema.json (which editors'
 * editors use); then what a schema cannot say: a label used twice, a pattern
 * that cannot match anything, a pattern an earlier concept already claims.
 *
 * Every problem is returned at once, named by file and concept label, so an
 * editor fixes a file in one pass. `npm run index:build`, `npm run index:check`
 * and the tests run it; the extension only loads the files.
 */
import * as v from 'valibot';
import { analyse } from '../text/analyse';
import type { Language } from '../text/language';
import { contentTokens, createPhraseMatcher } from '../text/phrases';
import { THEME_IDS } from '../themes';
import type { ActorRole, Concept, ConceptKind } from './lexicon';

export const CONCEPT_KINDS = ['core', 'context', 'genre'] as const satisfies readonly ConceptKind[];
export const ACTOR_ROLES = ['single', 'collective', 'regions', 'national'] as const satisfies readonly ActorRole[];
/** Weights and theme values lie in (0, LEXICON_MAX_VALUE]. */
export const LEXICON_MAX_VALUE = 2;
const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface LexiconProblem {
  /** The file as the caller names it, e.g. `content/lexicon/core-samenwerking.json`. */
  file: string;
  /** The concept's label, when it can be read; null for the file itself or a concept without a readable label. */
  concept: string | null;
  /** The concept's place in its file (1 = first); null for the file itself. */
  position: number | null;
  /** The field concerned (`weight`, `themes`, `patterns`), or null. */
  field: string | null;
  /** Machine-readable kind, e.g. `out_of_range`, `unknown_theme`, `duplicate_label`, `cannot_match`. */
  code: string;
  /** English sentence, starting with the field it is about if any: `weight must be a number between 0 and 2, got 5`. */
  message: string;
  /** Errors refuse the lexicon; warnings point at dead data that does no harm. */
  severity: 'error' | 'warning';
}

export interface LexiconSource {
  file: string;
  /** The parsed JSON of the file. */
  value: unknown;
}

export interface LexiconCheck {
  /** The concepts without errors, in order, as lexicon.ts loads them. */
  concepts: Concept[];
  errors: LexiconProblem[];
  warnings: LexiconProblem[];
}

const range = (issue: v.BaseIssue<unknown>) => `must be a number between 0 and ${LEXICON_MAX_VALUE}, got ${issue.received}`;
const aboveZero = (issue: v.BaseIssue<unknown>) =>
  `must be more than 0 (between 0 and ${LEXICON_MAX_VALUE}), got ${issue.received}`;
const text = (issue: v.BaseIssue<unknown>) => `must be text, got ${issue.received}`;
const RangeSchema = v.pipe(v.number(range), v.gtValue(0, aboveZero), v.maxValue(LEXICON_MAX_VALUE, range));

const FileSchema = v.strictObject({
  $schema: v.optional(v.string(text)),
  description: v.optional(v.string(text)),
  concepts: v.pipe(
    v.array(v.unknown(), (issue) => `must be a list of concepts, got ${issue.received}`),
    v.minLength(1, 'must not be empty'),
  ),
});

const ConceptSchema = v.strictObject({
  label: v.string(text),
  note: v.optional(v.string(text)),
  kind: v.picklist(CONCEPT_KINDS, (issue) => `must be one of ${CONCEPT_KINDS.join(', ')}, got ${issue.received}`),
  weight: RangeSchema,
  themes: v.record(
    v.picklist(THEME_IDS, (issue) => `${issue.received} is not a theme id (the themes are ${THEME_IDS.join(', ')})`),
    RangeSchema,
    (issue) => `must be an object of theme ids and numbers such as { "ws-samenwerking": 0.5 }, got ${issue.received}`,
  ),
  patterns: v.pipe(
    v.array(v.string(text), (issue) => `must be a list of texts, got ${issue.received}`),
    v.minLength(1, 'must not be empty: without a pattern the concept never matches'),
  ),
  phrases: v.optional(
    v.pipe(
      v.array(v.string(text), (issue) => `must be a list of texts, got ${issue.received}`),
      v.minLength(1, 'must not be empty (leave it out instead)'),
    ),
  ),
  actor: v.optional(v.picklist(ACTOR_ROLES, (issue) => `must be one of ${ACTOR_ROLES.join(', ')}, got ${issue.received}`)),
  joint: v.optional(v.boolean((issue) => `must be true or false, got ${issue.received}`)),
  requires: v.optional(v.picklist(['government'], (issue) => `can only be "government", got ${issue.received}`)),
});

const FILE_FIELDS = Object.keys(FileSchema.entries);
/** The fields a concept may have; the JSON Schema (content/lexicon/lexicon.schema.json) lists the same. */
export const CONCEPT_FIELDS = Object.keys(ConceptSchema.entries);

/** What an issue is about (its path inside the file or the concept), said for an editor. */
function issueMessage(issue: v.BaseIssue<unknown>, allowed: readonly string[]): { field: string | null; message: string } {
  const path = issue.path ?? [];
  const first = path[0];
  const field = first === undefined ? null : String(first.key);
  if (issue.received === 'undefined' && path.length === 1) return { field, message: `${field ?? ''} is required but missing` };
  if (issue.type === 'strict_object' && first !== undefined && path.length === 1)
    return {
      field,
      message: `unknown field ${issue.received} (check the spelling; the fields are ${allowed.join(', ')})`,
    };
  const second = path[1];
  if (second === undefined) return { field, message: field === null ? issue.message : `${field} ${issue.message}` };
  if (field === 'themes' && 'origin' in second && second.origin === 'key') return { field, message: `themes: ${issue.message}` };
  const item = typeof second.key === 'number' ? `#${second.key + 1}` : JSON.stringify(second.key);
  return { field, message: `${field ?? ''} ${item} ${issue.message}` };
}

const SKIPPED = 'recognition skips stop words such as de, het, van and in, single letters and numbers';

/**
 * Why a pattern cannot match anything, or null when it can. The matcher
 * (lib/core/text/phrases.ts) reads a pattern as the stems of its words that
 * count and "=word" exactly; a word counts or not whatever the language, and
 * the text it is matched against holds only the words that count.
 */
function cannotMatch(pattern: string): string | null {
  const parts = pattern.trim().split(/\s+/);
  const misplaced = parts.find((part) => part.includes('=') && !/^=[^=]+$/.test(part));
  if (misplaced !== undefined) return `"=" goes only at the start of a word, as in "=gemeenten" (not "${misplaced}")`;
  const caseExact = parts.find((part) => part.includes('^') && !/^\^[\p{L}\p{N}'’]+$/u.test(part));
  if (caseExact !== undefined)
    return `"^" goes only at the start of one word of letters and digits, as in "^GR" (not "${caseExact}")`;
  let counted = 0;
  for (const part of parts) {
    if (part.startsWith('^')) {
      counted += 1;
      continue;
    }
    const exact = part.startsWith('=');
    const tokens = analyse(exact ? part.slice(1) : part, 'nl');
    if (exact && tokens.some((token) => token.stop)) return `"${part}" asks for a word that never counts (${SKIPPED})`;
    counted += tokens.filter((token) => !token.stop).length;
  }
  return counted === 0 ? `it has no word that counts (${SKIPPED})` : null;
}

function labelProblems(label: string): string[] {
  const problems: string[] = [];
  if (label.trim() === '') problems.push('label must not be empty');
  else if (label !== label.trim()) problems.push('label must not start or end with a space');
  if (label.includes('='))
    problems.push('label must not contain "=": write it as people read it, and the exact form ("=word") under patterns');
  return problems;
}

/** A concept whose label can be read, valid or not: two concepts may not share a label either way. */
interface Labelled {
  file: string;
  position: number;
  label: string;
}

interface Loaded {
  file: string;
  position: number;
  concept: Concept;
}

/** An error about a whole file (not one concept in it): the checker's and the folder reader's alike. */
export function fileProblem(file: string, code: string, message: string): LexiconProblem {
  return { file, concept: null, position: null, field: null, code, message, severity: 'error' };
}

/**
 * Checks the lexicon files, in the order the extension loads them (the order
 * decides which concept keeps a pattern two concepts share).
 */
export function checkLexicon(sources: readonly LexiconSource[]): LexiconCheck {
  const errors: LexiconProblem[] = [];
  const warnings: LexiconProblem[] = [];
  const loaded: Loaded[] = [];
  const labelled: Labelled[] = [];

  for (const { file, value } of sources) {
    const whole = (code: string, message: string) => fileProblem(file, code, message);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(whole('not_object', 'must be a JSON object with a "concepts" list'));
      continue;
    }
    const parsed = v.safeParse(FileSchema, value);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const { field, message } = issueMessage(issue, FILE_FIELDS);
        errors.push({ ...whole(issue.received === 'undefined' ? 'missing' : codeOf(issue), message), field });
      }
    }
    const concepts = (value as { concepts?: unknown }).concepts;
    if (!Array.isArray(concepts)) continue;
    concepts.forEach((raw: unknown, index) => {
      const position = index + 1;
      const rawLabel = typeof raw === 'object' && raw !== null ? (raw as { label?: unknown }).label : undefined;
      const label = typeof rawLabel === 'string' && rawLabel.trim() !== '' ? rawLabel : null;
      const problem = (field: string | null, code: string, message: string, severity: 'error' | 'warning' = 'error') => ({
        file,
        concept: label,
        position,
        field,
        code,
        message,
        severity,
      });
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        errors.push(problem(null, 'not_object', 'must be an object with label, kind, weight, themes and patterns'));
        return;
      }
      const before = errors.length;
      const result = v.safeParse(ConceptSchema, raw);
      if (!result.success)
        for (const issue of result.issues) {
          const { field, message } = issueMessage(issue, CONCEPT_FIELDS);
          errors.push(problem(field, issue.received === 'undefined' ? 'missing' : codeOf(issue), message));
        }
      // What a schema cannot say, on every field that has the right type, so one pass shows all.
      const { kind, themes, patterns, phrases } = raw as {
        kind?: unknown;
        themes?: unknown;
        patterns?: unknown;
        phrases?: unknown;
      };
      if (label !== null) labelled.push({ file, position, label });
      if (typeof rawLabel === 'string')
        errors.push(...labelProblems(rawLabel).map((message) => problem('label', 'label', message)));
      if (kind === 'genre' && typeof themes === 'object' && themes !== null && Object.keys(themes).length > 0)
        errors.push(
          problem('themes', 'genre_themes', 'themes must be {} for a genre: a genre says what a page is, not its theme'),
        );
      const seen = new Set<string>();
      (Array.isArray(patterns) ? patterns : []).forEach((pattern: unknown, patternIndex) => {
        if (typeof pattern !== 'string') return;
        if (pattern.trim() === '') {
          errors.push(problem('patterns', 'empty_pattern', `patterns #${patternIndex + 1} is empty`));
          return;
        }
        if (pattern !== pattern.trim())
          errors.push(problem('patterns', 'spaces', `pattern "${pattern}" must not start or end with a space`));
        const why = cannotMatch(pattern);
        if (why !== null) errors.push(problem('patterns', 'cannot_match', `pattern "${pattern}" cannot match anything: ${why}`));
        const folded = pattern.trim().toLowerCase();
        if (seen.has(folded))
          warnings.push(problem('patterns', 'duplicate_pattern', `pattern "${pattern}" is listed twice`, 'warning'));
        seen.add(folded);
      });
      (Array.isArray(phrases) ? phrases : []).forEach((phrase: unknown) => {
        if (typeof phrase === 'string' && analyse(phrase, 'nl').length < 2)
          errors.push(
            problem('phrases', 'short_phrase', `phrase "${phrase}" must have two words or more: one word goes under patterns`),
          );
      });
      if (result.success && errors.length === before) {
        const { note: _note, ...concept } = result.output;
        loaded.push({ file, position, concept });
      }
    });
  }

  errors.push(...duplicateLabels(labelled));
  warnings.push(...shadowedPatterns(loaded));
  return { concepts: loaded.map(({ concept }) => concept), errors, warnings };
}

function codeOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') return 'unknown_field';
  if (issue.type === 'picklist' && issue.path?.[0]?.key === 'themes') return 'unknown_theme';
  if (issue.type === 'gt_value' || issue.type === 'max_value') return 'out_of_range';
  return issue.type;
}

/** A label names a concept in the reasons a user reads: two concepts may not share one (case does not count). */
function duplicateLabels(labelled: readonly Labelled[]): LexiconProblem[] {
  const first = new Map<string, Labelled>();
  const problems: LexiconProblem[] = [];
  for (const item of labelled) {
    const key = item.label.trim().toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, item);
      continue;
    }
    const where = earlier.file === item.file ? 'this file' : earlier.file;
    problems.push({
      file: item.file,
      concept: item.label,
      position: item.position,
      field: 'label',
      code: 'duplicate_label',
      message: `label is also used by concept #${earlier.position} in ${where} ("${earlier.label}"); labels must be unique`,
      severity: 'error',
    });
  }
  return problems;
}

/**
 * Patterns that match exactly the words an earlier concept's pattern already
 * matches, in every language: the earlier concept keeps them, so they never
 * count for their own. Found with the matcher recognition uses: each pattern
 * is matched against its own words over the whole lexicon.
 */
function shadowedPatterns(loaded: readonly Loaded[]): LexiconProblem[] {
  const phrases = loaded.flatMap((item, owner) => item.concept.patterns.map((text) => ({ owner, text })));
  const keyed = phrases.map((phrase, key) => ({ key, text: phrase.text }));
  const claimedBy = LANGUAGES.map((language) => {
    const matcher = createPhraseMatcher(keyed, language);
    return phrases.map((phrase) => {
      const content = contentTokens(analyse(phrase.text.replace(/(^|\s)[=^]/g, '$1'), language));
      const [match] = matcher.match(content);
      return match !== undefined && match.start === 0 && match.length === content.length ? match.key : null;
    });
  });
  const problems: LexiconProblem[] = [];
  phrases.forEach((phrase, index) => {
    const claims = claimedBy.map((keys) => keys[index] ?? null);
    const other = claims[0] ?? null;
    if (other === null || claims.some((claim) => claim === null || phrases[claim]?.owner !== phrases[other]?.owner)) return;
    const winner = phrases[other];
    const item = loaded[phrase.owner];
    const by = winner === undefined ? undefined : loaded[winner.owner];
    if (winner === undefined || item === undefined || by === undefined || winner.owner === phrase.owner) return;
    const where = by.file === item.file ? '' : ` (${by.file})`;
    problems.push({
      file: item.file,
      concept: item.concept.label,
      position: item.position,
      field: 'patterns',
      code: 'shadowed_pattern',
      message: `pattern "${phrase.text}" matches the same words as pattern "${winner.text}" of concept "${by.concept.label}"${where}, which comes first: they count for that concept, never for this one`,
      severity: 'warning',
    });
  });
  return problems;
}

/** `content/lexicon/core-samenwerking.json: concept "regio": weight must be a number between 0 and 2, got 5` */
export function formatLexiconProblem(problem: LexiconProblem): string {
  const concept =
    problem.position === null
      ? ''
      : problem.concept === null
        ? `concept #${problem.position}: `
        : `concept "${problem.concept}": `;
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${problem.file}: ${concept}${problem.message}`;
}
