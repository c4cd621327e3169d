/**
 * One annotation from a file into one note, or a reason why not. Tolerant of
 * how other tools write the model (any IRI as id, optional `created`, dates
 * with offsets, bodies and targets as strings, objects or lists) and honest
 * about it: whatever is not kept is named in a notice, and an annotation we
 * cannot use is skipped with a reason, never silently.
 */
import * as v from 'valibot';
import { readCreators } from './creator';
import { toUtcTimestamp } from './dates';
import { uuidFromIri, uuidOfUrn } from './foreign-id';
import { readBodies } from './import-body';
import type { ItemNotice, SkipReason } from './import-report';
import { readTarget } from './import-target';
import { firstString, hasType, isIri, isObject, stringsOf, unknownKeys, type JsonObject } from './import-values';
import { LIMITS } from './limits';
import { NoteSchema, LinkSchema, NotePlaceSchema } from './schema';
import { readTags } from './import-tags';
import type { Note, NoteOrigin, NotePlace } from './types';

type Notice = Omit<ItemNotice, 'item'>;

export type AnnotationResult = { ok: true; note: Note; notices: Notice[] } | { ok: false; reason: SkipReason; detail: string };

const ANNOTATION_KEYS = new Set([
  '@context',
  'id',
  'type',
  'motivation',
  'body',
  'bodyValue',
  'target',
  'created',
  'modified',
  'canonical',
  'via',
  'creator',
]);
/** Motivations a note implies by itself (text → commenting, none → highlighting, tags, links, places). */
const IMPLIED = new Set(['commenting', 'highlighting', 'tagging', 'linking', 'identifying']);
/** The motivations of the model (section 3.3.5); others are not written back. */
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

const skip = (reason: SkipReason, detail: string): AnnotationResult => ({ ok: false, reason, detail });

/** `created`/`modified`: absent is fine; present, it must be a real date (normalised to UTC). */
function readDate(annotation: JsonObject, key: 'created' | 'modified'): string | null | undefined {
  if (annotation[key] === undefined) return undefined;
  const text = firstString(annotation[key]);
  return text === undefined ? null : toUtcTimestamp(text);
}

function readIris(value: unknown): string[] {
  return stringsOf(value).filter((iri) => iri.length <= LIMITS.url && isIri(iri));
}

function readId(annotation: JsonObject, raw: unknown): { id: string; via: string[] } {
  const given = firstString(annotation.id);
  if (given !== undefined) {
    const uuid = uuidOfUrn(given);
    if (uuid) return { id: uuid, via: [] };
    if (given.length <= LIMITS.url && isIri(given)) return { id: uuidFromIri(given), via: [given] };
  }
  // No usable id: one derived from the annotation's content, so importing the file twice still finds it.
  return { id: uuidFromIri(`urn:regiolens:content:${JSON.stringify(raw)}`), via: [] };
}

function uniquePlaces(places: NotePlace[]): NotePlace[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    if (seen.has(place.id) || !v.is(NotePlaceSchema, place)) return false;
    seen.add(place.id);
    return true;
  });
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((item) => String(item.key)).join('.') ?? '';
}

export function readAnnotation(raw: unknown, now: string): AnnotationResult {
  if (!isObject(raw) || !hasType(raw, 'Annotation'))
    return skip('not-annotation', isObject(raw) ? stringsOf(raw.type).join(', ') : '');
  const created = readDate(raw, 'created');
  const modified = readDate(raw, 'modified');
  if (created === null) return skip('bad-date', `created: ${String(firstString(raw.created) ?? '').slice(0, 40)}`);
  if (modified === null) return skip('bad-date', `modified: ${String(firstString(raw.modified) ?? '').slice(0, 40)}`);

  const target = readTarget(raw.target);
  if (!target.ok) return skip(target.reason, target.detail);
  const parts = readBodies(raw.body, raw.bodyValue);
  const notices: Notice[] = [...target.notices, ...parts.notices];
  const dropped = [...unknownKeys(raw, ANNOTATION_KEYS), ...target.dropped, ...parts.dropped];

  const body = parts.texts.map((text) => text.value).join('\n\n');
  if (body.length > LIMITS.body) return skip('too-long', 'body');
  if (parts.texts.length > 1) notices.push({ code: 'texts-joined', detail: String(parts.texts.length) });
  const tags = readTags(parts.tags);
  notices.push(...tags.notices);
  const links = [...new Set(parts.links)].filter((link) => v.is(LinkSchema, link));
  if (links.length < parts.links.length) dropped.push('body.source');

  const { id, via } = readId(raw, raw);
  const origin: NoteOrigin = {};
  const canonical = readIris(raw.canonical)[0];
  if (canonical) origin.canonical = canonical;
  else if (raw.canonical !== undefined) dropped.push('canonical');
  const allVia = [...new Set([...via, ...readIris(raw.via)])];
  if (allVia.length > 0) origin.via = allVia.slice(0, 20);
  if (raw.creator !== undefined) {
    const creator = readCreators(raw.creator);
    if (creator.creators.length > 0) origin.creator = creator.creators;
    dropped.push(...creator.dropped);
  }
  const motivations = stringsOf(raw.motivation);
  const unknownMotivations = motivations.filter((motivation) => !MOTIVATIONS.has(motivation));
  if (unknownMotivations.length > 0) dropped.push(`motivation: ${unknownMotivations.join(', ')}`);
  const known = motivations.filter((motivation) => MOTIVATIONS.has(motivation));
  if (known.some((motivation) => !IMPLIED.has(motivation))) origin.motivation = known;
  const main = parts.texts[0];
  if (main?.purpose) origin.purpose = main.purpose;
  if (main?.language) origin.language = main.language;
  if (main?.format && parts.texts.length === 1) origin.format = main.format;

  const note: Note = {
    id,
    url: target.url,
    title: target.title,
    body,
    tags: tags.tags,
    links,
    created: created ?? modified ?? now,
    modified: modified ?? created ?? now,
    revision: 1,
  };
  if (target.selectors) note.selectors = target.selectors;
  if (target.pdf) note.pdf = target.pdf;
  const places = uniquePlaces(parts.places);
  if (places.length > 0) note.places = places;
  if (Object.keys(origin).length > 0) note.origin = origin;
  if (dropped.length > 0) notices.unshift({ code: 'fields-dropped', detail: [...new Set(dropped)].join(', ') });

  const checked = v.safeParse(NoteSchema, note);
  if (!checked.success) {
    const issue = checked.issues[0];
    const tooLong = issue.type === 'max_length' || issue.type === 'max_value';
    return skip(tooLong ? 'too-long' : 'invalid', issuePath(issue));
  }
  return { ok: true, note: checked.output, notices };
}
