/**
 * The popup's two questions to the background, which holds the search index
 * (built once per active index, lib/background/entry-search-feature.ts): the
 * overview (werksessies, filter choices, the tab's suggested entries) and the
 * results of the query on screen. The popup builds nothing and receives only
 * what it shows, so it opens as fast over 10,000 entries as over 56.
 *
 * Every answer carries the query and filters it belongs to: results of an older
 * question are never taken for the current one (they stay on screen, marked
 * busy, until the current answer arrives, so the list does not flicker). Both
 * questions are asked again on 'index/changed'.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  NO_FILTERS,
  RESULT_LIMIT,
  activeFilterCount,
  queryTooShort,
  type EntryFilters,
  type EntryResult,
} from '../../core/entries/entry-results';
import type { IndexEntry } from '../../core/index/schema';
import type { EntryPlace } from '../../core/places/entry-places';
import { createLatestQuery } from '../../core/search/latest-query';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import type { SearchOverview } from '../../shared/messages/search-messages';
import type { Question } from '../../shared/messages/early-client';
import type { BackgroundProtocol } from '../../shared/messages/protocol';

export type OverviewLoad =
  | { status: 'loading' }
  | { status: 'ready'; overview: SearchOverview; byId: ReadonlyMap<string, IndexEntry> }
  | { status: 'failed'; message: string };

export interface SearchState {
  /** The results shown: the current question's, or while it is being answered the previous one's. */
  results: readonly EntryResult[];
  places: ReadonlyMap<string, readonly EntryPlace[]>;
  /** The results on screen belong to an older question; the current one is being answered. */
  pending: boolean;
  /** The last question failed (the background could not search). */
  error: string | null;
}

const NOTHING: SearchState = { results: [], places: new Map(), pending: false, error: null };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Bumps whenever the active index changes, so both questions are asked again. */
function useIndexRevision(events: EventSubscriber): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => events.on('index/changed', () => setRevision((n) => n + 1)), [events]);
  return revision;
}

export function useSearchOverview(background: BackgroundClient, events: EventSubscriber, ids: readonly string[]): OverviewLoad {
  const revision = useIndexRevision(events);
  const [load, setLoad] = useState<OverviewLoad>({ status: 'loading' });
  const idsKey = ids.join('\n');
  useEffect(() => {
    const latest = createLatestQuery();
    const ticket = latest.begin();
    background.call('search/overview', { ids: idsKey === '' ? [] : idsKey.split('\n') }).then(
      (overview) =>
        ticket.current && setLoad({ status: 'ready', overview, byId: new Map(overview.entries.map((e) => [e.id, e])) }),
      (error: unknown) => {
        console.warn('Regiolens: the index is unavailable', error);
        if (ticket.current) setLoad({ status: 'failed', message: messageOf(error) });
      },
    );
    return () => latest.cancel();
  }, [background, idsKey, revision]);
  return load;
}

/** The question a query and filters make, or undefined when there is nothing to ask (blank, or one letter). */
function questionOf(query: string, filters: EntryFilters): string | undefined {
  if (query.trim() === '' && activeFilterCount(filters) === 0) return undefined;
  if (queryTooShort(query)) return undefined;
  return JSON.stringify([query, filters.kind, filters.theme, filters.place]);
}

/**
 * The questions the popup asks first, known before it starts: the overview before the tab's suggestions
 * are known, and the results of a query given at opening (`popup.html?q=`), one more than a page shows
 * as PopupApp asks. The entrypoint sends them in its first turn (lib/shared/messages/early-client.ts),
 * so the background wakes and answers while the popup loads its translator and mounts. The payloads are
 * the very ones the hooks below send, or the early answers would go unused.
 */
export function popupFirstQuestions(initialQuery: string): Question<BackgroundProtocol>[] {
  const overview: Question<BackgroundProtocol> = { type: 'search/overview', payload: { ids: [] } };
  if (questionOf(initialQuery, NO_FILTERS) === undefined) return [overview];
  // The query first, as the hooks ask it: a woken background answers it before reading the whole index.
  return [{ type: 'search/entries', payload: { query: initialQuery, filters: NO_FILTERS, limit: RESULT_LIMIT + 1 } }, overview];
}

export function useEntrySearch(
  background: BackgroundClient,
  events: EventSubscriber,
  query: string,
  filters: EntryFilters,
  limit: number,
): SearchState {
  const revision = useIndexRevision(events);
  const question = questionOf(query, filters);
  const [answer, setAnswer] = useState<(SearchState & { question: string }) | null>(null);
  // Asked right after the render of the keystroke, not after the next paint: Preact runs useEffect a
  // frame later (about 16 ms), which was most of a keystroke's time to results.
  useLayoutEffect(() => {
    if (question === undefined) {
      setAnswer(null);
      return;
    }
    const latest = createLatestQuery();
    const ticket = latest.begin();
    background.call('search/entries', { query, filters, limit }).then(
      ({ results, places }) =>
        ticket.current && setAnswer({ question, results, places: new Map(Object.entries(places)), pending: false, error: null }),
      (error: unknown) => {
        console.warn('Regiolens: the search failed', error);
        if (ticket.current) setAnswer({ ...NOTHING, question, error: messageOf(error) });
      },
    );
    return () => latest.cancel();
    // `question` stands for query and filters: the same question is not asked twice.
  }, [background, question, limit, revision]);
  if (question === undefined || answer === null) return { ...NOTHING, pending: question !== undefined };
  return answer.question === question ? answer : { ...answer, pending: true };
}
