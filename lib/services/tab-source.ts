/**
 * The extension's TabSource: asks the background, and listens for tab switches
 * and finished analyses. With a pinned tab it shows that tab only.
 */
import type { TabState } from '../tab-state';
import { onBroadcast } from '../platform/broadcast';
import { sendToBackground } from '../platform/messaging';
import { activeTab, onActiveTabChange } from '../platform/tabs';
import type { TabSource } from '../views/tab-source';

export function createTabSource(pinnedTabId: number | null = null): TabSource {
  const targetTabId = async () => pinnedTabId ?? (await activeTab())?.id;
  // The view names its own window's tab; the background alone cannot tell which window a view is in.
  const current = async () => sendToBackground('tab/state', { tabId: (await targetTabId()) ?? null });
  return {
    current,
    subscribe(listener) {
      // Quick tab switches start several requests; only the newest may deliver, so a slow answer
      // about the previous tab never overwrites the current one.
      let newest = 0;
      const deliver = (ticket: number, state: TabState) => {
        if (ticket === newest) listener(state);
      };
      const refresh = () => {
        const ticket = ++newest;
        current().then(
          (state) => deliver(ticket, state),
          (error: unknown) => console.warn('Regiolens: tab state unavailable', error),
        );
      };
      const stopTabs = pinnedTabId === null ? onActiveTabChange(refresh) : () => undefined;
      const stopBroadcast = onBroadcast('regiolens-tabs', ({ state }) => {
        const ticket = ++newest;
        targetTabId().then(
          (tabId) => {
            if (tabId === state.tabId) deliver(ticket, state);
          },
          (error: unknown) => console.warn('Regiolens: the active tab is unknown', error),
        );
      });
      return () => {
        stopTabs();
        stopBroadcast();
      };
    },
    async analyseActive() {
      const tabId = await targetTabId();
      if (tabId === undefined) return current();
      return sendToBackground('tab/analyse', { tabId });
    },
  };
}
