/** The extension's TabSource: asks the background, and listens for tab switches and finished analyses. */
import { onBroadcast } from '../platform/broadcast';
import { sendToBackground } from '../platform/messaging';
import { activeTab, onActiveTabChange } from '../platform/tabs';
import type { TabSource } from '../views/tab-source';

export function createTabSource(): TabSource {
  const current = () => sendToBackground('tab/state', { tabId: null });
  return {
    current,
    subscribe(listener) {
      const refresh = () =>
        void current().then(listener, (error: unknown) => console.warn('Regiolens: tab state unavailable', error));
      const stopTabs = onActiveTabChange(refresh);
      const stopBroadcast = onBroadcast('regiolens-tabs', async ({ state }) => {
        const tab = await activeTab();
        if (tab?.id === state.tabId) listener(state);
      });
      return () => {
        stopTabs();
        stopBroadcast();
      };
    },
    async analyseActive() {
      const tab = await activeTab();
      if (!tab) return current();
      return sendToBackground('tab/analyse', { tabId: tab.id });
    },
  };
}
