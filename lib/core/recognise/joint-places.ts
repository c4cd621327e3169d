/**
 * Governments named by their places (issue 10, item 2). Pages on regional
 * cooperation often name the governments themselves, not a lexicon actor:
 * "Middelburg en Vlissingen betalen mee aan het regiobureau", "Gouda, Waddinxveen
 * en Zuidplas trekken samen op". The gazetteer (lib/core/places) knows the
 * names; this reads, within one sentence, whether they stand as actors:
 *
 * - at least two municipalities or provinces, written as a list ("A en B",
 *   "A, B en C", "de provincie X en de gemeente Y");
 * - of one region: municipalities of one province, a province with one of its
 *   municipalities, or two provinces (neighbours' alliances);
 * - not places where something happens: a list after "in", "tussen", "naar",
 *   "van" ... ("de weg tussen A en B", "inwoners van A en B") is a location or
 *   its people, not governments acting.
 *
 * cooperation.ts counts such a sentence as cooperation when it also names a
 * joint act, like a sentence with "gemeenten" and "samen".
 */
import { bundledGazetteer } from '../places/places';
import { findPlaces } from '../places/find-places';
import type { Gazetteer, GazetteerPlace } from '../places/gazetteer';

/** A government the sentence names by its place: the words as written and where they stand in the field's text. */
export interface PlaceCue {
  surface: string;
  start: number;
  end: number;
}

/** What may stand between two places of one list: a comma, "en"/"and"/"&", and a kind word ("de gemeente"). */
const LIST_GAP =
  /^\s*(?:,\s*(?:(?:en|and|&)\s+)?|(?:en|and|&)\s+)(?:de\s+|the\s+)?(?:gemeenten?\s+|provincies?\s+|municipality of\s+|province of\s+)?$/iu;
/** A list after one of these words is where something happens (or whose people), not who acts. */
const LOCATION_BEFORE =
  /(?:^|[\s(])(?:in|uit|naar|rond|rondom|bij|tussen|via|nabij|richting|vanuit|op|te|van|voor|tot|langs|around|from|to|between|near|of|for)\s+(?:de\s+|the\s+)?(?:gemeenten?\s+|provincies?\s+|regio\s+)?$/iu;
const GOVERNMENT_KINDS: readonly GazetteerPlace['kind'][] = ['gemeente', 'provincie'];

/** Where `words` first stand in `text` as whole words, or -1. */
function wordAt(text: string, words: string): number {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1;
}

/** Two places of one region: one province's municipalities, a province and its municipality, or two provinces. */
function oneRegion(a: GazetteerPlace, b: GazetteerPlace): boolean {
  if (a.kind === 'provincie' && b.kind === 'provincie') return true;
  if (a.kind === 'provincie') return b.province === a.id;
  if (b.kind === 'provincie') return a.province === b.id;
  return a.province !== undefined && a.province === b.province;
}

/**
 * The governments a sentence names by their places as a list of actors of one
 * region, or [] when it does not. `offset` is where the sentence starts in its
 * field's text, so the cues can be quoted from there.
 */
export function placesActingTogether(sentence: string, offset = 0, gazetteer: Gazetteer = bundledGazetteer()): PlaceCue[] {
  const named = findPlaces(gazetteer, sentence).named.filter((place) => GOVERNMENT_KINDS.includes(place.kind));
  if (named.length < 2) return [];
  const located = named
    .map((mention) => ({
      place: gazetteer.byId.get(mention.id),
      written: mention.written,
      start: wordAt(sentence, mention.written),
    }))
    .filter(
      (entry): entry is { place: GazetteerPlace; written: string; start: number } =>
        entry.place !== undefined && entry.start >= 0,
    )
    .sort((a, b) => a.start - b.start);
  for (let first = 0; first < located.length; first++) {
    const head = located[first];
    if (!head || LOCATION_BEFORE.test(sentence.slice(0, head.start))) continue;
    const list = [head];
    for (const next of located.slice(first + 1)) {
      const last = list[list.length - 1];
      if (!last || !LIST_GAP.test(sentence.slice(last.start + last.written.length, next.start))) break;
      list.push(next);
    }
    if (list.length < 2 || !list.some((a, i) => list.slice(i + 1).some((b) => oneRegion(a.place, b.place)))) continue;
    return list.map(({ written, start }) => ({ surface: written, start: offset + start, end: offset + start + written.length }));
  }
  return [];
}
