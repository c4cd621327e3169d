/**
 * What a view shows of the active index: asked of the background and asked
 * again on every 'index/changed' event (an update, a rollback, an import): a
 * view open for hours must not keep showing, or miss, entries only the old or
 * new index knows. Views ask only for what they show: `useEntriesById` the
 * entry page's entry, `useIndexAnswer` anything an IndexLookup answers (the
 * side panel's cards, place material and picker choices).
 *
 * A newer load always wins (createLatestQuery): an older load that finishes
 * late is dropped. While a reload runs, the previous answer stays, so a view
 * does not flicker back to "loading".
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { createLatestQuery } from '../../core/search/latest-query';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import type { IndexLookup } from './index-lookup';

export type IndexLoad<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

export type IndexEntriesLoad =
  { status: 'loading' } | { status: 'ready'; entries: readonly IndexEntry[] } | { status: 'failed'; message: string };

/**
 * Loads with `ask`, again whenever `onChange` reports another active index and whenever one of `keys`
 * changes; the newest load wins.
 */
export function useIndexAnswer<T>(
  onChange: (listener: () => void) => () => void,
  keys: readonly unknown[],
  ask: () => Promise<T>,
): IndexLoad<T> {
  const [load, setLoad] = useState<IndexLoad<T>>({ status: 'loading' });
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      ask().then(
        (value) => ticket.current && setLoad({ status: 'ready', value }),
        (error: unknown) => {
          console.warn('Regiolens: the index is unavailable', error);
          if (ticket.current) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    const stop = onChange(refresh);
    refresh();
    return () => {
      stop();
      latest.cancel();
    };
    // `keys` stand for what `ask` asks: a new function asking the same thing loads nothing again.
  }, [onChange, ...keys]);
  return load;
}

/** One string for a list of ids (ids never hold a newline): a new array with the same ids asks nothing again. */
export function idsKey(ids: readonly string[]): string {
  return ids.join('\n');
}

/** The ids `idsKey` stands for. */
export function idsOf(key: string): string[] {
  return key === '' ? [] : key.split('\n');
}

/** Only the entries with these ids (`search/by-id`), in that order; ids the index lacks are left out. */
export function useEntriesById(background: BackgroundClient, events: EventSubscriber, ids: readonly string[]): IndexEntriesLoad {
  const key = idsKey(ids);
  const onChange = useMemo(() => (listener: () => void) => events.on('index/changed', listener), [events]);
  const load = useIndexAnswer(
    onChange,
    [background, key],
    async () => (await background.call('search/by-id', { ids: idsOf(key) })).entries,
  );
  return load.status === 'ready' ? { status: 'ready', entries: load.value } : load;
}

const NO_CARDS: ReadonlyMap<string, IndexEntry> = new Map();

/**
 * The entries with these ids as cards (no body), by id: the side panel's suggestions and the titles of
 * notes' links. Empty until the first answer and when the index cannot be read, so suggestions resolve to
 * nothing and links show their ids, as before the index loads.
 */
export function useEntryCards(lookup: IndexLookup, ids: readonly string[]): ReadonlyMap<string, IndexEntry> {
  const key = idsKey(ids);
  const load = useIndexAnswer(lookup.onChange, [lookup, key], () => lookup.cards(idsOf(key)));
  return useMemo(() => (load.status === 'ready' ? new Map(load.value.map((entry) => [entry.id, entry])) : NO_CARDS), [load]);
}
