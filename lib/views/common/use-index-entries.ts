/**
 * Entries of the active index for a view: asked of the background and asked
 * again on every 'index/changed' event (an update, a rollback, an import): a
 * view open for hours must not keep showing, or miss, entries only the old or
 * new index knows. `useIndexEntries` gets the whole index (the side panel, for
 * now); `useEntriesById` only the entries a view shows (the entry page).
 *
 * A newer load always wins (createLatestQuery): an older load that finishes
 * late is dropped. While a reload runs, the previous answer stays, so a view
 * does not flicker back to "loading".
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { createLatestQuery } from '../../core/search/latest-query';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';

export type IndexEntriesLoad =
  { status: 'loading' } | { status: 'ready'; entries: readonly IndexEntry[] } | { status: 'failed'; message: string };

/** Loads with `ask`, again on 'index/changed' and whenever one of `keys` changes; the newest load wins. */
function useEntriesLoad(
  events: EventSubscriber,
  keys: readonly unknown[],
  ask: () => Promise<readonly IndexEntry[]>,
): IndexEntriesLoad {
  const [load, setLoad] = useState<IndexEntriesLoad>({ status: 'loading' });
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      ask().then(
        (entries) => ticket.current && setLoad({ status: 'ready', entries }),
        (error: unknown) => {
          console.warn('Regiolens: the index is unavailable', error);
          if (ticket.current) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    const stop = events.on('index/changed', refresh);
    refresh();
    return () => {
      stop();
      latest.cancel();
    };
    // `keys` stand for what `ask` asks: a new function asking the same thing loads nothing again.
  }, [events, ...keys]);
  return load;
}

/** The whole active index (`index/active`). */
export function useIndexEntries(background: BackgroundClient, events: EventSubscriber): IndexEntriesLoad {
  return useEntriesLoad(events, [background], async () => (await background.call('index/active', {})).entries);
}

/** Only the entries with these ids (`search/by-id`), in that order; ids the index lacks are left out. */
export function useEntriesById(background: BackgroundClient, events: EventSubscriber, ids: readonly string[]): IndexEntriesLoad {
  // Ids never hold a newline: one string stands for the list, so a new array with the same ids asks nothing again.
  const idsKey = ids.join('\n');
  return useEntriesLoad(events, [background, idsKey], async () => {
    const wanted = idsKey === '' ? [] : idsKey.split('\n');
    return (await background.call('search/by-id', { ids: wanted })).entries;
  });
}
