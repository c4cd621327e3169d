/**
 * The active index's entries, for every view that shows them (popup, side
 * panel, entry page): asked of the background (`index/active`) and asked again
 * on every 'index/changed' event (an update, a rollback, an import): a view open
 * for hours must not keep showing, or miss, entries only the old or new index knows.
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

export function useIndexEntries(background: BackgroundClient, events: EventSubscriber): IndexEntriesLoad {
  const [load, setLoad] = useState<IndexEntriesLoad>({ status: 'loading' });
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      background.call('index/active', {}).then(
        ({ entries }) => ticket.current && setLoad({ status: 'ready', entries }),
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
  }, [background, events]);
  return load;
}
