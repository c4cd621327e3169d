/**
 * Every note, searchable (lib/search: the popup's fuzzy search design) and
 * filtered by tag, site and linked entry, sorted by date. The search index is
 * rebuilt when notes change anywhere.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../lib/index/schema';
import type { Note } from '../../lib/notes/types';
import { createSearchIndex } from '../../lib/search';
import { facetsOf, matchesFilter, NO_FILTER, sortNotes, type NotesFilter, type SortOrder } from '../../lib/sidepanel/notes-list';
import type { NotesSource } from '../../lib/views/notes-source';
import { useT } from '../shared/i18n';
import { NoteList } from './NoteList';
import { NoticeBar } from './NoticeBar';
import { useNotice } from './use-notice';

export interface AllNotesProps {
  source: NotesSource;
  entries: readonly IndexEntry[];
  onOpenEntry?: (entry: IndexEntry) => void;
}

/** Which fields a query looks at, and how much each counts. */
const NOTE_FIELDS = [
  { name: 'quote', get: (note: Note) => note.selectors?.quote.exact, weight: 2 },
  { name: 'body', get: (note: Note) => note.body, weight: 2 },
  { name: 'tags', get: (note: Note) => note.tags, weight: 1.5 },
  { name: 'title', get: (note: Note) => note.title, weight: 1 },
  { name: 'url', get: (note: Note) => note.url, weight: 0.5 },
];

export function AllNotes({ source, entries, onOpenEntry }: AllNotesProps) {
  const t = useT();
  const id = useId();
  const { notice, setNotice, run } = useNotice();
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>('newest');

  const load = useCallback(async () => {
    const found = await run(() => source.allNotes());
    if (found) setNotes(found);
  }, [source, run]);
  useEffect(() => {
    void load();
    return source.subscribe(() => void load());
  }, [load, source]);

  const index = useMemo(() => createSearchIndex(notes ?? [], { id: (note) => note.id, fields: NOTE_FIELDS }), [notes]);
  const facets = useMemo(() => facetsOf(notes ?? []), [notes]);
  const titleOf = useMemo(() => new Map(entries.map((entry) => [entry.id, entry.title])), [entries]);
  const shown = useMemo(() => {
    const keep = (note: Note) => matchesFilter(note, filter);
    const found = query.trim()
      ? index.search(query, { limit: 200, filter: keep }).map((hit) => hit.item)
      : (notes ?? []).filter(keep);
    return sortNotes(found, order);
  }, [index, notes, query, filter, order]);

  const select = (key: keyof NotesFilter, label: string, values: readonly string[], name: (value: string) => string) => (
    <div class="all-notes__filter">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key]}
        onChange={(event) => setFilter({ ...filter, [key]: event.currentTarget.value })}
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
      <NoticeBar
        notice={notice}
        onDismiss={() => setNotice(null)}
        onReload={() => {
          setNotice(null);
          void load();
        }}
        onUndo={(deleted) =>
          void run(() => source.restoreNote(deleted.note)).then(
            (restored) => restored && setNotice({ kind: 'info', key: 'sidepanel_restored' }),
          )
        }
      />
      <form class="all-notes__controls" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for={`${id}-query`}>{t('sidepanel_search_label')}</label>
        <input id={`${id}-query`} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        {select('tag', t('sidepanel_filter_tag'), facets.tags, (tag) => tag)}
        {select('site', t('sidepanel_filter_site'), facets.sites, (site) => site)}
        {select('link', t('sidepanel_filter_entry'), facets.links, (link) => titleOf.get(link) ?? link)}
        <div class="all-notes__filter">
          <label for={`${id}-order`}>{t('sidepanel_sort')}</label>
          <select id={`${id}-order`} value={order} onChange={(event) => setOrder(event.currentTarget.value as SortOrder)}>
            <option value="newest">{t('sidepanel_sort_newest')}</option>
            <option value="oldest">{t('sidepanel_sort_oldest')}</option>
          </select>
        </div>
      </form>
      <p class="muted" role="status">
        {notes === null ? t('loading') : t('sidepanel_results', shown.length)}
      </p>
      {notes !== null && shown.length === 0 ? (
        <p class="muted">{t('sidepanel_all_empty')}</p>
      ) : (
        <NoteList
          notes={shown}
          source={source}
          entries={entries}
          label={t('sidepanel_tab_all')}
          showPage
          onOpenEntry={onOpenEntry}
          run={run}
          setNotice={setNotice}
        />
      )}
    </section>
  );
}
