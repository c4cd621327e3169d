/**
 * What the views that show index entries (popup, side panel, entry detail
 * page) need from the index: its entries, and word when they change. One
 * interface for all of them, so every view follows an index update, rollback
 * or import the same way. The extension's implementation asks the background
 * (lib/views/common/entry-source.ts); component tests pass a fake.
 *
 * The extension's EntrySource: the background's active index, refreshed when it broadcasts a change. */
import type { IndexEntry } from '../../core/index/schema';
import { events } from '../../shared/platform/events';
import { sendToBackground } from '../../shared/platform/messaging';

export interface EntrySource {
  /** The active index's entries. */
  load(): Promise<readonly IndexEntry[]>;
  /** Calls back when another index became active (an update, a rollback, an import). */
  subscribe(listener: () => void): () => void;
}

export function createEntrySource(): EntrySource {
  return {
    async load() {
      return (await sendToBackground('index/active', {})).entries;
    },
    subscribe(listener) {
      return events.on('index/changed', () => listener());
    },
  };
}
