/**
 * Problems found in an index or an entry source, as plain data: where (path,
 * field, entry id), what kind, and a human sentence. The builder prints them,
 * the options page shows them, tests compare them; none of them need valibot.
 */
import type * as v from 'valibot';

export interface IndexProblem {
  /** Dotted path inside the checked value, e.g. `entries[3].title`; empty for the value itself. */
  path: string;
  /** The last named field on the path (`title`), or null when the problem is about the whole value. */
  field: string | null;
  /** The id of the entry concerned, when it could be read. */
  entryId: string | null;
  /** Machine-readable kind, e.g. `min_length`, `unknown_field`, `duplicate_id`. */
  code: string;
  /** English sentence saying what is wrong (tools print English; the options page adds a localised heading). */
  message: string;
}

/** Renders a valibot path as `entries[3].title`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function lastField(keys: readonly (string | number)[]): string | null {
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (typeof key === 'string') return key;
  }
  return null;
}

/** valibot's own messages are terse ("Expected >=1 but received 0"); these say it for an editor. */
function humanMessage(issue: v.BaseIssue<unknown>, missing: boolean): string {
  switch (issue.type) {
    case 'strict_object':
      return missing ? 'is required but missing' : `unknown field ${issue.received} (check the spelling of the field name)`;
    case 'object':
      return missing ? 'is required but missing' : `must be an object, got ${issue.received}`;
    case 'min_length':
      return issue.requirement === 1
        ? 'must not be empty'
        : `is too short: needs at least ${String(issue.requirement)}, got ${issue.received}`;
    case 'max_length':
      return `is too long: at most ${String(issue.requirement)}, got ${issue.received}`;
    case 'picklist':
      return `must be one of ${issue.expected ?? ''}, got ${issue.received}`;
    case 'literal':
      return `must be ${issue.expected ?? ''}, got ${issue.received}`;
    case 'string':
    case 'number':
    case 'array':
      return missing ? 'is required but missing' : `must be of type ${issue.type}, got ${issue.received}`;
    case 'url':
      return `is not a valid address: ${issue.received}`;
    case 'iso_timestamp':
      return `must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z, got ${issue.received}`;
    case 'integer':
      return `must be a whole number, got ${issue.received}`;
    case 'min_value':
      return `must be at least ${String(issue.requirement)}, got ${issue.received}`;
    case 'max_value':
      return `must be at most ${String(issue.requirement)}, got ${issue.received}`;
    default:
      return issue.message;
  }
}

/** Turns valibot issues into problems. `pathPrefix` places them inside a larger value. */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  value: unknown,
  pathPrefix: readonly (string | number)[] = [],
): IndexProblem[] {
  return issues.map((issue) => {
    const keys = [...pathPrefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
    const missing = issue.received === 'undefined';
    return {
      path: formatPath(keys),
      field: lastField(keys),
      entryId: entryIdAt(value, keys.slice(pathPrefix.length)),
      code: missing ? 'missing' : issue.type === 'strict_object' ? 'unknown_field' : issue.type,
      message: humanMessage(issue, missing),
    };
  });
}

/** Reads the `id` of the entry a path points into, so a problem can name its entry. */
function entryIdAt(value: unknown, keys: readonly (string | number)[]): string | null {
  let current: unknown = value;
  if (keys[0] === 'entries' && typeof keys[1] === 'number') {
    const entries = (value as { entries?: unknown }).entries;
    current = Array.isArray(entries) ? entries[keys[1]] : undefined;
  }
  const id = typeof current === 'object' && current !== null ? (current as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/** One line per problem, e.g. `entries[3].title (entry "ws-sharing"): must not be empty`. */
export function describeProblem(problem: IndexProblem): string {
  const where = problem.path === '' ? 'index' : problem.path;
  const entry = problem.entryId !== null && problem.path.startsWith('entries[') ? ` (entry "${problem.entryId}")` : '';
  return `${where}${entry}: ${problem.message}`;
}
