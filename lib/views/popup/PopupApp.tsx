/**
 * The toolbar popup: search the conference material and publications, keyboard
 * first (WAI-ARIA combobox with a listbox of results). Before anything is typed
 * it shows the current tab's verdict, its suggestions and the seven werksessies.
 *
 * The background searches (it holds the index, built once per active index):
 * each answer is tied to the query and filters it was asked for, an older
 * answer is never taken for the current one, and Enter pressed before the
 * current answer arrives opens its first result when it does (use-entry-search.ts).
 * A remembered query never replaces what the user already typed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { NO_FILTERS, RESULT_LIMIT, activeFilterCount, queryTooShort, type EntryFilters } from '../../core/entries/entry-results';
import { moveActive } from './listbox-keys';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import type { QueryMemory } from './query-memory-source';
import type { TabSource } from '../common/tab-source';
import type { SiteAccess } from '../common/site-access';
import { useT } from '../common/i18n';
import { useTabState } from '../common/use-tab-state';
import { FilterPanel } from './FilterPanel';
import { LISTBOX_ID, ResultList, optionId } from './ResultList';
import { StartView } from './StartView';
import { useEntrySearch, useSearchOverview } from './use-entry-search';
import './popup.css';

export interface PopupAppProps {
  tabs: TabSource;
  /** The background: the active index to search comes from it. */
  background: BackgroundClient;
  /** Cross-context events: the index is loaded again on 'index/changed'. */
  events: EventSubscriber;
  /** Remembers the last query for a few minutes; optional so tests can leave it out. */
  memory?: QueryMemory | undefined;
  /** Opens an entry: its address in a new tab, or its detail page. */
  onOpen: (entry: IndexEntry) => void;
  onOpenSidePanel: () => void;
  /** "Always read this site"; optional so tests can leave it out. */
  siteAccess?: SiteAccess | undefined;
  /** Closes the popup (a second Escape on an empty search box). */
  onClose?: (() => void) | undefined;
  /** The query to start with: the search page opened from the address bar (`popup.html?q=`). */
  initialQuery?: string | undefined;
  /** Called once the tab's PDF was opened in the reader ("Open in Regiolens"): the popup's work is done. */
  onOpenedInReader?: (() => void) | undefined;
}

const NO_ENTRIES: ReadonlyMap<string, IndexEntry> = new Map();

/** Alt+S opens the side panel; `code` so it works whatever character the layout makes of Alt+S. */
function isSidePanelKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS';
}

export function PopupApp({
  tabs,
  background,
  events,
  memory,
  onOpen,
  onOpenSidePanel,
  siteAccess,
  onClose,
  initialQuery = '',
  onOpenedInReader,
}: PopupAppProps) {
  const t = useT();
  const [state, setState] = useTabState(tabs);
  const suggestionIds = useMemo(() => state?.recognition?.suggestions.map((s) => s.id) ?? [], [state]);
  const load = useSearchOverview(background, events, suggestionIds);
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** How many results are shown: 20, and 20 more at each "show more". */
  const [limit, setLimit] = useState(RESULT_LIMIT);
  const input = useRef<HTMLInputElement>(null);
  // A query given at opening counts as typed: a remembered one must not replace it.
  const typed = useRef(initialQuery !== '');
  /** Enter pressed while the current query's answer was still on its way: open its first result when it comes. */
  const enterPending = useRef(false);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (!memory) return;
    void memory.recall().then(
      (remembered) => {
        if (typed.current || remembered === '') return;
        setQuery(remembered);
        // Selected, so typing replaces it and the arrows still work on its results.
        requestAnimationFrame(() => input.current?.select());
      },
      (error: unknown) => console.warn('Regiolens: the last query could not be read', error),
    );
  }, [memory]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSidePanelKey(event)) return;
      event.preventDefault();
      onOpenSidePanel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onOpenSidePanel]);

  const overview = load.status === 'ready' ? load.overview : undefined;
  // One more than is shown, so the count can say that more exist.
  const found = useEntrySearch(background, events, query, filters, limit + 1);
  const more = found.results.length > limit;
  const results = useMemo(() => found.results.slice(0, limit), [found.results, limit]);

  const searching = query.trim() !== '' || activeFilterCount(filters) > 0;
  const activeIndex = activeId === null ? -1 : results.findIndex((result) => result.entry.id === activeId);
  const active = activeIndex >= 0 ? results[activeIndex] : undefined;

  useEffect(() => {
    if (found.pending || !enterPending.current) return;
    enterPending.current = false;
    const first = results[0];
    if (first && query.trim() !== '') onOpen(first.entry);
  }, [found.pending, results, query, onOpen]);

  useEffect(() => {
    if (active) document.getElementById(optionId(active.entry.id))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const changeQuery = (value: string) => {
    typed.current = true;
    enterPending.current = false;
    setQuery(value);
    setActiveId(null);
    setLimit(RESULT_LIMIT);
    memory?.remember(value).catch((error: unknown) => console.warn('Regiolens: the query could not be remembered', error));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') changeQuery('');
      else onClose?.();
      return;
    }
    if (event.key === 'Enter') {
      if (!active && found.pending) {
        event.preventDefault();
        enterPending.current = true;
        return;
      }
      const chosen = active ?? (results.length > 0 && query.trim() !== '' ? results[0] : undefined);
      if (!chosen) return;
      event.preventDefault();
      onOpen(chosen.entry);
      return;
    }
    const next = moveActive(event.key, activeIndex, results.length);
    if (next === undefined) return;
    event.preventDefault();
    setActiveId(results[next]?.entry.id ?? null);
  };

  const expanded = searching && results.length > 0;
  const status =
    !searching || (found.pending && results.length === 0)
      ? ''
      : queryTooShort(query)
        ? t('popupQueryTooShort')
        : results.length === 0
          ? t('popupNoResults', query.trim())
          : more
            ? t('popupResultCountMore', limit)
            : results.length === 1
              ? t('popupResultCountOne')
              : t('popupResultCount', results.length);

  return (
    <main class="popup">
      <h1 class="popup__title">{t('extName')}</h1>
      <div class="popup-search" role="search">
        <label for="popup-search-input" class="popup-search__label">
          {t('popupSearchLabel')}
        </label>
        <input
          ref={input}
          id="popup-search-input"
          class="popup-search__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={active ? optionId(active.entry.id) : undefined}
          aria-describedby="popup-search-help"
          placeholder={t('popupSearchPlaceholder')}
          value={query}
          onInput={(event) => changeQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <span id="popup-search-help" class="visually-hidden">
          {t('popupSearchHelp')}
        </span>
        <FilterPanel
          filters={filters}
          kinds={overview?.kinds ?? []}
          places={overview?.placeChoices ?? []}
          open={filtersOpen}
          onToggle={() => setFiltersOpen((open) => !open)}
          onChange={(next) => {
            setFilters(next);
            setActiveId(null);
            setLimit(RESULT_LIMIT);
          }}
        />
      </div>
      <p role="status" class="popup-status muted">
        {status}
      </p>
      {(load.status === 'failed' || found.error !== null) && (
        <p role="alert" class="popup-error">
          {t('popupIndexError', load.status === 'failed' ? load.message : (found.error ?? ''))}
        </p>
      )}
      {searching && found.pending && results.length === 0 && <p class="muted">{t('loading')}</p>}
      {searching && !found.pending && found.error === null && results.length === 0 && !queryTooShort(query) && (
        <p class="popup-noresults">{t('popupNoResultsHint')}</p>
      )}
      <ResultList
        results={searching ? results : []}
        places={found.places}
        busy={found.pending}
        activeId={active?.entry.id ?? null}
        onOpen={onOpen}
        onHover={setActiveId}
      />
      {searching && more && (
        <button
          type="button"
          class="button button--secondary popup-more"
          onClick={() => {
            // Back to the search box with the first new result active: the arrow keys go on from there.
            setActiveId(found.results[limit]?.entry.id ?? null);
            setLimit((shown) => shown + RESULT_LIMIT);
            input.current?.focus();
          }}
        >
          {t('popupShowMore', RESULT_LIMIT)}
        </button>
      )}
      {!searching && (
        <StartView
          state={state}
          byId={load.status === 'ready' ? load.byId : NO_ENTRIES}
          werksessies={overview?.werksessies ?? []}
          onAnalyse={() =>
            void tabs.analyseActive().then(setState, () => setState({ tabId: state?.tabId ?? -1, status: 'not-allowed' }))
          }
          siteAccess={siteAccess}
          onOpen={onOpen}
          onOpenSidePanel={onOpenSidePanel}
          onOpenInReader={(tabId) =>
            void background.call('tab/open-reader', { tabId }).then(
              () => onOpenedInReader?.(),
              (error: unknown) => console.error('Regiolens: the reader did not open', error),
            )
          }
        />
      )}
      <footer class="popup-footer">
        <p class="popup-footer__keys muted">{t('popupKeysHelp')}</p>
        <button type="button" class="button button--secondary" onClick={onOpenSidePanel} aria-keyshortcuts="Alt+S">
          {t('popupOpenSidePanel')}
        </button>
        <a class="popup-footer__welcome" href="/welcome.html" target="_blank" rel="noopener">
          {t('welcome_again')}
        </a>
      </footer>
    </main>
  );
}
