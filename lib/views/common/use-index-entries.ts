/**
 * The active index's entries, for every view that shows them (popup, side
 * panel, entry page), reloaded whenever the EntrySource says another index
 * became active (an update, a rollback, an import): a view open for hours must
 * not keep showing, or miss, entries only the old or new index knows.
 *
 * A newer load always wins (createLatestQuery): an older load that finishes
 * late is dropped. While a reload runs, the previous answer stays, so a view
 * does not flicker back to "loading".
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { createLatestQuery } from '../../core/search/latest-query';
import type { EntrySource } from './entry-source';

export type IndexEntriesLoad =
  { status: 'loading' } | { status: 'ready'; entries: readonly IndexEntry[] } | { status: 'failed'; message: string };

export function useIndexEntries(source: EntrySource): IndexEntriesLoad {
  const [load, setLoad] = useState<IndexEntriesLoad>({ status: 'loading' });
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      source.load().then(
        (entries) => ticket.current && setLoad({ status: 'ready', entries }),
        (error: unknown) => {
          console.warn('Regiolens: the index is unavailable', error);
          if (ticket.current) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    const stop = source.subscribe(refresh);
    refresh();
    return () => {
      stop();
      latest.cancel();
    };
  }, [source]);
  return load;
}
