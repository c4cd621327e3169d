/**
 * The active index in IndexedDB (database "regiolens-index"). The background
 * owns it; every other context asks the background, so all see one active
 * index. An update is swapped in with a single transaction over both slots and
 * the status, so a crash mid-way leaves either the old or the new state, never
 * a mix; the previous index stays until the new one is in.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexFile } from '../../core/index/schema';
import type { BundledIndexLoader, IndexStore, SearchSnapshotStore } from '../../core/index/store';
import {
  activeFrom,
  applyReset,
  applyRollback,
  applySwap,
  readMeta,
  readSlot,
  slotFor,
  statusOf,
  type MetaRecord,
  type SlotRecord,
  type StoreState,
} from '../../core/index/store-state';

export const INDEX_DB_NAME = 'regiolens-index';
/**
 * 1: slots and meta; 2: the search built over the active index (`search`) and the activation counter;
 * 3: the active index's entries one by one (`entries`), stored with its search; 4: the search's
 * postings in blocks (`postings`), apart from its head.
 */
const DB_VERSION = 4;

type SlotKey = 'active' | 'previous';

interface IndexDbSchema extends DBSchema {
  /** Two records: `active` and `previous` (typed loosely: what is read back may be corrupt). */
  slots: { key: SlotKey; value: SlotRecord | unknown };
  /**
   * `status`: last check, HTTP validators, version floor. `activation`: a number that grows with every
   * change of the active index, so a stored search names the activation it was built for.
   */
  meta: { key: 'status' | 'activation'; value: MetaRecord | unknown };
  /** One record, `active`: `{ activation, search }`, the search index built over the active index. */
  search: { key: 'active'; value: unknown };
  /**
   * The entries of the active index the stored search was built over, by id, written with it and dropped
   * with it: a background just woken reads the few its first answer shows, not the whole index.
   */
  entries: { key: string; value: unknown };
  /**
   * The stored search's postings, block by block (numbered 0, 1, …), written with it and dropped with it:
   * a background just woken reads the blocks its first query's terms are in, not a million postings.
   */
  postings: { key: number; value: unknown };
}

function activationOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/** The stored search when it was built for `activation`, else null. */
function searchFor(record: unknown, activation: number): unknown {
  if (typeof record !== 'object' || record === null) return null;
  const stored = record as { activation?: unknown; search?: unknown };
  return stored.activation === activation ? (stored.search ?? null) : null;
}

export interface IndexDbOptions {
  /** Loads the bundled index; injected so tests can pass any index. */
  loadBundled: BundledIndexLoader;
  /** Database name; tests use a fresh one each. */
  name?: string;
}

export interface IndexDb extends IndexStore, SearchSnapshotStore {
  close(): void;
}

/** Aborts a transaction that may already have ended (then there is nothing left to undo). */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch (error) {
    void error; // InvalidStateError: the transaction already finished or aborted itself
  }
}

/**
 * Queues a transaction's writes (`queue` pushes each request) and waits for them to commit. A write that
 * fails (quota, an uncloneable value, which throws at once when queued) must not let the earlier ones
 * commit alone: the transaction is aborted and the error thrown.
 */
async function commitAll(tx: { done: Promise<void>; abort(): void }, queue: (writes: Promise<unknown>[]) => void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    queue(writes);
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    abortQuietly(tx);
    // The queued requests now reject with AbortError; settle them so they are not reported as unhandled.
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
}

export async function openIndexDb(options: IndexDbOptions): Promise<IndexDb> {
  const db: IDBPDatabase<IndexDbSchema> = await openDB<IndexDbSchema>(options.name ?? INDEX_DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, upgrading) {
      if (oldVersion < 1) {
        database.createObjectStore('slots');
        database.createObjectStore('meta');
      }
      if (oldVersion < 2) database.createObjectStore('search');
      if (oldVersion < 3) {
        database.createObjectStore('entries');
        // A search stored by version 2 came without its entries: the next background builds and stores both.
        if (oldVersion === 2) void upgrading.objectStore('search').delete('active');
      }
      if (oldVersion < 4) {
        database.createObjectStore('postings');
        // A search stored by version 3 kept its postings inside: the next background builds and stores it apart.
        if (oldVersion === 3) {
          void upgrading.objectStore('search').delete('active');
          void upgrading.objectStore('entries').clear();
        }
      }
    },
  });

  let bundled: Promise<IndexFile> | null = null;
  const bundledIndex = (): Promise<IndexFile> => {
    bundled ??= options.loadBundled().catch((error: unknown) => {
      bundled = null; // let a later call retry instead of caching the failure
      throw error;
    });
    return bundled;
  };

  /** Reads both slots and the status in one read-only transaction, turning corrupt slots into "none". */
  async function readState(): Promise<StoreState> {
    const tx = db.transaction(['slots', 'meta'], 'readonly');
    const [active, previous, meta] = await Promise.all([
      tx.objectStore('slots').get('active'),
      tx.objectStore('slots').get('previous'),
      tx.objectStore('meta').get('status'),
      tx.done,
    ]);
    const activeRead = readSlot(active);
    const previousRead = readSlot(previous);
    return {
      active: activeRead.ok ? activeRead.slot : null,
      previous: previousRead.ok ? previousRead.slot : null,
      meta: readMeta(meta),
    };
  }

  /**
   * Read-modify-write in ONE readwrite transaction. `change` must be
   * synchronous: awaiting anything else inside would let IndexedDB commit the
   * transaction early. The bundled index is therefore loaded before it opens.
   */
  async function transition(change: (state: StoreState, bundledIndex: IndexFile) => StoreState | null): Promise<boolean> {
    const bundledNow = await bundledIndex();
    const tx = db.transaction(['slots', 'meta', 'search', 'entries', 'postings'], 'readwrite');
    const slots = tx.objectStore('slots');
    const metaStore = tx.objectStore('meta');
    const [active, previous, meta, activation] = await Promise.all([
      slots.get('active'),
      slots.get('previous'),
      metaStore.get('status'),
      metaStore.get('activation'),
    ]);
    const activeRead = readSlot(active);
    const previousRead = readSlot(previous);
    const state: StoreState = {
      active: activeRead.ok ? activeRead.slot : null,
      previous: previousRead.ok ? previousRead.slot : null,
      meta: readMeta(meta),
    };
    const next = change(state, bundledNow);
    if (next === null) {
      await tx.done;
      return false;
    }
    await commitAll(tx, (writes) => {
      // Slots are rewritten only when they changed: an index can be megabytes, a status update is not.
      writes.push(metaStore.put(next.meta, 'status'));
      if (next.active !== state.active) {
        writes.push(next.active === null ? slots.delete('active') : slots.put(next.active, 'active'));
        // The search built over the old active index goes with it; one built late for it is refused (saveSearch).
        writes.push(
          metaStore.put(activationOf(activation) + 1, 'activation'),
          tx.objectStore('search').delete('active'),
          tx.objectStore('entries').clear(),
          tx.objectStore('postings').clear(),
        );
      }
      if (next.previous !== state.previous) {
        writes.push(next.previous === null ? slots.delete('previous') : slots.put(next.previous, 'previous'));
      }
    });
    return true;
  }

  /** The records of a stored search's `store` with these keys, in order; null when `activation` is no longer current. */
  async function readForSearch<K extends 'postings' | 'entries'>(
    store: K,
    activation: number,
    keys: readonly IndexDbSchema[K]['key'][],
  ): Promise<unknown[] | null> {
    const tx = db.transaction(['meta', store], 'readonly');
    const records = tx.objectStore(store);
    const [activationRecord, ...found] = await Promise.all([
      tx.objectStore('meta').get('activation'),
      ...keys.map((key) => records.get(key)),
      tx.done,
    ]);
    return activationOf(activationRecord) === activation ? found.slice(0, keys.length) : null;
  }

  return {
    async loadActive() {
      const active = await db.get('slots', 'active');
      return activeFrom(active, bundledIndex);
    },
    async loadActiveWithSearch() {
      const tx = db.transaction(['slots', 'meta', 'search', 'postings'], 'readonly');
      const [stored, activationRecord, search, postings] = await Promise.all([
        tx.objectStore('slots').get('active'),
        tx.objectStore('meta').get('activation'),
        tx.objectStore('search').get('active'),
        tx.objectStore('postings').getAll(),
        tx.done,
      ]);
      const activation = activationOf(activationRecord);
      const current = searchFor(search, activation);
      return {
        active: await activeFrom(stored, bundledIndex),
        activation,
        search: current,
        postings: current === null ? [] : postings,
      };
    },
    async loadSearch() {
      const tx = db.transaction(['meta', 'search'], 'readonly');
      const [activationRecord, search] = await Promise.all([
        tx.objectStore('meta').get('activation'),
        tx.objectStore('search').get('active'),
        tx.done,
      ]);
      const activation = activationOf(activationRecord);
      return { activation, search: searchFor(search, activation) };
    },
    searchPostings: (activation, blocks) => readForSearch('postings', activation, blocks),
    searchEntries: (activation, ids) => readForSearch('entries', activation, ids),
    async saveSearch(activation, search, blocks, searchedEntries) {
      const tx = db.transaction(['meta', 'search', 'entries', 'postings'], 'readwrite');
      if (activationOf(await tx.objectStore('meta').get('activation')) !== activation) {
        await tx.done;
        return false;
      }
      const entries = tx.objectStore('entries');
      // A search without all its entries is never left behind: nothing of this save commits unless all does.
      await commitAll(tx, (writes) => {
        const postings = tx.objectStore('postings');
        writes.push(tx.objectStore('search').put({ activation, search }, 'active'), entries.clear(), postings.clear());
        for (const entry of searchedEntries) writes.push(entries.put(entry, entry.id));
        for (const [number, block] of blocks.entries()) writes.push(postings.put(block, number));
      });
      return true;
    },
    async status() {
      const [state, bundledNow] = await Promise.all([readState(), bundledIndex()]);
      return statusOf(state, bundledNow);
    },
    async acceptAbove() {
      const [state, bundledNow] = await Promise.all([readState(), bundledIndex()]);
      return statusOf(state, bundledNow).acceptAbove;
    },
    async swapIn(index, source, at, validators) {
      const incoming = slotFor(index, source, at);
      await transition((state, bundledNow) => applySwap(state, incoming, bundledNow, validators));
    },
    rollbackToPrevious: (at) => transition((state, bundledNow) => applyRollback(state, bundledNow, at)),
    async resetToBundled(at) {
      await transition((state, bundledNow) => applyReset(state, bundledNow, at));
    },
    async recordCheck(check) {
      await transition((state) => ({ ...state, meta: { ...state.meta, lastCheck: check } }));
    },
    async validators() {
      return readMeta(await db.get('meta', 'status')).validators;
    },
    async saveValidators(validators) {
      await transition((state) => ({ ...state, meta: { ...state.meta, validators } }));
    },
    close: () => db.close(),
  };
}
