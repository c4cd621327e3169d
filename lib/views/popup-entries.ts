/**
 * What the popup (and the entry detail page) need from the index: its entries,
 * and word when they change. The extension's implementation asks the
 * background (lib/services/popup-entries.ts); component tests pass a fake.
 */
import type { IndexEntry } from '../index/schema';

export interface EntrySource {
  /** The active index's entries. */
  load(): Promise<readonly IndexEntry[]>;
  /** Calls back when another index became active (an update, a rollback, an import). */
  subscribe(listener: () => void): () => void;
}
