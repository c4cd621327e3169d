/**
 * What the views that show index entries (popup, side panel, entry detail
 * page) need from the index: its entries, and word when they change. One
 * interface for all of them, so every view follows an index update, rollback
 * or import the same way. The extension's implementation asks the background
 * (lib/services/entry-source.ts); component tests pass a fake.
 */
import type { IndexEntry } from '../index/schema';

export interface EntrySource {
  /** The active index's entries. */
  load(): Promise<readonly IndexEntry[]>;
  /** Calls back when another index became active (an update, a rollback, an import). */
  subscribe(listener: () => void): () => void;
}
