/**
 * The active index, ready to search: the shared entries hook (newest load wins,
 * reload when another index becomes active) plus the popup's own part, the
 * search engine and the places each entry names. The engine is a dynamic import started at the same time as the
 * entries load, so the popup paints before its code arrives; the search index
 * is rebuilt whenever a new set of entries arrives.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import type { SearchIndex } from '../../core/search/types';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import { useIndexEntries } from '../common/use-index-entries';
import type { EntryPlace } from '../../core/places/entry-places';

export interface LoadedIndex {
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  search: SearchIndex<IndexEntry>;
  /** The places each entry names (entries naming none are absent). */
  places: ReadonlyMap<string, readonly EntryPlace[]>;
  /** Every place some entry names, once, by name: the place filter's choices. */
  placeChoices: readonly EntryPlace[];
}

export type IndexLoad = { status: 'loading' } | { status: 'ready'; index: LoadedIndex } | { status: 'failed'; message: string };

interface Engine {
  build(entries: readonly IndexEntry[]): SearchIndex<IndexEntry>;
  places(entries: readonly IndexEntry[]): Map<string, EntryPlace[]>;
  choices(places: ReadonlyMap<string, readonly EntryPlace[]>): EntryPlace[];
}

type EngineLoad = { status: 'loading' } | { status: 'ready'; engine: Engine } | { status: 'failed'; message: string };

/** One import per popup, however often the index changes. */
let engineImport: Promise<Engine> | undefined;

function importEngine(): Promise<Engine> {
  // The gazetteer comes with the engine, after the popup painted: the place filter and chips can wait that long.
  engineImport ??= Promise.all([
    import('../../core/search/create-search-index'),
    import('../../core/search/index-entry-search'),
    import('../../core/places/places'),
    import('../../core/places/entry-places'),
  ]).then(([engine, fields, gazetteer, places]) => ({
    build: (entries) => engine.createSearchIndex(entries, fields.INDEX_ENTRY_SEARCH),
    places: (entries) => places.entryPlaces(gazetteer.bundledGazetteer(), entries),
    choices: places.placeChoices,
  }));
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

function withPlaceChoices(engine: Engine, entries: readonly IndexEntry[]) {
  const places = engine.places(entries);
  return { places, placeChoices: engine.choices(places) };
}

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
        ...withPlaceChoices(engine.engine, entries.entries),
      },
    };
  }, [entries, engine]);
}
