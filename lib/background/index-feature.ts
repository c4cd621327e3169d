/**
 * The index in the background: one store (IndexedDB, falling back to the
 * bundled index), one updater, the index messages, and when checks run
 * (install, start-up, an alarm, "check now"; the scheduled ones only while some
 * publisher key is trusted). After every change of the active
 * index it rebuilds what depends on it and publishes 'index/changed'.
 */
import { openIndexDb } from '../shared/stores/index-db';
import type { IndexFile } from '../core/index/schema';
import type { IndexStore, SearchSnapshotStore } from '../core/index/store';
import { trustedKeysFrom } from '../core/index/trusted-keys';
import { effectiveUpdateUrl, managedUpdateAddress } from '../core/settings/update-address';
import type { EventBus } from '../shared/messages/events';
import { ensurePeriodicAlarm, onAlarm } from '../shared/platform/alarms';
import { loadManagedSettings, managedSettingsWhenRead, type ManagedSettings } from '../shared/platform/managed';
import { extensionUrl, onBrowserStartup, onInstalled } from '../shared/platform/runtime';
import { loadSettings } from '../shared/platform/settings';
import { whileRunning, type BackgroundFeature } from './feature';
import { BUNDLED_INDEX_PATH, loadBundledIndex } from './index-bundled';
import { createIndexHandlers } from './index-handlers';
import { createIndexUpdater, type IndexUpdaterDeps } from './index-updater';

const UPDATE_ALARM = 'regiolens-index-update';
const DEFAULT_INTERVAL_HOURS = 24;

export interface IndexFeatureDeps extends Pick<IndexUpdaterDeps, 'store' | 'fetch' | 'now' | 'trustedKeys' | 'sourceUrl'> {
  events: Pick<EventBus, 'publish'>;
  /** Called first after the active index changed, before the event goes out (the recogniser drops its old index). */
  onActiveChanged?: () => void;
}

export interface IndexFeature extends BackgroundFeature {
  /**
   * The active index, for the recogniser, the omnibox and the entry look-ups: one validated copy, read once
   * and shared until the active index changes (at 10,000 entries a read and its validation cost hundreds of
   * milliseconds, and each of them read its own).
   */
  activeIndex(): Promise<IndexFile>;
}

export function createIndexFeature(deps: IndexFeatureDeps): IndexFeature {
  const { store } = deps;
  let active: Promise<IndexFile> | undefined;
  const activeIndex = (): Promise<IndexFile> => {
    const loading = (active ??= store.loadActive().then((read) => read.index));
    // A failed read is not kept: the next question reads again.
    loading.catch(() => {
      if (active === loading) active = undefined;
    });
    return loading;
  };
  const changed = async () => {
    active = undefined;
    deps.onActiveChanged?.();
    const status = await store.status();
    deps.events.publish('index/changed', { version: status.active.version });
  };
  const updater = createIndexUpdater(deps);
  const check = async () => {
    // Without a trusted key every update is refused (a release build has none until the publisher builds one
    // in or a policy sets one): updates are off, so nothing is downloaded only to be refused. "Check now" still
    // runs and says why it refuses; the options page says so too.
    if ((await deps.trustedKeys()).length === 0) return;
    const outcome = await updater.checkNow();
    if (outcome.code === 'updated') await changed();
  };
  const checkLogged = () => void check().catch((error: unknown) => console.warn('Regiolens: the index check failed', error));

  return {
    handlers: createIndexHandlers({ store, updater, now: deps.now, onActiveChanged: changed }),
    activeIndex,
    start(signal) {
      whileRunning(signal, onAlarm(UPDATE_ALARM, checkLogged), onInstalled(checkLogged), onBrowserStartup(checkLogged));
      const setAlarm = (managed: ManagedSettings) =>
        ensurePeriodicAlarm(UPDATE_ALARM, (managed.updateIntervalHours ?? DEFAULT_INTERVAL_HOURS) * 60);
      void loadManagedSettings()
        .then(setAlarm)
        .catch((error: unknown) => console.warn('Regiolens: the update alarm was not set', error));
      // A policy service slow to start answers after the quick read gave up: the interval is set again then.
      void managedSettingsWhenRead()
        .then(setAlarm)
        .catch(() => undefined);
    },
  };
}

/**
 * The extension's index: the IndexedDB store (which also keeps the search built over the active index),
 * the network, the keys and address from policy or options.
 */
export function extensionIndexDeps(): Omit<IndexFeatureDeps, 'events' | 'onActiveChanged' | 'store'> & {
  store: IndexStore & SearchSnapshotStore;
} {
  const fetchFn = (input: string, init: RequestInit) => fetch(input, init);
  let storePromise: Promise<IndexStore & SearchSnapshotStore> | undefined;
  const open = () =>
    (storePromise ??= openIndexDb({
      loadBundled: () => loadBundledIndex(fetchFn, extensionUrl(BUNDLED_INDEX_PATH)),
    }));

  /** A store that opens on first use, so listeners can be registered synchronously at start-up. */
  const store = new Proxy({} as IndexStore & SearchSnapshotStore, {
    get:
      (_target, property: keyof (IndexStore & SearchSnapshotStore)) =>
      async (...args: unknown[]) => {
        const real = await open();
        return (real[property] as (...a: unknown[]) => unknown).apply(real, args);
      },
  });

  return {
    store,
    fetch: fetchFn,
    now: () => new Date(),
    trustedKeys: async () => {
      const { keys, rejected } = trustedKeysFrom((await loadManagedSettings()).trustedPublisherKeys);
      if (rejected.length > 0)
        console.warn('Regiolens: policy trustedPublisherKeys holds values that are not public keys', rejected);
      return keys;
    },
    // An empty policy address means "updates off" (public/managed-schema.json), not "no policy".
    sourceUrl: async () => {
      const managed = managedUpdateAddress((await loadManagedSettings()).indexUpdateUrl);
      return effectiveUpdateUrl(managed, managed.kind === 'none' ? (await loadSettings()).indexUpdateUrl : null);
    },
  };
}
