/**
 * The active index, ready to search: loads the entries and the search engine
 * in parallel (the engine is a dynamic import, so the popup paints before its
 * code arrives) and rebuilds when another index becomes active. A newer load
 * always wins: an older one finishing late is dropped (createLatestQuery).
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndexEntry } from '../../lib/index/schema';
import { createLatestQuery } from '../../lib/search/latest-query';
import type { SearchIndex } from '../../lib/search/types';
import type { EntrySource } from '../../lib/views/entry-source';

export interface LoadedIndex {
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  search: SearchIndex<IndexEntry>;
}

export type IndexLoad = { status: 'loading' } | { status: 'ready'; index: LoadedIndex } | { status: 'failed'; message: string };

async function buildIndex(source: EntrySource): Promise<LoadedIndex> {
  const [entries, engine, fields] = await Promise.all([
    source.load(),
    import('../../lib/search/create-search-index'),
    import('../../lib/search/index-entry-search'),
  ]);
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    search: engine.createSearchIndex(entries, fields.INDEX_ENTRY_SEARCH),
  };
}

export function useEntryIndex(source: EntrySource): IndexLoad {
  const [load, setLoad] = useState<IndexLoad>({ status: 'loading' });
  useEffect(() => {
    const latest = createLatestQuery();
    const refresh = () => {
      const ticket = latest.begin();
      buildIndex(source).then(
        (index) => ticket.current && setLoad({ status: 'ready', index }),
        (error: unknown) =>
          ticket.current && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    };
    refresh();
    const stop = source.subscribe(refresh);
    return () => {
      stop();
      latest.cancel();
    };
  }, [source]);
  return load;
}
