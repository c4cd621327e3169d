/**
 * Reading a notes file (W3C Web Annotation JSON-LD: ours, see
 * web-annotation.ts, or another tool's, e.g. Hypothesis) into notes, item by
 * item: each annotation is imported, imported with notices saying what could
 * not be kept, or skipped with a reason (import-annotation.ts). Only problems
 * with the file as a whole refuse it: too large, not JSON, no annotations in
 * it, too many. Bodies are kept as plain text, exactly as found: "<script>" in
 * a body is a note about a script, never markup.
 *
 * Markdown exports are not imported: they are for reading and lose the
 * selectors' exact context; JSON-LD is the lossless format.
 */
import { readAnnotation } from './import-annotation';
import type { ImportIssue, ImportIssueCode, ItemNotice, ParsedImport, SkippedItem } from './import-report';
import { hasType, iriOf, isIri, isObject, stringsOf, type JsonObject } from './import-values';
import type { Note } from './types';
import { ANNO_CONTEXT } from './web-annotation';

export * from './import-report';

/** Refuse files larger than this before parsing (in characters of text; UIs check File.size against MAX_IMPORT_BYTES). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;
export const MAX_IMPORT_ITEMS = 100_000;
/** Skipped items and notices listed in full; a huge file of foreign items still gives a readable, bounded report. */
export const MAX_LISTED = 500;

/** The Hypothesis and Annotorious contexts, and other versions of ours, that files carry beside or instead of the W3C one. */
function hasAnnoContext(value: unknown): boolean {
  if (value === undefined) return true;
  const contexts = stringsOf(value);
  return contexts.some((context) => context.replace(/^https:/, 'http:') === ANNO_CONTEXT);
}

type Found = { items: unknown[]; elsewhere?: string } | { problem: 'wrong-shape' | 'page-elsewhere'; elsewhere?: string };

/** A `next` page named by address: we do not download it, but say so. */
function nextOf(page: JsonObject): string | undefined {
  const next = iriOf(page.next);
  return next && isIri(next) ? next.slice(0, 200) : undefined;
}

/** The list of annotations in a file: a collection with its first page, a page, a bare list, or one annotation. */
function findItems(data: unknown): Found {
  if (Array.isArray(data)) return { items: data };
  if (!isObject(data) || !hasAnnoContext(data['@context'])) return { problem: 'wrong-shape' };
  if (hasType(data, 'Annotation')) return { items: [data] };
  if (hasType(data, 'AnnotationPage') && Array.isArray(data.items)) return { items: data.items, elsewhere: nextOf(data) };
  if (hasType(data, 'AnnotationCollection')) {
    const first = data.first;
    if (isObject(first) && Array.isArray(first.items)) return { items: first.items, elsewhere: nextOf(first) };
    if (data.total === 0 || (data.total === undefined && first === undefined)) return { items: [] };
    const page = iriOf(first);
    if (page) return { problem: 'page-elsewhere', elsewhere: page.slice(0, 200) };
  }
  return { problem: 'wrong-shape' };
}

export interface ParseOptions {
  /** The time given to annotations without `created` or `modified`. */
  now?: Date;
}

/** Parses a whole file; never throws. */
export function parseNotesImport(text: string, options: ParseOptions = {}): ParsedImport {
  const fail = (code: ImportIssueCode, message: string): ParsedImport => ({ ok: false, issues: [{ code, message }] });
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', `the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse reports the position of the syntax error in its message; kept for developers.
    return fail('not-json', error instanceof Error ? error.message : String(error));
  }
  const found = findItems(data);
  if ('problem' in found) {
    if (found.problem === 'page-elsewhere') return fail('page-elsewhere', found.elsewhere ?? '');
    return fail('wrong-shape', 'not a W3C Web Annotation collection, page, list or annotation');
  }
  const { items, elsewhere } = found;
  if (items.length > MAX_IMPORT_ITEMS) return fail('too-many', `more than ${MAX_IMPORT_ITEMS} annotations`);

  const now = (options.now ?? new Date()).toISOString();
  const notes: Note[] = [];
  const refused: SkippedItem[] = [];
  const notices: ItemNotice[] = [];
  items.forEach((raw, item) => {
    const result = readAnnotation(raw, now);
    if (!result.ok) {
      if (refused.length < MAX_LISTED) refused.push({ item, reason: result.reason, detail: result.detail });
      return;
    }
    notes.push(result.note);
    for (const notice of result.notices) if (notices.length < MAX_LISTED) notices.push({ item, ...notice });
  });
  return elsewhere ? { ok: true, notes, refused, notices, elsewhere } : { ok: true, notes, refused, notices };
}

export type { ImportIssue };
