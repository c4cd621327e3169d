/**
 * The popup's results as the listbox of the search combobox. Focus stays in the
 * search box (aria-activedescendant points at the active option), so options
 * are not focusable and the keyboard is handled by the search box.
 */
import type { IndexEntry } from '../../core/index/schema';
import type { EntryResult } from '../../core/entries/entry-results';
import { EntryCard } from '../common/EntryCard';
import type { EntryPlace } from '../../core/places/entry-places';
import { useT } from '../common/i18n';

export const LISTBOX_ID = 'popup-results';

export function optionId(entryId: string): string {
  return `popup-option-${entryId}`;
}

export interface ResultListProps {
  results: readonly EntryResult[];
  /** The places each entry names, shown as chips. */
  places?: ReadonlyMap<string, readonly EntryPlace[]> | undefined;
  activeId: string | null;
  /** The results shown are an older query's; the current one's are on their way. */
  busy?: boolean;
  onOpen: (entry: IndexEntry) => void;
  onHover: (entryId: string) => void;
}

export function ResultList({ results, places, activeId, busy = false, onOpen, onHover }: ResultListProps) {
  const t = useT();
  return (
    <div
      id={LISTBOX_ID}
      role="listbox"
      class="entry-list popup-results"
      aria-label={t('popupResultsLabel')}
      aria-busy={busy}
      hidden={results.length === 0}
    >
      {results.map((result) => {
        const { entry } = result;
        const active = entry.id === activeId;
        return (
          // Keyboard: the combobox's search box handles it (focus stays there, per the ARIA pattern).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={entry.id}
            id={optionId(entry.id)}
            role="option"
            aria-selected={active}
            tabIndex={-1}
            class={`entry-list__item popup-option${active ? ' popup-option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => !active && onHover(entry.id)}
            onClick={() => onOpen(entry)}
          >
            <EntryCard
              entry={entry}
              titleRanges={result.titleRanges}
              snippet={result.snippet}
              terms={result.matchedTerms}
              missingTerms={result.missingTerms}
              places={places?.get(entry.id)?.map((place) => place.name)}
            />
          </div>
        );
      })}
    </div>
  );
}
