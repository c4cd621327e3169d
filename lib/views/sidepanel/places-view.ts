/**
 * What the side panel shows of a page's places: one row per name (Twente is a
 * COROP area, a safety region and a labour-market region: one row, three
 * kinds) and the inferred region; the material naming each place is found by
 * the background (lib/core/places/place-material.ts, `search/by-place`).
 * Pure, so the grouping is tested without rendering.
 */
import type { PlaceMention } from '../../core/places/find-places';
import type { PlaceKind } from '../../core/places/gazetteer';
import { placeKey } from '../../core/places/place-key';

export interface PlaceRow {
  /** Stable key: the name and whether it is a municipality, a province, a region or a deal. */
  readonly key: string;
  readonly name: string;
  readonly kinds: readonly PlaceKind[];
  readonly count: number;
  /** The former municipality's name the page used, when it did. */
  readonly former?: string;
  readonly url?: string;
}

export function placeRows(named: readonly PlaceMention[]): PlaceRow[] {
  const rows = new Map<string, { name: string; kinds: PlaceKind[]; count: number; former?: string; url?: string }>();
  for (const place of named) {
    const key = placeKey(place);
    const row = rows.get(key);
    if (row) {
      if (!row.kinds.includes(place.kind)) row.kinds.push(place.kind);
      row.count = Math.max(row.count, place.count);
      row.url ??= place.url;
    } else
      rows.set(key, {
        name: place.name,
        kinds: [place.kind],
        count: place.count,
        ...(place.former ? { former: place.former } : {}),
        ...(place.url ? { url: place.url } : {}),
      });
  }
  return [...rows].map(([key, row]) => ({ key, ...row }));
}
