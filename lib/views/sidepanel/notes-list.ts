/**
 * Pure helpers of the notes views: what the tag field means, which notes a
 * filter keeps, in which order, and which filter choices exist.
 */
import type { Note } from '../../core/notes/types';
import { siteOfUrl } from '../../core/notes/url';
import type { PlaceKind } from '../../core/places/gazetteer';
import { placeKey } from '../../core/places/place-key';

/** "beleid, Wgr ,  raad" → ["beleid", "Wgr", "raad"]; the store normalises further (case, duplicates). */
export function parseTags(input: string): string[] {
  return input
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

export type SortOrder = 'newest' | 'oldest';

/**
 * Notes the all-notes view renders at first, and adds per "show more": a
 * store of 10,000 notes must not become 10,000 list items at once.
 */
export const NOTES_PAGE_SIZE = 50;

export interface NotesFilter {
  /** The empty string matches every note. */
  tag: string;
  site: string;
  link: string;
  /** A place key (lib/core/places/place-key.ts): "regio:twente" keeps notes on pages about Twente. */
  place: string;
}

export const NO_FILTER: NotesFilter = { tag: '', site: '', link: '', place: '' };

/** Tags compare ignoring case, as the store keeps them unique ignoring case. */
export function matchesFilter(note: Note, filter: NotesFilter): boolean {
  if (filter.tag && !note.tags.some((tag) => tag.toLocaleLowerCase() === filter.tag.toLocaleLowerCase())) return false;
  if (filter.site && siteOfUrl(note.url) !== filter.site) return false;
  if (filter.link && !note.links.includes(filter.link)) return false;
  if (filter.place && !(note.places ?? []).some((place) => placeKey(place) === filter.place)) return false;
  return true;
}

/** By modification time; ISO strings in UTC sort as text. Ties keep a stable order by id. */
export function sortNotes(notes: readonly Note[], order: SortOrder): Note[] {
  const direction = order === 'newest' ? -1 : 1;
  return [...notes].sort((a, b) =>
    a.modified === b.modified ? (a.id < b.id ? -1 : 1) : (a.modified < b.modified ? -1 : 1) * direction,
  );
}

export interface Facets {
  tags: string[];
  sites: string[];
  links: string[];
  /** Place keys with a name to show, sorted by name. */
  places: { key: string; name: string; kind: PlaceKind }[];
}

/** The values each filter can take, sorted, each once (tags ignoring case, first spelling kept). */
export function facetsOf(notes: readonly Note[]): Facets {
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  const links = new Set<string>();
  const places = new Map<string, { key: string; name: string; kind: PlaceKind }>();
  for (const note of notes) {
    for (const place of note.places ?? [])
      places.set(placeKey(place), { key: placeKey(place), name: place.name, kind: place.kind });
    for (const tag of note.tags) if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
    const site = siteOfUrl(note.url);
    if (site) sites.add(site);
    for (const link of note.links) links.add(link);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    tags: sorted(tags.values()),
    sites: sorted(sites),
    links: sorted(links),
    places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key)),
  };
}
