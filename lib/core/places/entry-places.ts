/**
 * The places each index entry names (in its title, keywords and summary), for
 * the popup's place filter and the place chips on its results. Read with the
 * same gazetteer and care as a page.
 */
import type { IndexEntry } from '../index/schema';
import { findPlaces } from './find-places';
import type { Gazetteer, PlaceKind } from './gazetteer';
import { placeKey } from './place-key';

export interface EntryPlace {
  /** Place key (place-key.ts): what the filter compares. */
  readonly key: string;
  readonly name: string;
  readonly kind: PlaceKind;
}

/** Entry id → the places it names, each key once; entries naming none are left out. */
export function entryPlaces(gazetteer: Gazetteer, entries: readonly IndexEntry[]): Map<string, EntryPlace[]> {
  const found = new Map<string, EntryPlace[]>();
  for (const entry of entries) {
    const { named } = findPlaces(gazetteer, [entry.title, entry.keywords.join(', '), entry.summary].join('\n'));
    const byKey = new Map<string, EntryPlace>();
    for (const place of named) byKey.set(placeKey(place), { key: placeKey(place), name: place.name, kind: place.kind });
    if (byKey.size > 0) found.set(entry.id, [...byKey.values()]);
  }
  return found;
}

/** Every place some entry names, each once, by name: the filter's choices. */
export function placeChoices(places: ReadonlyMap<string, readonly EntryPlace[]>): EntryPlace[] {
  const all = new Map<string, EntryPlace>();
  for (const list of places.values()) for (const place of list) all.set(place.key, place);
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key));
}
