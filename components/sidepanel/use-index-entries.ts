/**
 * The active index's entries for the side panel (suggestions, note links),
 * reloaded whenever another index becomes active (an update, a rollback, an
 * import): a panel open for hours must not keep dropping suggestions whose ids
 * only the new index knows. A newer load always wins (createLatestQuery).
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndexEntry } from '../../lib/index/schema';
import { createLatestQuery } from '../../lib/search/latest-query';
import type { EntrySource } from '../../lib/views/entry-source';

export function useIndexEntries(source: EntrySource): readonly IndexEntry[] {
  const [entries, setEntries] = useState<readonly IndexEntry[]>([]);
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      source.load().then(
        (found) => ticket.current && setEntries(found),
        (error: unknown) => console.warn('Regiolens: the index is unavailable', error),
      );
    };
    const stop = source.subscribe(refresh);
    refresh();
    return () => {
      stop();
      latest.cancel();
    };
  }, [source]);
  return entries;
}
