/**
 * Asking the browser to keep our storage (navigator.storage.persist): without
 * it, IndexedDB is "best effort" and may be evicted under storage pressure,
 * which would lose notes. Extensions with the unlimitedStorage permission are
 * usually granted; the answer is reported so the options page can say so.
 */
import type { PersistenceState } from './notes-source';

export interface StorageEstimateSummary {
  usage: number | null;
  quota: number | null;
}

/** Requests persistent storage once; safe to call on every start. */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
  return (await storage.persist()) ? 'granted' : 'denied';
}

/**
 * Like requestPersistentStorage, but a refusal does not count when the extension holds the
 * unlimitedStorage permission: that exempts its storage from eviction (Chrome and Firefox), so
 * telling the user their notes are at risk would be wrong.
 */
export async function requestDurableStorage(
  hasUnlimitedStorage: () => Promise<boolean>,
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  const state = await requestPersistentStorage(storage);
  return state === 'denied' && (await hasUnlimitedStorage()) ? 'exempt' : state;
}

/** How much is used and allowed, for the options page; nulls when the browser does not say. */
export async function storageEstimate(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageEstimateSummary> {
  if (!storage || typeof storage.estimate !== 'function') return { usage: null, quota: null };
  const estimate = await storage.estimate();
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
