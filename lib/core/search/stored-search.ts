/**
 * A search index back from its stored form (snapshot.ts, snapshot-blocks.ts): over its documents at
 * once (`restoreSearchIndex`), or first as a ranking alone that fetches the postings its queries read
 * and the documents of its hits (`restoreRanking`), for a background just woken that should read
 * neither every entry's body nor every term's postings before it answers. Whatever does not fit is
 * refused (null), never searched: the caller builds afresh.
 */
import { Engine, NOTHING_RANKED, type Ranked } from './create-search-index';
import { CorruptSnapshotError, decodeSnapshot, fieldSignature, snapshotKey, type SearchSnapshot } from './snapshot';
import { lazySnapshot } from './snapshot-blocks';
import type { SearchIndex, SearchIndexOptions, StoredRanking } from './types';

/** The postings blocks of a stored search can no longer be read for it (the active index changed since). */
export class StaleSnapshotError extends Error {
  constructor() {
    super('the stored search index belongs to an index that is no longer active');
    this.name = 'StaleSnapshotError';
  }
}

/**
 * The search index `snapshot` was made of, over the same `docs` (same ids, same order) and field set,
 * without tokenising anything; null when the snapshot does not fit them (the caller builds afresh).
 */
export function restoreSearchIndex<T>(
  docs: readonly T[],
  options: SearchIndexOptions<T>,
  snapshot: unknown,
): SearchIndex<T> | null {
  const content = decodeSnapshot(snapshot, () => snapshotKey(docs, options));
  if (content === null) return null;
  const engine = new Engine(options);
  engine.restore(docs.map(options.id), content);
  engine.attach(docs);
  return engine;
}

/** Rounds of fetching a ranking may take before it fetches every block left (the terms a query reads do not depend on postings). */
const FETCH_ROUNDS = 3;

/**
 * The ranking a stored head holds (snapshot-blocks.ts), before any of its documents or postings are at
 * hand: a background just woken reads the head alone, then per query the postings blocks its terms are
 * in (`fetchBlocks`, by block number, in that order; null when they can no longer be read) and only then
 * the candidates' documents. Null when the head is not of this format or field set, or its blocks do not
 * fit its terms. A ranking rejects with `CorruptSnapshotError` when a block or a term it reads is corrupt,
 * and with `StaleSnapshotError` when its blocks can no longer be read; the caller answers the full way.
 */
export function restoreRanking<T>(
  options: SearchIndexOptions<T>,
  head: unknown,
  fetchBlocks: (blocks: readonly number[]) => Promise<readonly unknown[] | null>,
): StoredRanking<T> | null {
  const lazy = lazySnapshot(head, fieldSignature(options.fields));
  if (lazy === null) return null;
  const engine = new Engine(options);
  engine.restore(lazy.ids, lazy);
  const rankNow = (query: string, limit: number) => engine.rank(query, { limit }) ?? NOTHING_RANKED;

  const load = async (blocks: readonly number[]): Promise<void> => {
    const values = await fetchBlocks(blocks);
    if (values === null) throw new StaleSnapshotError();
    if (values.length !== blocks.length || blocks.some((block, i) => !lazy.load(block, values[i])))
      throw new CorruptSnapshotError();
  };

  return {
    ids: lazy.ids,
    content: lazy.content,
    async rank(query, limit) {
      // A ranking over postings not at hand names the blocks it read; once they are loaded it is the real one.
      for (let round = 0; ; round++) {
        const ranked = rankNow(query, limit);
        const wanted = lazy.takeWanted();
        if (wanted.length === 0) return ranked;
        await load(round < FETCH_ROUNDS ? wanted : lazy.missing());
      }
    },
    hits: (ranked, docs) => engine.complete(ranked as Ranked, (_slot, id) => docs.get(id)),
  };
}

/** The index as data for `restoreSearchIndex`; null for an index that is not this engine's or has had documents removed. */
export function searchSnapshot<T>(index: SearchIndex<T>): SearchSnapshot | null {
  return index instanceof Engine ? index.snapshot() : null;
}
