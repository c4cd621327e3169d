/**
 * The active index, ready to search: the shared entries hook (newest load wins,
 * reload when another index becomes active) plus the popup's own part, the
 * search engine. The engine is a dynamic import started at the same time as the
 * entries load, so the popup paints before its code arrives; the search index
 * is rebuilt whenever a new set of entries arrives.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import type { SearchIndex } from '../../core/search/types';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import { useIndexEntries } from '../common/use-index-entries';

export interface LoadedIndex {
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  search: SearchIndex<IndexEntry>;
}

export type IndexLoad = { status: 'loading' } | { status: 'ready'; index: LoadedIndex } | { status: 'failed'; message: string };

interface Engine {
  build(entries: readonly IndexEntry[]): SearchIndex<IndexEntry>;
}

type EngineLoad = { status: 'loading' } | { status: 'ready'; engine: Engine } | { status: 'failed'; message: string };

/** One import per popup, however often the index changes. */
let engineImport: Promise<Engine> | undefined;

function importEngine(): Promise<Engine> {
  engineImport ??= Promise.all([
    import('../../core/search/create-search-index'),
    import('../../core/search/index-entry-search'),
  ]).then(([engine, fields]) => ({ build: (entries) => engine.createSearchIndex(entries, fields.INDEX_ENTRY_SEARCH) }));
  return engineImport;
}

function useSearchEngine(): EngineLoad {
  const [load, setLoad] = useState<EngineLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    importEngine().then(
      (engine) => live && setLoad({ status: 'ready', engine }),
      (error: unknown) => live && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}

const LOADING: IndexLoad = { status: 'loading' };

export function useEntryIndex(background: BackgroundClient, events: EventSubscriber): IndexLoad {
  const entries = useIndexEntries(background, events);
  const engine = useSearchEngine();
  return useMemo((): IndexLoad => {
    if (entries.status === 'failed') return entries;
    if (engine.status === 'failed') return engine;
    if (entries.status === 'loading' || engine.status === 'loading') return LOADING;
    return {
      status: 'ready',
      index: {
        entries: entries.entries,
        byId: new Map(entries.entries.map((entry) => [entry.id, entry])),
        search: engine.engine.build(entries.entries),
      },
    };
  }, [entries, engine]);
}
