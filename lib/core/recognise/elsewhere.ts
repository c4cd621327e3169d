/**
 * Regional cooperation elsewhere. English pages about regions abound (England's
 * Regional Development Agencies, a New Zealand region's plan, cloud "regions")
 * and use the same words as English pages about Dutch regions. Those about the
 * Netherlands say so: they name a Dutch municipality, province or region (the
 * gazetteer, lib/core/places), or the country itself, or they stand on a Dutch
 * site (an address under .nl: government.nl explains the Joint Arrangements Act
 * without writing "Netherlands"). An English page that does none of this is not
 * about cooperation between Dutch governments, whatever its words.
 *
 * Dutch-language pages are not judged by the places they name (a Dutch page
 * about intermunicipal cooperation names no place as often as not), but Dutch
 * is Flanders' language too: "intergemeentelijke samenwerking", "bovenlokale
 * samenwerking" and "gemeenten" read the same in a Flemish page about
 * intercommunales. A Dutch page that stands on a Belgian site (.be) or speaks of
 * Flemish institutions (Vlaanderen, OCMW, intercommunales), and names no Dutch
 * municipality or province, is about cooperation in Belgium.
 */
import type { PlacesOnPage } from '../places/find-places';

const THE_NETHERLANDS = /\b(?:Netherlands|Dutch|Holland|Nederland|Nederlandse)\b/u;
/** Flemish and Belgian institutions; "Vlaanderen" not as part of "Zeeuws-Vlaanderen" or "Frans-Vlaanderen". */
const FLEMISH =
  /(?<![\p{L}-])(?:Vlaanderen|Vlaamse|OCMW|OCMW's|intercommunale|intercommunales|Wallonië|Brussels Hoofdstedelijk)(?![\p{L}])/u;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const namesNoPlace = (places: PlacesOnPage) => places.named.length === 0 && places.ambiguous.length === 0;

export function isAboutElsewhere(language: string, text: string, places: PlacesOnPage, url = ''): boolean {
  const host = hostOf(url);
  if (language === 'en') return !host.endsWith('.nl') && namesNoPlace(places) && !THE_NETHERLANDS.test(text);
  return (host.endsWith('.be') || FLEMISH.test(text)) && namesNoPlace(places) && !THE_NETHERLANDS.test(text);
}
