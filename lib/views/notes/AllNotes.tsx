/**
 * Every note, searchable (lib/core/search: the popup's fuzzy search design) and
 * filtered by tag, site and linked entry, sorted by date. The search index is
 * rebuilt when notes change anywhere. Only the first NOTES_PAGE_SIZE notes are
 * rendered, with "show more" for the next ones, and the count says how many
 * there are in all.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { NOTE_SEARCH } from '../../core/notes/search-fields';
import type { Note } from '../../core/notes/types';
import { createSearchIndex, SEARCH_MAX_LIMIT } from '../../core/search';
import {
  facetsOf,
  matchesFilter,
  NO_FILTER,
  NOTES_PAGE_SIZE,
  sortNotes,
  type NotesFilter,
  type SortOrder,
} from '../sidepanel/notes-list';
import type { NotesSource } from './notes-source';
import type { IndexLookup } from '../common/index-lookup';
import { useEntryCards } from '../common/use-index-entries';
import { useLatestLoad } from './use-latest-load';
import { placeLabel } from '../common/place-label';
import { useT } from '../common/i18n';
import { NoteList } from './NoteList';
import { NotesNoticeBar } from './NoticeBar';
import { useNotice } from './use-notice';

export interface AllNotesProps {
  source: NotesSource;
  /** The active index, through the background: titles of the linked entries and the editor's picker. */
  lookup: IndexLookup;
  onOpenEntry?: (entry: IndexEntry) => void;
}

/** Which fields a query looks at, and how much each counts. */
export function AllNotes({ source, lookup, onOpenEntry }: AllNotesProps) {
  const t = useT();
  const id = useId();
  const notices = useNotice();
  const { setNotice, run } = notices;
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>('newest');
  /** How many of the found notes are rendered; back to one page whenever the search or filters change. */
  const [limit, setLimit] = useState(NOTES_PAGE_SIZE);
  /** After "show more": the position of the first newly shown note, which gets the focus. */
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const results = useRef<HTMLDivElement>(null);

  const readAll = useCallback(() => run(() => source.allNotes()), [source, run]);
  const load = useLatestLoad(readAll, setNotes);
  useEffect(() => {
    void load();
    return source.subscribe(() => void load());
  }, [load, source]);

  const index = useMemo(() => createSearchIndex<Note>(notes ?? [], NOTE_SEARCH), [notes]);
  const facets = useMemo(() => facetsOf(notes ?? []), [notes]);
  const placeLabels = useMemo(() => new Map(facets.places.map((place) => [place.key, placeLabel(place, t)])), [facets, t]);
  // Every linked entry's title (the link filter names them all), asked for by id in batches.
  const linked = useEntryCards(lookup, facets.links);
  const found = useMemo(() => {
    const keep = (note: Note) => matchesFilter(note, filter);
    const hits = query.trim()
      ? index.search(query, { limit: SEARCH_MAX_LIMIT, filter: keep }).map((hit) => hit.item)
      : (notes ?? []).filter(keep);
    return sortNotes(hits, order);
  }, [index, notes, query, filter, order]);
  const capped = query.trim() !== '' && found.length >= SEARCH_MAX_LIMIT;
  const shown = useMemo(() => found.slice(0, limit), [found, limit]);
  const number = useMemo(() => new Intl.NumberFormat(t('localeCode')), [t]);

  // Focus moves to the first note "show more" revealed, so keyboard users continue where the list grew.
  useEffect(() => {
    if (focusAt === null) return;
    const article = results.current?.querySelectorAll<HTMLElement>('article.note')[focusAt];
    if (article) {
      // Focusable by script only, not a tab stop: the note's own buttons stay the tab stops.
      article.tabIndex = -1;
      article.focus();
    }
    setFocusAt(null);
  }, [focusAt]);

  /** A new search, filter or order starts again from the first page. */
  const refine =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setLimit(NOTES_PAGE_SIZE);
    };
  const changeQuery = refine(setQuery);
  const changeFilter = refine(setFilter);
  const changeOrder = refine(setOrder);
  const showMore = () => {
    setFocusAt(shown.length);
    setLimit(shown.length + NOTES_PAGE_SIZE);
  };
  const count =
    notes === null
      ? t('loading')
      : shown.length < found.length
        ? t('sidepanel_results_partial', [number.format(shown.length), number.format(found.length)])
        : t('sidepanel_results', number.format(found.length));

  const select = (key: keyof NotesFilter, label: string, values: readonly string[], name: (value: string) => string) => (
    <div class="all-notes__filter">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key]}
        onChange={(event) => changeFilter({ ...filter, [key]: event.currentTarget.value })}
      >
        <option value="">{t('sidepanel_filter_any')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {name(value)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="all-notes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sidepanel_tab_all')}</h2>
      <NotesNoticeBar notices={notices} reload={() => void load()} restore={(note) => source.restoreNote(note)} />
      <form class="all-notes__controls" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for={`${id}-query`}>{t('sidepanel_search_label')}</label>
        <input id={`${id}-query`} type="search" value={query} onInput={(event) => changeQuery(event.currentTarget.value)} />
        {select('tag', t('sidepanel_filter_tag'), facets.tags, (tag) => tag)}
        {select('site', t('sidepanel_filter_site'), facets.sites, (site) => site)}
        {select('link', t('sidepanel_filter_entry'), facets.links, (link) => linked.get(link)?.title ?? link)}
        {select(
          'place',
          t('places_filter'),
          facets.places.map((place) => place.key),
          (key) => placeLabels.get(key) ?? key,
        )}
        <div class="all-notes__filter">
          <label for={`${id}-order`}>{t('sidepanel_sort')}</label>
          <select id={`${id}-order`} value={order} onChange={(event) => changeOrder(event.currentTarget.value as SortOrder)}>
            <option value="newest">{t('sidepanel_sort_newest')}</option>
            <option value="oldest">{t('sidepanel_sort_oldest')}</option>
          </select>
        </div>
      </form>
      <p class="muted" role="status" aria-live="polite" data-notes-count>
        {count}
      </p>
      {capped && (
        <p class="muted" data-notes-capped>
          {t('sidepanel_results_capped', number.format(SEARCH_MAX_LIMIT))}
        </p>
      )}
      {notes !== null && shown.length === 0 ? (
        <p class="muted">{t('sidepanel_all_empty')}</p>
      ) : (
        <div ref={results}>
          <NoteList
            notes={shown}
            source={source}
            linked={linked}
            lookup={lookup}
            label={t('sidepanel_tab_all')}
            showPage
            onOpenEntry={onOpenEntry}
            run={run}
            setNotice={setNotice}
            focusHandOver={notices.focusHandOver}
          />
          {shown.length < found.length && (
            <button type="button" class="button button--secondary all-notes__more" onClick={showMore}>
              {t('sidepanel_show_more')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
