/**
 * A search index back from its stored form (snapshot.ts): over its documents at once
 * (`restoreSearchIndex`), or first as a ranking alone that fetches the documents of its hits
 * (`restoreRanking`), for a background just woken that should not read every entry's body before
 * it answers. Whatever does not fit is refused (null), never searched: the caller builds afresh.
 */
import { Engine, NOTHING_RANKED, type Ranked } from './create-search-index';
import {
  decodeSnapshot,
  decodeSnapshotShape,
  fieldSignature,
  fitsKey,
  isWhole,
  snapshotKey,
  type SearchSnapshot,
} from './snapshot';
import type { SearchIndex, SearchIndexOptions, StoredRanking } from './types';

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

/**
 * The ranking `snapshot` holds, before any of its documents is at hand (a background just woken reads
 * only the snapshot, not every entry's body): it names a query's candidates, and makes hits of them once
 * their documents are fetched. Null when the snapshot is not whole or of another format or field set;
 * which documents it was made over is checked when they arrive (`withDocs`).
 */
export function restoreRanking<T>(options: SearchIndexOptions<T>, snapshot: unknown): StoredRanking<T> | null {
  const decoded = decodeSnapshotShape(snapshot, fieldSignature(options.fields));
  if (decoded === null) return null;
  const engine = new Engine(options);
  engine.restore(decoded.ids, decoded);
  return {
    ids: decoded.ids,
    content: decoded.content,
    rank: (query, limit) => engine.rank(query, { limit }) ?? NOTHING_RANKED,
    hits: (ranked, docs) => engine.complete(ranked as Ranked, (_slot, id) => docs.get(id)),
    withDocs(docs) {
      // Every term is checked now, off the first answers' path: the full index never meets a corrupt one.
      if (!fitsKey(decoded, snapshotKey(docs, options)) || !isWhole(decoded)) return null;
      engine.attach(docs);
      return engine;
    },
  };
}

/** The index as data for `restoreSearchIndex`; null for an index that is not this engine's or has had documents removed. */
export function searchSnapshot<T>(index: SearchIndex<T>): SearchSnapshot | null {
  return index instanceof Engine ? index.snapshot() : null;
}
