/**
 * The index store in memory: same contract and transitions as the IndexedDB
 * store, for Node tests and for contexts without IndexedDB.
 */
import type { IndexFile } from './schema';
import type { BundledIndexLoader, IndexStore } from './store';
import { EMPTY_META, activeFrom, applyReset, applyRollback, applySwap, slotFor, statusOf, type StoreState } from './store-state';

export interface MemoryIndexStore extends IndexStore {
  /** The raw state, for tests that corrupt it or check it was not touched. */
  state: StoreState;
}

export function createMemoryIndexStore(loadBundled: BundledIndexLoader): MemoryIndexStore {
  let bundled: IndexFile | null = null;
  const bundledIndex = async (): Promise<IndexFile> => (bundled ??= await loadBundled());
  const store: MemoryIndexStore = {
    state: { active: null, previous: null, meta: EMPTY_META },
    loadActive: () => activeFrom(store.state.active, bundledIndex),
    status: async () => statusOf(store.state, await bundledIndex()),
    acceptAbove: async () => (await store.status()).acceptAbove,
    async swapIn(index, source, at, validators) {
      store.state = applySwap(store.state, slotFor(structuredClone(index), source, at), await bundledIndex(), validators);
    },
    async rollbackToPrevious(at) {
      const next = applyRollback(store.state, await bundledIndex(), at);
      if (next === null) return false;
      store.state = next;
      return true;
    },
    async resetToBundled(at) {
      store.state = applyReset(store.state, await bundledIndex(), at);
    },
    async recordCheck(check) {
      store.state = { ...store.state, meta: { ...store.state.meta, lastCheck: check } };
    },
    validators: async () => store.state.meta.validators,
    async saveValidators(validators) {
      store.state = { ...store.state, meta: { ...store.state.meta, validators } };
    },
  };
  return store;
}
