/**
 * What the view benchmarks in Chromium share: an active index of a chosen size
 * in the extension's own IndexedDB store (imported as a file, as the options
 * page does), and waiting for a view to show something without a polling delay.
 */
import { expect } from 'vitest';
import type { IndexEntry } from '../../lib/core/index/schema';
import { openIndexDb, type IndexDb } from '../../lib/shared/stores/index-db';
import { BUNDLED_ENTRIES, indexFile } from '../../tests/browser/support/background';

const opened: IndexDb[] = [];

/** The extension's IndexedDB index store with `entries` active; close it with `closeStores` after the file. */
export async function storeWith(entries: readonly IndexEntry[], name: string): Promise<IndexDb> {
  const db = await openIndexDb({ name, loadBundled: async () => indexFile(BUNDLED_ENTRIES, 1) });
  opened.push(db);
  await db.swapIn(indexFile(entries, 2), { kind: 'file', name: 'bench.json' }, '2026-12-02T18:00:00Z', null);
  // The store falls back to the bundled 56 entries when the stored index fails validation: measure the size asked.
  const active = await db.loadActive();
  expect(active.fallback).toBeNull();
  expect(active.index.entries).toHaveLength(entries.length);
  return db;
}

/** Closes every store `storeWith` opened. */
export function closeStores(): void {
  for (const db of opened.splice(0)) db.close();
}

/** Resolves once `ready()` holds, checked after every DOM change (no polling delay). */
export function whenReady(root: HTMLElement, ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
