/**
 * What the side panel shows of a page's places: one row per name (Twente is a
 * COROP area, a safety region and a labour-market region: one row, three
 * kinds), the index material that names each place, and the inferred region.
 * Pure, so the grouping is tested without rendering.
 */
import type { IndexEntry } from '../../core/index/schema';
import type { PlaceMention } from '../../core/places/find-places';
import type { PlaceKind } from '../../core/places/gazetteer';
import { words } from '../../core/text/normalise';
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

/** "Bergen (NH.)" → "Bergen": the name as the index's texts would write it. */
const plainName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/u, '').replace(/^Regio Deal\s+/u, '');

/** Index entries whose title, keywords or summary name the place (as whole words). */
export function entriesNaming(entries: readonly IndexEntry[], name: string): IndexEntry[] {
  const wanted = words(plainName(name)).join(' ');
  if (wanted === '') return [];
  const padded = ` ${wanted} `;
  return entries.filter((entry) =>
    ` ${words([entry.title, ...entry.keywords, entry.summary].join(' ')).join(' ')} `.includes(padded),
  );
}
