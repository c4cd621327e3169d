/** A place as a filter choice: "Enschede (gemeente)", "Twente (regio)", "Regio Deal Twente". */
import type { PlaceKind } from '../../core/places/gazetteer';
import type { Translate } from '../../core/i18n/translator';

export function placeLabel(place: { name: string; kind: PlaceKind }, t: Translate): string {
  if (place.kind === 'regio-deal') return place.name;
  const kind =
    place.kind === 'gemeente'
      ? 'places_kind_gemeente'
      : place.kind === 'provincie'
        ? 'places_kind_provincie'
        : 'places_group_regio';
  return `${place.name} (${t(kind)})`;
}
