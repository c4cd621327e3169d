/**
 * Building and editing notes as values: normalising what the user typed and
 * checking the result against the schema, so the store only ever sees valid
 * notes. Pure; the time and the id come in as parameters for tests.
 */
import * as v from 'valibot';
import { NotesError } from './errors';
import { LIMITS } from './limits';
import { NoteSchema } from './schema';
import type { Note, NoteChanges, NoteDraft, NotePlace } from './types';
import { normalisePageUrl } from './url';

/** Trimmed, inner whitespace collapsed, empty ones dropped, unique ignoring case (first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag);
    const key = tag.toLocaleLowerCase();
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

export function normaliseLinks(links: readonly string[]): string[] {
  return [...new Set(links.map((link) => link.trim()).filter((link) => link.length > 0))];
}

function validated(note: Note): Note {
  const result = v.safeParse(NoteSchema, note);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new NotesError('invalid', `invalid note${path ? ` (${path})` : ''}: ${issue.message}`);
  }
  return result.output;
}

/** Each place once (by id), at most LIMITS.places, in the order given. */
function uniquePlaces(places: readonly NotePlace[]): NotePlace[] {
  const seen = new Set<string>();
  return places
    .filter((place) => !seen.has(place.id) && seen.add(place.id))
    .slice(0, LIMITS.places)
    .map(({ id, name, kind }) => ({ id, name, kind }));
}

export interface CreateContext {
  now?: Date;
  id?: string;
}

/** A new note from a draft; throws NotesError('invalid') for a page that cannot carry notes or bad fields. */
export function createNote(draft: NoteDraft, context: CreateContext = {}): Note {
  const url = normalisePageUrl(draft.url, draft.canonical);
  if (url === null) throw new NotesError('invalid', `notes cannot be kept for this address: ${draft.url.slice(0, 200)}`);
  const time = (context.now ?? new Date()).toISOString();
  const note: Note = {
    id: context.id ?? crypto.randomUUID(),
    url,
    title: draft.title.trim().slice(0, LIMITS.title),
    body: draft.body,
    tags: normaliseTags(draft.tags ?? []),
    links: normaliseLinks(draft.links ?? []),
    created: time,
    modified: time,
    revision: 1,
  };
  if (draft.selectors) note.selectors = draft.selectors;
  if (draft.pdf) note.pdf = { fingerprint: draft.pdf.fingerprint.toLowerCase() };
  const places = uniquePlaces(draft.places ?? []);
  if (places.length > 0) note.places = places;
  return validated(note);
}

/** The note after an edit, one revision further. */
export function applyChanges(note: Note, changes: NoteChanges, now: Date = new Date()): Note {
  const next: Note = {
    ...note,
    title: changes.title !== undefined ? changes.title.trim().slice(0, LIMITS.title) : note.title,
    body: changes.body ?? note.body,
    tags: changes.tags ? normaliseTags(changes.tags) : note.tags,
    links: changes.links ? normaliseLinks(changes.links) : note.links,
    modified: now.toISOString(),
    revision: note.revision + 1,
  };
  if (changes.selectors === null) delete next.selectors;
  else if (changes.selectors) next.selectors = changes.selectors;
  return validated(next);
}

/** Checks a note read from outside (another context, a restore) before it is stored. */
export function checkNote(note: unknown): Note {
  return validated(note as Note);
}
