/**
 * What a view needs to follow the current tab. Views receive an implementation
 * (lib/views/common/tab-source.ts in the extension, a fake in component tests).
 *
 * The extension's TabSource: asks the background, and listens for tab switches
 * and finished analyses. With a pinned tab it shows that tab only.
 */
import type { TabState } from '../../core/tab-state';
import { events } from '../../shared/platform/events';
import { sendToBackground } from '../../shared/platform/messaging';
import { activeTab, onActiveTabChange } from '../../shared/platform/tabs';

export interface TabSource {
  /** The state of the active tab right now. */
  current(): Promise<TabState>;
  /** Calls back with the active tab's state whenever the user switches tabs, navigates, or an analysis finishes. */
  subscribe(listener: (state: TabState) => void): () => void;
  /** Asks to read the active tab now (the popup's activeTab grant). */
  analyseActive(): Promise<TabState>;
}

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
      const stopBroadcast = events.on('tab/state', (state) => {
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
