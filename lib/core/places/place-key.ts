/**
 * How the views group places by what a reader means: one name, one row or
 * filter choice, whatever kinds of region carry it (Twente is a COROP area, a
 * safety region and a labour-market region), while a town and a province of
 * one name (Utrecht) stay two. Also the places a note keeps of its page.
 */
import type { PlacesOnPage } from './find-places';
import type { PlaceKind } from './gazetteer';
import { nameWords } from './tokens';

const GROUP: Record<PlaceKind, string> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  corop: 'regio',
  veiligheidsregio: 'regio',
  arbeidsmarktregio: 'regio',
  'regio-deal': 'regio-deal',
};

/**
 * "regio:twente", "gemeente:utrecht", "provincie:utrecht": the name folded, so the
 * COROP area "Groot-Amsterdam" and the labour-market region "Groot Amsterdam" are one.
 */
export function placeKey(place: { name: string; kind: PlaceKind }): string {
  return `${GROUP[place.kind]}:${nameWords(place.name).join(' ')}`;
}

/** What a note keeps of its page's places: the region inferred and those named. */
export function placesForNote(places: PlacesOnPage | undefined): { id: string; name: string; kind: PlaceKind }[] {
  // createNote keeps each place once (an inferred region may also be named).
  return places ? [...places.inferred, ...places.named].map(({ id, name, kind }) => ({ id, name, kind })) : [];
}
