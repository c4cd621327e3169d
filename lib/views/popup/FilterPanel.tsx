/** Filters by kind, theme and place: a disclosure button and a fieldset of labelled selects. */
import type { EntryKind } from '../../core/index/schema';
import { activeFilterCount, type EntryFilters } from '../../core/entries/entry-results';
import type { EntryPlace } from '../../core/places/entry-places';
import { placeLabel } from '../common/place-label';
import { THEME_IDS, isThemeId, themeLabelKey } from '../../core/themes';
import { useT } from '../common/i18n';

const PANEL_ID = 'popup-filters';

export interface FilterPanelProps {
  filters: EntryFilters;
  /** The places the index's entries name (the gazetteer arrives with the search engine; empty until then). */
  places: readonly EntryPlace[];
  /** Kinds present in the active index (no choice that can only give nothing). */
  kinds: readonly EntryKind[];
  open: boolean;
  onToggle: () => void;
  onChange: (filters: EntryFilters) => void;
}

export function FilterPanel({ filters, kinds, places, open, onToggle, onChange }: FilterPanelProps) {
  const t = useT();
  const count = activeFilterCount(filters);
  return (
    <div class="popup-filters">
      <button
        type="button"
        class="button button--secondary popup-filters__toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={onToggle}
      >
        {count > 0 ? t('popupFiltersActive', count) : t('popupFilters')}
      </button>
      <fieldset id={PANEL_ID} class="popup-filters__panel" hidden={!open}>
        <legend>{t('popupFilters')}</legend>
        <label>
          <span>{t('popupFilterKind')}</span>
          <select
            value={filters.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ ...filters, kind: (kinds as readonly string[]).includes(value) ? (value as EntryKind) : '' });
            }}
          >
            <option value="">{t('popupFilterAll')}</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('popupFilterTheme')}</span>
          <select
            value={filters.theme}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ ...filters, theme: isThemeId(value) ? value : '' });
            }}
          >
            <option value="">{t('popupFilterAll')}</option>
            {THEME_IDS.map((id) => (
              <option key={id} value={id}>
                {t(themeLabelKey(id))}
              </option>
            ))}
          </select>
        </label>
        {places.length > 0 && (
          <label>
            <span>{t('places_filter')}</span>
            <select
              value={filters.place}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange({ ...filters, place: places.some((place) => place.key === value) ? value : '' });
              }}
            >
              <option value="">{t('popupFilterAll')}</option>
              {places.map((place) => (
                <option key={place.key} value={place.key}>
                  {placeLabel(place, t)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
    </div>
  );
}
