/**
 * The bodies of an imported annotation, sorted into what a note has: its text
 * (TextualBody values and `bodyValue`, in any text/* format, kept as plain
 * text), tags (purpose "tagging"), links to index entries (our
 * "urn:regiolens:entry:" resources) and places (our "urn:regiolens:place:"
 * bodies). A body that is another web resource is kept as its address in the
 * note text, and said so; a Choice keeps its first option, and says so.
 */
import type { ItemNotice } from './import-report';
import { asList, firstString, hasType, iriOf, isIri, isObject, stringsOf, unknownKeys, type JsonObject } from './import-values';
import type { NotePlace } from './types';
import { ENTRY_URN_PREFIX, PLACE_URN_PREFIX } from './web-annotation';

type Notice = Omit<ItemNotice, 'item'>;

export interface TextPart {
  value: string;
  purpose?: string;
  language?: string;
  /** The media type the text was written in, when it said one other than text/plain (e.g. text/markdown). */
  format?: string;
}

/** A text media type we keep to write back (the value itself is always kept and shown as plain text). */
const TEXT_FORMAT = /^text\/[a-z0-9][a-z0-9.+-]{0,60}$/iu;

export interface BodyParts {
  texts: TextPart[];
  tags: string[];
  links: string[];
  places: NotePlace[];
  notices: Notice[];
  /** Field names that were not kept, e.g. "body.creator". */
  dropped: string[];
}

/** Keys we read; any other key of a body is reported as not kept. */
const TEXT_KEYS = new Set(['id', 'type', 'value', 'format', 'language', 'purpose']);
const RESOURCE_KEYS = new Set(['id', 'type', 'source', 'purpose']);
const GROUPS = ['List', 'Composite', 'Independents'];
const PLACE_KINDS = new Set(['gemeente', 'provincie', 'corop', 'veiligheidsregio', 'arbeidsmarktregio', 'regio-deal']);
/** Purposes kept for the note text; others are the "commenting" a note implies, or not about text. */
const TEXT_PURPOSES = new Set(['assessing', 'classifying', 'describing', 'editing', 'moderating', 'questioning', 'replying']);

function readPlace(id: string, name: string): NotePlace | null {
  const rest = id.slice(PLACE_URN_PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon);
  if (colon < 0 || !PLACE_KINDS.has(kind) || name.length === 0) return null;
  return { id: rest.slice(colon + 1), name, kind: kind as NotePlace['kind'] };
}

function readText(body: JsonObject, parts: BodyParts): void {
  const value = body.value;
  if (typeof value !== 'string') {
    parts.dropped.push('body.value');
    return;
  }
  const purposes = stringsOf(body.purpose);
  const id = firstString(body.id);
  if (id?.startsWith(PLACE_URN_PREFIX) && purposes.includes('identifying')) {
    const place = readPlace(id, value.trim());
    if (place) {
      parts.places.push(place);
      return;
    }
  }
  if (purposes.includes('tagging')) {
    parts.tags.push(value);
    if (stringsOf(body.language).length > 0) parts.dropped.push('body.language');
    return;
  }
  const format = firstString(body.format);
  if (format && format !== 'text/plain') parts.notices.push({ code: 'markup-as-text', detail: format });
  const text: TextPart = { value };
  if (format && format !== 'text/plain' && TEXT_FORMAT.test(format)) text.format = format.toLowerCase();
  const purpose = purposes.find((item) => TEXT_PURPOSES.has(item));
  if (purpose) text.purpose = purpose;
  const language = firstString(body.language);
  if (language && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language)) text.language = language;
  parts.texts.push(text);
  if (id) parts.dropped.push('body.id');
  parts.dropped.push(...unknownKeys(body, TEXT_KEYS, 'body.'));
}

/** A body that is a resource (an IRI, `{id}`, or a SpecificResource): an entry link, or its address kept as text. */
function readResource(iri: string, body: JsonObject | null, parts: BodyParts): void {
  if (iri.startsWith(ENTRY_URN_PREFIX)) {
    parts.links.push(iri.slice(ENTRY_URN_PREFIX.length));
  } else {
    parts.texts.push({ value: iri });
    parts.notices.push({ code: 'resource-as-text', detail: iri.slice(0, 80) });
  }
  if (body) parts.dropped.push(...unknownKeys(body, RESOURCE_KEYS, 'body.'));
}

function readOne(body: unknown, parts: BodyParts, depth: number): void {
  if (typeof body === 'string') {
    if (isIri(body)) readResource(body, null, parts);
    else parts.texts.push({ value: body });
    return;
  }
  if (!isObject(body)) {
    parts.dropped.push('body');
    return;
  }
  if (hasType(body, 'Choice')) {
    const options = asList(body.items);
    if (options.length > 1) parts.notices.push({ code: 'choice-first', detail: String(options.length - 1) });
    if (options.length > 0 && depth < 3) readOne(options[0], parts, depth + 1);
    return;
  }
  if (GROUPS.some((group) => hasType(body, group))) {
    if (depth < 3) for (const item of asList(body.items)) readOne(item, parts, depth + 1);
    return;
  }
  if ('value' in body) return readText(body, parts);
  const iri = iriOf('source' in body ? body.source : body);
  if (iri) return readResource(iri, body, parts);
  parts.dropped.push('body');
}

/** Sorts `body` (one value or a list) and `bodyValue` into the parts of a note. */
export function readBodies(body: unknown, bodyValue: unknown): BodyParts {
  const parts: BodyParts = { texts: [], tags: [], links: [], places: [], notices: [], dropped: [] };
  const value = firstString(bodyValue);
  if (value !== undefined) parts.texts.push({ value });
  // A bound on the work one hostile item can cause; far above what a note carries (LIMITS.tags + LIMITS.links + places).
  const list = asList(body);
  for (const item of list.slice(0, 1000)) readOne(item, parts, 0);
  if (list.length > 1000) parts.dropped.push('body');
  return parts;
}
