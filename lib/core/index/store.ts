/**
 * The contract of the index store: where the active index, the previous one
 * and the status of the last check live. `lib/shared/stores/index-db.ts` implements it on
 * IndexedDB for the extension; `memory-store.ts` implements it in memory for
 * Node tests and as a fallback. Both share the transitions in store-state.ts.
 */
import type { IndexOutcomeCode } from './outcomes';
import type { IndexFile } from './schema';

/** Where an index came from. */
export type IndexSource = { kind: 'bundled' } | { kind: 'update'; url: string } | { kind: 'file'; name: string | null };

/** What the options page shows about an index, without its entries. */
export interface IndexSummary {
  version: number;
  created: string;
  source: IndexSource;
  entryCount: number;
  /** When it became active (ISO); null for the bundled index never explicitly chosen. */
  activatedAt: string | null;
}

export interface LastCheck {
  /** ISO date-time of the check. */
  at: string;
  outcome: IndexOutcomeCode;
  /** English technical detail (status code, first problems); shown under the localised outcome. */
  detail: string;
}

/** HTTP validators of the last index fetched from `url`, for conditional requests. */
export interface HttpValidators {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface ActiveIndex {
  index: IndexFile;
  source: IndexSource;
  activatedAt: string | null;
  /** Why the bundled index is used although another was expected: stored data missing (first run) or corrupt. */
  fallback: 'missing' | 'corrupt' | null;
}

export interface IndexStatus {
  active: IndexSummary;
  previous: IndexSummary | null;
  lastCheck: LastCheck | null;
  /** An update must carry a version above this (the active version, or a version the user turned away from). */
  acceptAbove: number;
}

export interface IndexStore {
  /** The active index; the bundled one on first run or when stored data is missing or corrupt. Never throws for bad stored data. */
  loadActive(): Promise<ActiveIndex>;
  status(): Promise<IndexStatus>;
  /** Version an update must exceed. */
  acceptAbove(): Promise<number>;
  /** Makes `index` active and the current active one previous, atomically. */
  swapIn(index: IndexFile, source: IndexSource, at: string, validators: HttpValidators | null): Promise<void>;
  /** Swaps active and previous; false when there is no previous index. */
  rollbackToPrevious(at: string): Promise<boolean>;
  /** Makes the bundled index active; the current one becomes previous. */
  resetToBundled(at: string): Promise<void>;
  recordCheck(check: LastCheck): Promise<void>;
  validators(): Promise<HttpValidators | null>;
  saveValidators(validators: HttpValidators | null): Promise<void>;
}

/** Loads the index shipped inside the extension (`public/regiolens-index.json`). */
export type BundledIndexLoader = () => Promise<IndexFile>;

/**
 * Where the background keeps the search index it built over the active index
 * (lib/core/search/snapshot.ts), so a service worker woken by the popup loads
 * it instead of building again. The stored search belongs to one activation:
 * any change of the active index drops it in the same transaction, and a
 * search built before that change is refused when it arrives late.
 */
export interface SearchSnapshotStore {
  /**
   * The active index, the activation it belongs to, the search stored for that activation and the postings
   * blocks stored with it, in block order (unknown: what is read back may be corrupt; null and [] when none),
   * read together.
   */
  loadActiveWithSearch(): Promise<{ active: ActiveIndex; activation: number; search: unknown; postings: unknown[] }>;
  /**
   * The current activation and the search stored for it, without reading the active index or the postings:
   * what a background just woken answers its first query from (null when none is stored).
   */
  loadSearch(): Promise<{ activation: number; search: unknown }>;
  /**
   * The postings blocks with these numbers, in that order (unknown: what is read back may be corrupt;
   * undefined for a block not stored), or null when the active index is no longer that of `activation`.
   */
  searchPostings(activation: number, blocks: readonly number[]): Promise<unknown[] | null>;
  /**
   * The records stored for the entries with these ids, in that order (unknown: what is read back may be corrupt;
   * undefined for an id not stored), or null when the active index is no longer that of `activation`.
   */
  searchEntries(activation: number, ids: readonly string[]): Promise<unknown[] | null>;
  /**
   * Keeps `search`, its postings blocks (numbered by their order) and one record per entry it was built over
   * (`id` names the entry), for `activation`, in one transaction; false (nothing written) when the active
   * index changed since.
   */
  saveSearch(
    activation: number,
    search: unknown,
    postings: readonly unknown[],
    entries: readonly { id: string }[],
  ): Promise<boolean>;
}
