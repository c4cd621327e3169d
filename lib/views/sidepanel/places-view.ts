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
import { withoutProvinceHint } from '../../core/places/tokens';

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

/** "Bergen (NH.)", "Regio Deal Twente" → "Bergen", "Twente": the name as the index's texts would write it. */
const plainName = (name: string) => withoutProvinceHint(name).replace(/^Regio Deal\s+/u, '');

/**
 * Which index entries name a place (as whole words in title, keywords or
 * summary). The entries' words are folded once per index, not once per place
 * and render: the panel asks for every place on the page.
 */
export function materialLookup(entries: readonly IndexEntry[]): (name: string) => IndexEntry[] {
  const texts = entries.map((entry) => ({
    entry,
    text: ` ${words([entry.title, ...entry.keywords, entry.summary].join(' ')).join(' ')} `,
  }));
  return (name) => {
    const wanted = words(plainName(name)).join(' ');
    if (wanted === '') return [];
    const padded = ` ${wanted} `;
    return texts.filter(({ text }) => text.includes(padded)).map(({ entry }) => entry);
  };
}

/** Index entries whose title, keywords or summary name the place (one question; see materialLookup). */
export function entriesNaming(entries: readonly IndexEntry[], name: string): IndexEntry[] {
  return materialLookup(entries)(name);
}
