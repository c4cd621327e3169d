/**
 * "Places on this page": the region the page is about (with its member
 * municipalities, those the page names marked), then every municipality,
 * province, region and Regio Deal it names, with what a reader needs next:
 * the index material naming that place (asked of the background: the first
 * MAX_MATERIAL_PER_PLACE and how many in all), and the place's own page where
 * the data gives one. Names the data cannot settle (Bergen) are said to be
 * unclear, never guessed. Everything from the page and the data is text.
 */
import type { IndexEntry } from '../../core/index/schema';
import type { AmbiguousMention, PlacesOnPage } from '../../core/places/find-places';
import type { PlaceKind } from '../../core/places/gazetteer';
import type { MessageKey } from '../../core/i18n/keys';
import type { PlaceMaterial } from '../../shared/messages/search-messages';
import type { IndexLookup } from '../common/index-lookup';
import { useT } from '../common/i18n';
import { idsKey, idsOf, useIndexAnswer } from '../common/use-index-entries';
import { useMemo } from 'preact/hooks';
import { placeRows, type PlaceRow } from './places-view';
import './places.css';

const KIND_KEYS: Record<PlaceKind, MessageKey> = {
  gemeente: 'places_kind_gemeente',
  provincie: 'places_kind_provincie',
  corop: 'places_kind_corop',
  veiligheidsregio: 'places_kind_veiligheidsregio',
  arbeidsmarktregio: 'places_kind_arbeidsmarktregio',
  'regio-deal': 'places_kind_regio_deal',
};

export interface PlacesSectionProps {
  places: PlacesOnPage;
  /** Where the material naming each place comes from. */
  lookup: IndexLookup;
  onOpenEntry: (entry: IndexEntry) => void;
}

const NO_MATERIAL: ReadonlyMap<string, PlaceMaterial> = new Map();

/** The material naming each place, by name; none until it loads or when it cannot. */
function usePlaceMaterial(lookup: IndexLookup, names: readonly string[]): ReadonlyMap<string, PlaceMaterial> {
  // Place names hold no newline either: one string stands for the list.
  const key = idsKey(names);
  const load = useIndexAnswer(lookup.onChange, [lookup, key], () => lookup.material(idsOf(key)));
  return useMemo(() => (load.status === 'ready' ? new Map(load.value.map((place) => [place.name, place])) : NO_MATERIAL), [load]);
}

export function PlacesSection({ places, lookup, onOpenEntry }: PlacesSectionProps) {
  const t = useT();
  const rows = placeRows(places.named);
  const material = usePlaceMaterial(
    lookup,
    rows.map((row) => row.name),
  );
  const region = places.inferred[0];
  return (
    <section aria-labelledby="sidepanel-places-heading" class="places">
      <h2 id="sidepanel-places-heading">{t('places_heading')}</h2>
      {rows.length === 0 && places.ambiguous.length === 0 && !region && <p class="muted">{t('places_none')}</p>}
      {region && (
        <div class="places__region" role="group" aria-labelledby="sidepanel-places-region">
          <h3 id="sidepanel-places-region">{t('places_region_heading', region.name)}</h3>
          <p class="muted">
            {places.inferred.map((one) => t(KIND_KEYS[one.kind])).join(', ')}.{' '}
            {t('places_region_basis', [region.named.length, region.members.length])}
          </p>
          <details>
            <summary>{t('places_region_members', region.name)}</summary>
            <ul class="places__members">
              {region.memberNames.map((name, index) => {
                const named = region.named.includes(region.members[index] ?? '');
                return (
                  <li key={region.members[index]} data-named={named || undefined}>
                    {named ? <strong>{name}</strong> : name}
                    {named && <span class="visually-hidden"> ({t('places_member_named')})</span>}
                  </li>
                );
              })}
            </ul>
          </details>
        </div>
      )}
      {rows.length > 0 && (
        <ul class="places__list">
          {rows.map((row) => (
            <PlaceItem key={row.key} row={row} material={material.get(row.name)} onOpenEntry={onOpenEntry} />
          ))}
        </ul>
      )}
      {places.ambiguous.map((mention) => (
        <p key={mention.written} class="muted" data-ambiguous>
          {ambiguousText(mention, t)}
        </p>
      ))}
      <p class="places__credit muted">{t('places_credit')}</p>
    </section>
  );
}

function ambiguousText(mention: AmbiguousMention, t: ReturnType<typeof useT>): string {
  const [first = '', second] = mention.candidateNames;
  if (second === undefined) return t('places_ambiguous_homonym', [mention.written, first]);
  const rest = mention.candidateNames.slice(0, -1).join(', ');
  return t('places_ambiguous', [mention.written, t('places_either', [rest, mention.candidateNames.at(-1) ?? ''])]);
}

function PlaceItem({
  row,
  material,
  onOpenEntry,
}: {
  row: PlaceRow;
  /** The index entries that name this place (the first of them, and how many in all). */
  material: PlaceMaterial | undefined;
  onOpenEntry: (entry: IndexEntry) => void;
}) {
  const t = useT();
  return (
    <li class="places__item" data-place={row.key}>
      <span class="places__name">{row.name}</span>{' '}
      <span class="muted">
        {row.kinds.map((kind) => t(KIND_KEYS[kind])).join(', ')}
        {row.count > 1 && ` · ${t('places_count_many', row.count)}`}
        {row.former && ` · ${t('places_former', row.former)}`}
      </span>
      {row.url && (
        <>
          {' '}
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {t('places_more', row.name)}
            <span class="visually-hidden"> ({t('popupOpensInNewTab')})</span>
          </a>
        </>
      )}
      {material && material.total > 0 && (
        <details class="places__material">
          <summary>
            {material.total === 1 ? t('places_material_one', row.name) : t('places_material_many', [material.total, row.name])}
          </summary>
          <ul>
            {material.entries.map((entry) => (
              <li key={entry.id}>
                <button type="button" class="verdict__reason" onClick={() => onOpenEntry(entry)}>
                  {entry.title}
                </button>
              </li>
            ))}
          </ul>
          {material.total > material.entries.length && (
            <p class="muted" data-material-capped>
              {t('places_material_capped', [material.entries.length, row.name])}
            </p>
          )}
        </details>
      )}
    </li>
  );
}
