/**
 * The index in the background: one store (IndexedDB, falling back to the
 * bundled index), one updater, the message handlers, and when checks run
 * (install, start-up, an alarm, "check now").
 */
import { openIndexDb } from '../shared/stores/index-db';
import type { IndexFile } from '../core/index/schema';
import type { IndexStore } from '../core/index/store';
import { trustedKeysFrom } from '../core/index/trusted-keys';
import { ensurePeriodicAlarm, onAlarm } from '../shared/platform/alarms';
import { extensionUrl, onBrowserStartup, onInstalled } from '../shared/platform/runtime';
import { events } from '../shared/platform/events';
import { loadManagedSettings } from '../shared/platform/managed';
import { loadSettings } from '../shared/platform/settings';
import { BUNDLED_INDEX_PATH, loadBundledIndex } from './index-bundled';
import { createIndexHandlers } from './index-handlers';
import { createIndexUpdater } from './index-updater';

const UPDATE_ALARM = 'regiolens-index-update';
const DEFAULT_INTERVAL_HOURS = 24;

export function startIndexFeature(onActiveChanged: () => void) {
  const fetchFn = (input: string, init: RequestInit) => fetch(input, init);
  let storePromise: Promise<IndexStore> | undefined;
  const store = () =>
    (storePromise ??= openIndexDb({
      loadBundled: () => loadBundledIndex(fetchFn, extensionUrl(BUNDLED_INDEX_PATH)),
    }));

  /** A store that opens on first use, so listeners can be registered synchronously at start-up. */
  const lazyStore: IndexStore = new Proxy({} as IndexStore, {
    get:
      (_target, property: keyof IndexStore) =>
      async (...args: unknown[]) => {
        const real = await store();
        return (real[property] as (...a: unknown[]) => unknown).apply(real, args);
      },
  });

  const changed = async () => {
    onActiveChanged();
    const status = await lazyStore.status();
    events.publish('index/changed', { version: status.active.version });
  };
  const updater = createIndexUpdater({
    fetch: fetchFn,
    now: () => new Date(),
    store: lazyStore,
    trustedKeys: async () => {
      const { keys, rejected } = trustedKeysFrom((await loadManagedSettings()).trustedPublisherKeys);
      if (rejected.length > 0)
        console.warn('Regiolens: policy trustedPublisherKeys holds values that are not public keys', rejected);
      return keys;
    },
    sourceUrl: async () => (await loadManagedSettings()).indexUpdateUrl ?? (await loadSettings()).indexUpdateUrl,
  });
  const check = async () => {
    const outcome = await updater.checkNow();
    if (outcome.code === 'updated') await changed();
  };

  onAlarm(UPDATE_ALARM, () => void check());
  onInstalled(() => void check());
  onBrowserStartup(() => void check());
  void loadManagedSettings().then((managed) =>
    ensurePeriodicAlarm(UPDATE_ALARM, (managed.updateIntervalHours ?? DEFAULT_INTERVAL_HOURS) * 60),
  );

  return {
    handlers: createIndexHandlers({ store: lazyStore, updater, now: () => new Date(), onActiveChanged: changed }),
    activeIndex: async (): Promise<IndexFile> => (await lazyStore.loadActive()).index,
  };
}
