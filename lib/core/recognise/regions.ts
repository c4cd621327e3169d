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
 * onder de regio Brabant-Zuidoost"); it counts when the title names it, the
 * page names it at least twice, or the sentence that names it says what is
 * done there together: a joint act or a term of art beside the name ("de
 * regiotafel van de regio Noordoost-Brabant", "namens de regio Amersfoort in
 * het bestuurlijk overleg"), but not the term that names the region itself
 * ("samenwerkingsverband Regio Zwolle" is one mention).
 */
import type { PlacesOnPage } from '../places/find-places';
import { LEXICON } from './lexicon';
import { sentenceOf } from './negation';
import type { PageTerms } from './page-terms';

export interface NamedRegion {
  /** The name as the page writes it, first mention. */
  written: string;
  /** How often the page names it (title and text). */
  count: number;
  /** The title names it. */
  inTitle: boolean;
}

const MIN_MENTIONS = 2;
/** A core concept this strong is a term of art (as in evidence.ts): "regiotafel", not the bare "regio". */
const TERM_OF_ART_WEIGHT = 0.5;

/**
 * A hit that is part of the name's own mention: inside it, or written against it ("samenwerkingsverband
 * Regio Zwolle" names one body once, and nothing counts twice).
 */
function besideName(text: string, hit: { start: number; end: number }, start: number, end: number): boolean {
  if (hit.start < end && start < hit.end) return true;
  const between = hit.end <= start ? text.slice(hit.end, start) : text.slice(end, hit.start);
  return /^[\s,:;'"‘’“”()-]*$/u.test(between);
}

/** True when the body's sentence that names `written` also names a joint act or a term of art, besides the name's own words. */
function namedAtJointWork(terms: PageTerms, written: string): boolean {
  const text = terms.texts.body;
  const at = text.indexOf(written);
  if (at === -1) return false;
  const sentence = sentenceOf(text)(at);
  return terms.fields.body.hits.some((hit) => {
    if (hit.negated || hit.sentence !== sentence || besideName(text, hit, at, at + written.length)) return false;
    const concept = LEXICON[hit.key];
    return concept?.joint === true || (concept?.kind === 'core' && concept.weight >= TERM_OF_ART_WEIGHT);
  });
}

/** The cooperation regions the page names as its subject; with `terms`, also one named once where joint work is said. */
export function cooperationRegions(places: PlacesOnPage, title: string, terms?: PageTerms): NamedRegion[] {
  return places.named
    .filter((place) => place.kind === 'arbeidsmarktregio')
    .map((place) => ({ written: place.written, count: place.count, inTitle: title.includes(place.written) }))
    .filter(
      (region) =>
        region.inTitle || region.count >= MIN_MENTIONS || (terms !== undefined && namedAtJointWork(terms, region.written)),
    );
}
