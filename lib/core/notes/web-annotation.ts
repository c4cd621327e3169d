/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * written to pass the model's MUST assertions (checked against the W3C test
 * suite's schemas in tests/unit/core/notes/w3c-validity.test.ts). One note is
 * one Annotation:
 *
 * - its own `@context` (so one annotation copied out of the file is still complete),
 *   `id` "urn:uuid:<note id>"; `canonical` and `via` when an imported note carried them;
 * - `target`: a page note targets the page itself, `{id, type: "Text", label}`;
 *   a note on a passage targets a SpecificResource whose `source` is that page
 *   and whose selectors are a TextQuoteSelector and, when known, a
 *   TextPositionSelector (written as stored: the note model owns the unit);
 *   a note on a PDF (see pdf-target.ts) adds the page as a FragmentSelector
 *   `page=N` (RFC 3778) refined by the quote, its source says
 *   `format: application/pdf`, and its `scope` names the document by its
 *   fingerprint (`urn:x-pdf:…`), wherever it is served;
 * - `body`: the note text as a TextualBody (format text/plain, or the text type an imported note came with; purpose
 *   "commenting"), one TextualBody (purpose "tagging") per tag, one
 *   SpecificResource (purpose "linking", source "urn:regiolens:entry:<id>") per
 *   linked entry, and one TextualBody (purpose "identifying", id
 *   "urn:regiolens:place:<kind>:<code>", value the place name) per place of the
 *   page. A plain highlight has no body at all: the model forbids an empty one.
 * - `created`, `modified` in UTC with "Z".
 *
 * - `creator` (see creator.ts): an imported note's own creator, as it came;
 *   else, when the user set a name in options, `{type: "Person", name}`;
 *   else none: we do not invent one.
 *
 * A whole export is an AnnotationCollection with ids; when it holds notes, its
 * one AnnotationPage is embedded as `first` (and named as `last`), part of the
 * collection. An empty export is a collection with total 0 and no page.
 */
import { agentToJson, creatorsOf, type NoteCreator, type WebAnnotationAgent } from './creator';
import { toUtcTimestamp } from './dates';
import { PDF_FORMAT, pageSelector, pdfScope } from './pdf-target';
import type { Note, NotePlace } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ENTRY_URN_PREFIX = 'urn:regiolens:entry:';
export const PLACE_URN_PREFIX = 'urn:regiolens:place:';
export const NOTE_URN_PREFIX = 'urn:uuid:';

export interface WebAnnotationSelector {
  type: 'TextQuoteSelector' | 'TextPositionSelector' | 'FragmentSelector';
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  value?: string;
  conformsTo?: string;
  refinedBy?: WebAnnotationSelector;
}

export type WebAnnotationBody =
  | { type: 'TextualBody'; value: string; format: string; purpose: string; language?: string }
  | { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'tagging' }
  | { type: 'TextualBody'; id: string; value: string; format: 'text/plain'; purpose: 'identifying' }
  | { type: 'SpecificResource'; source: string; purpose: 'linking' };

/** The page a note is about, as an external web resource. */
export interface WebAnnotationPage {
  id: string;
  type: 'Text';
  format?: string;
  label?: string;
}

export type WebAnnotationTarget =
  WebAnnotationPage | { type: 'SpecificResource'; source: WebAnnotationPage; selector?: WebAnnotationSelector[]; scope?: string };

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: string | string[];
  created: string;
  modified: string;
  canonical?: string;
  via?: string | string[];
  creator?: WebAnnotationAgent | WebAnnotationAgent[];
  body?: WebAnnotationBody[];
  target: WebAnnotationTarget;
}

export interface WebAnnotationPageOfItems {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: WebAnnotationPageOfItems;
  last?: string;
}

/** A place as a body: its code and kind in the id, its name as the text (readable by any tool). */
export function placeUrn(place: NotePlace): string {
  return `${PLACE_URN_PREFIX}${place.kind}:${place.id}`;
}

function bodiesOf(note: Note): WebAnnotationBody[] {
  const body: WebAnnotationBody[] = [];
  if (note.body.length > 0) {
    const text: WebAnnotationBody = {
      type: 'TextualBody',
      value: note.body,
      format: note.origin?.format ?? 'text/plain',
      purpose: note.origin?.purpose ?? 'commenting',
    };
    if (note.origin?.language) text.language = note.origin.language;
    body.push(text);
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  for (const link of note.links)
    body.push({ type: 'SpecificResource', source: `${ENTRY_URN_PREFIX}${link}`, purpose: 'linking' });
  for (const place of note.places ?? [])
    body.push({ type: 'TextualBody', id: placeUrn(place), value: place.name, format: 'text/plain', purpose: 'identifying' });
  return body;
}

function targetOf(note: Note): WebAnnotationTarget {
  const page: WebAnnotationPage = { id: note.url, type: 'Text' };
  if (note.pdf) page.format = PDF_FORMAT;
  if (note.title) page.label = note.title;
  if (!note.selectors) return note.pdf ? { type: 'SpecificResource', source: page, ...pdfScope(note.pdf) } : page;
  const { quote, position, page: pageNumber } = note.selectors;
  const quoteSelector = {
    type: 'TextQuoteSelector' as const,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
  };
  const selector: WebAnnotationSelector[] = [quoteSelector];
  if (position) selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  if (pageNumber !== undefined) selector.push(pageSelector(pageNumber, quoteSelector));
  return { type: 'SpecificResource', source: page, selector, ...(note.pdf ? pdfScope(note.pdf) : {}) };
}

function motivationOf(note: Note): string | string[] {
  const kept = note.origin?.motivation;
  if (kept && kept.length > 0) return kept.length === 1 ? (kept[0] as string) : kept;
  return note.body.length > 0 ? 'commenting' : 'highlighting';
}

/** `user` is the creator the user named in options, given to notes that do not carry their own. */
export function toWebAnnotation(note: Note, user?: NoteCreator): WebAnnotation {
  const annotation: WebAnnotation = {
    '@context': ANNO_CONTEXT,
    id: `${NOTE_URN_PREFIX}${note.id}`,
    type: 'Annotation',
    motivation: motivationOf(note),
    created: toUtcTimestamp(note.created) ?? note.created,
    modified: toUtcTimestamp(note.modified) ?? note.modified,
    target: targetOf(note),
  };
  if (note.origin?.canonical) annotation.canonical = note.origin.canonical;
  const via = note.origin?.via;
  if (via && via.length > 0) annotation.via = via.length === 1 ? (via[0] as string) : via;
  const creators = creatorsOf(note, user).map(agentToJson);
  if (creators.length > 0) annotation.creator = creators.length === 1 ? (creators[0] as WebAnnotationAgent) : creators;
  const body = bodiesOf(note);
  if (body.length > 0) annotation.body = body;
  return annotation;
}

export interface CollectionOptions {
  label?: string;
  /** The user's name from options: the creator of every note that does not carry its own (none when absent). */
  creator?: NoteCreator;
  /** Makes a fresh `urn:uuid:` for the collection and its page; tests pass a fixed one. */
  newId?: () => string;
}

export function toWebAnnotationCollection(notes: readonly Note[], options: CollectionOptions = {}): WebAnnotationCollection {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const id = `${NOTE_URN_PREFIX}${newId()}`;
  const collection: WebAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Regiolens notes',
    total: notes.length,
  };
  if (notes.length === 0) return collection;
  const pageId = `${NOTE_URN_PREFIX}${newId()}`;
  collection.first = {
    id: pageId,
    type: 'AnnotationPage',
    partOf: id,
    startIndex: 0,
    items: notes.map((note) => toWebAnnotation(note, options.creator)),
  };
  collection.last = pageId;
  return collection;
}

/** The export file's text (pretty-printed: people open these files). */
export function exportJsonLd(notes: readonly Note[], options: CollectionOptions = {}): string {
  return JSON.stringify(toWebAnnotationCollection(notes, options), null, 2);
}
