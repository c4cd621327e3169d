/**
 * Reading a notes export (W3C Web Annotation JSON-LD, see web-annotation.ts)
 * back into notes. Everything is checked before anything is stored: one bad
 * item rejects the whole file (all or nothing), with every problem reported
 * by item number and field. Bodies are kept as plain text, exactly as found:
 * "<script>" in a body is a note about a script, never markup.
 *
 * Markdown exports are not imported: they are for reading and lose the
 * selectors' exact context; JSON-LD is the lossless format.
 */
import * as v from 'valibot';
import { normaliseLinks, normaliseTags } from './create';
import { LIMITS } from './limits';
import { IsoDateSchema, NoteSchema, OffsetSchema } from './schema';
import type { Note, NoteSelectors } from './types';
import { normalisePageUrl } from './url';
import { ANNO_CONTEXT, ENTRY_URN_PREFIX, NOTE_URN_PREFIX } from './web-annotation';

/** Refuse files larger than this before parsing (in characters of text; UIs check File.size against MAX_IMPORT_BYTES). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;
export const MAX_IMPORT_ITEMS = 100_000;
/** Problems listed in full; beyond this only the count grows, so a huge bad file gives a readable report. */
const MAX_LISTED_ISSUES = 50;

export type ImportIssueCode = 'too-large' | 'not-json' | 'wrong-shape' | 'too-many' | 'invalid-item';

export interface ImportIssue {
  code: ImportIssueCode;
  /** Zero-based number of the annotation in the file; null for problems with the file as a whole. */
  item: number | null;
  /** Field path inside the item, e.g. "body.0.value"; empty when not about one field. */
  path: string;
  message: string;
}

export const IMPORT_MESSAGE_KEYS = {
  'too-large': 'notes_import_too_large',
  'not-json': 'notes_import_not_json',
  'wrong-shape': 'notes_import_wrong_shape',
  'too-many': 'notes_import_too_many',
  'invalid-item': 'notes_import_invalid_item',
} as const satisfies Record<ImportIssueCode, string>;

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; issues: ImportIssue[]; totalIssues: number };

/** What an import did; `errors` non-empty means nothing was stored. */
export interface ImportReport {
  added: number;
  skipped: number;
  errors: ImportIssue[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const QuoteSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.exact)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
});
const PositionSchema = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: OffsetSchema, end: OffsetSchema }),
  v.check((position) => position.end > position.start, 'end must come after start'),
);
const SelectorSchema = v.union([QuoteSchema, PositionSchema]);

const BodySchema = v.union([
  v.looseObject({
    type: v.literal('TextualBody'),
    value: v.pipe(v.string(), v.maxLength(LIMITS.body)),
    purpose: v.optional(v.picklist(['commenting', 'tagging', 'describing'])),
    format: v.optional(v.literal('text/plain')),
  }),
  v.looseObject({
    type: v.literal('SpecificResource'),
    source: v.pipe(v.string(), v.startsWith(ENTRY_URN_PREFIX), v.maxLength(ENTRY_URN_PREFIX.length + LIMITS.link)),
    purpose: v.literal('linking'),
  }),
]);

/** JSON-LD allows one value where a list is expected; both shapes become a list here. */
const BodyListSchema = v.pipe(
  v.union([v.array(BodySchema), BodySchema]),
  v.transform((value) => (Array.isArray(value) ? value : [value])),
  v.maxLength(LIMITS.tags + LIMITS.links + 1),
);
const SelectorListSchema = v.pipe(
  v.union([v.array(SelectorSchema), SelectorSchema]),
  v.transform((value) => (Array.isArray(value) ? value : [value])),
  v.maxLength(2),
);

const AnnotationSchema = v.looseObject({
  id: v.pipe(
    v.string(),
    v.transform((id) => (id.startsWith(NOTE_URN_PREFIX) ? id.slice(NOTE_URN_PREFIX.length) : id)),
    v.regex(UUID, 'id must be "urn:uuid:" followed by a UUID'),
  ),
  type: v.literal('Annotation'),
  created: IsoDateSchema,
  modified: v.optional(IsoDateSchema),
  body: v.optional(BodyListSchema, []),
  target: v.looseObject({
    source: v.pipe(v.string(), v.maxLength(LIMITS.url)),
    label: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.title)), ''),
    selector: v.optional(SelectorListSchema, []),
  }),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

function hasAnnoContext(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value === ANNO_CONTEXT;
  return Array.isArray(value) && value.includes(ANNO_CONTEXT);
}

/** The list of annotations in a file: a collection with its first page, a page, a bare list, or one annotation. */
function findItems(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (!hasAnnoContext(record['@context'])) return null;
  if (record.type === 'Annotation') return [data];
  if (record.type === 'AnnotationPage' && Array.isArray(record.items)) return record.items;
  if (record.type === 'AnnotationCollection') {
    const first = record.first;
    if (typeof first === 'object' && first !== null && Array.isArray((first as Record<string, unknown>).items)) {
      return (first as Record<string, unknown>).items as unknown[];
    }
    if (record.total === 0) return [];
  }
  return null;
}

function toNote(annotation: Annotation): Note | string {
  const url = normalisePageUrl(annotation.target.source);
  if (url === null) return 'target.source: not an http(s) or file address';
  let body = '';
  const tags: string[] = [];
  const links: string[] = [];
  for (const item of annotation.body) {
    if (item.type === 'SpecificResource') links.push(item.source.slice(ENTRY_URN_PREFIX.length));
    else if (item.purpose === 'tagging') tags.push(item.value);
    else if (body === '') body = item.value;
    else return 'body: more than one commenting text';
  }
  let selectors: NoteSelectors | undefined;
  const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  const position = annotation.target.selector.find((selector) => selector.type === 'TextPositionSelector');
  if (position && !quote) return 'target.selector: a TextPositionSelector needs a TextQuoteSelector';
  if (quote) {
    selectors = { quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } };
    if (position) selectors.position = { start: position.start, end: position.end };
  }
  const note: Note = {
    id: annotation.id.toLowerCase(),
    url,
    title: annotation.target.label,
    body,
    tags: normaliseTags(tags),
    links: normaliseLinks(links),
    created: annotation.created,
    modified: annotation.modified ?? annotation.created,
    revision: 1,
  };
  if (selectors) note.selectors = selectors;
  return note;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((item) => String(item.key)).join('.') ?? '';
}

/** Parses and checks a whole export file; never throws. */
export function parseNotesImport(text: string): ParsedImport {
  const fail = (code: ImportIssueCode, message: string): ParsedImport => ({
    ok: false,
    issues: [{ code, item: null, path: '', message }],
    totalIssues: 1,
  });
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', `the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse reports the position of the syntax error in its message; pass it on.
    return fail('not-json', error instanceof Error ? error.message : String(error));
  }
  const items = findItems(data);
  if (items === null) return fail('wrong-shape', 'not a W3C Web Annotation collection, page, list or annotation');
  if (items.length > MAX_IMPORT_ITEMS) return fail('too-many', `more than ${MAX_IMPORT_ITEMS} annotations`);

  const notes: Note[] = [];
  const issues: ImportIssue[] = [];
  let totalIssues = 0;
  const report = (item: number, path: string, message: string) => {
    totalIssues += 1;
    if (issues.length < MAX_LISTED_ISSUES) issues.push({ code: 'invalid-item', item, path, message });
  };
  items.forEach((raw, index) => {
    const parsed = v.safeParse(AnnotationSchema, raw);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      report(index, issuePath(issue), issue.message);
      return;
    }
    const note = toNote(parsed.output);
    if (typeof note === 'string') {
      const [path, message] = note.split(': ', 2) as [string, string];
      report(index, path, message);
      return;
    }
    const checked = v.safeParse(NoteSchema, note);
    if (!checked.success) {
      const issue = checked.issues[0];
      report(index, issuePath(issue), issue.message);
      return;
    }
    notes.push(checked.output);
  });
  return totalIssues > 0 ? { ok: false, issues, totalIssues } : { ok: true, notes };
}
