/**
 * Places as evidence (issue 10, item 3): a page that keeps naming a
 * cooperation region — Holland Rijnland, Regio Zwolle, Drechtsteden, Gooi en
 * Vechtstreek — is about that region's joint work as surely as one that says
 * "gemeenschappelijke regeling". The gazetteer (lib/core/places) knows these
 * regions: the labour-market regions bear the names of the intermunicipal
 * cooperation regions, and a name is only taken for one where it is not first
 * a municipality, a province or a COROP area ("Zeeland", "Twente" stay
 * places). Safety regions and Regio Deals are left out: the page writes
 * "veiligheidsregio" or "Regio Deal" with their names, and the lexicon counts
 * those words already.
 *
 * A region named once in the body is a place, not a subject ("Hapert valt
 * onder de regio Brabant-Zuidoost"); it counts when the title names it or the
 * page names it at least twice.
 */
import type { PlacesOnPage } from '../places/find-places';

export interface NamedRegion {
  /** The name as the page writes it, first mention. */
  written: string;
  /** How often the page names it (title and text). */
  count: number;
  /** The title names it. */
  inTitle: boolean;
}

const MIN_MENTIONS = 2;

export function cooperationRegions(places: PlacesOnPage, title: string): NamedRegion[] {
  return places.named
    .filter((place) => place.kind === 'arbeidsmarktregio')
    .map((place) => ({ written: place.written, count: place.count, inTitle: title.includes(place.written) }))
    .filter((region) => region.inTitle || region.count >= MIN_MENTIONS);
}
