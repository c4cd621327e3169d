/**
 * Regional cooperation elsewhere. English pages about regions abound (England's
 * Regional Development Agencies, a New Zealand region's plan, cloud "regions")
 * and use the same words as English pages about Dutch regions. Those about the
 * Netherlands say so: they name a Dutch municipality, province or region (the
 * gazetteer, lib/core/places), or the country itself. An English page that does
 * neither is not about cooperation between Dutch governments, whatever its
 * words. Dutch-language pages are not judged this way: a Dutch page about
 * intermunicipal cooperation names no place as often as not.
 */
import type { PlacesOnPage } from '../places/find-places';

const THE_NETHERLANDS = /\b(?:Netherlands|Dutch|Holland|Nederland|Nederlandse)\b/u;

export function isAboutElsewhere(language: string, text: string, places: PlacesOnPage): boolean {
  if (language !== 'en') return false;
  return places.named.length === 0 && places.ambiguous.length === 0 && !THE_NETHERLANDS.test(text);
}
