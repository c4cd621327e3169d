/**
 * What a view needs to follow the current tab: its state now, word when it
 * changes, and a way to read it on request. Views receive a TabSource, because
 * following a tab is more than one message: it asks the background about its
 * own window's active tab (the background alone cannot tell which window a view
 * is in), asks again when the user switches tabs or the tab navigates, takes
 * finished analyses from the 'tab/state' event, and lets only the newest answer
 * through. With a pinned tab it shows that tab only, and says so when that tab
 * is closed (a state with tab id -1, which the views show as "tab closed").
 *
 * Built over the background client, the event bus and the browser's tabs
 * (ActiveTabs), so tests run this very logic against the real background.
 */
import type { TabState } from '../../core/tab-state';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import { events } from '../../shared/platform/events';
import { backgroundClient } from '../../shared/platform/messaging';
import { activeTab, onActiveTabChange, onTabRemoved } from '../../shared/platform/tabs';

export interface TabSource {
  /** The state of the active tab right now. */
  current(): Promise<TabState>;
  /** Calls back with the active tab's state whenever the user switches tabs, navigates, or an analysis finishes. */
  subscribe(listener: (state: TabState) => void): () => void;
  /** Asks to read the active tab now (the popup's activeTab grant). */
  analyseActive(): Promise<TabState>;
}

/** The browser's tabs as a view sees them: its own window's active tab, and when that changes. */
export interface ActiveTabs {
  activeTabId(): Promise<number | undefined>;
  onChange(listener: () => void): () => void;
  /** Calls back when a tab was closed (a pinned view must notice its tab going); optional in tests. */
  onRemoved?(listener: (tabId: number) => void): () => void;
}

/** What a view shows for a tab that is gone. */
const CLOSED: TabState = { tabId: -1, status: 'unknown' };

export interface TabSourceDeps {
  background: BackgroundClient;
  events: EventSubscriber;
  tabs: ActiveTabs;
}

export function createTabSource(deps: TabSourceDeps, pinnedTabId: number | null = null): TabSource {
  const targetTabId = async () => pinnedTabId ?? (await deps.tabs.activeTabId());
  // The view names its own window's tab; the background alone cannot tell which window a view is in.
  const current = async () => deps.background.call('tab/state', { tabId: (await targetTabId()) ?? null });
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
      const stopTabs = pinnedTabId === null ? deps.tabs.onChange(refresh) : () => undefined;
      const stopRemoved =
        pinnedTabId === null || !deps.tabs.onRemoved
          ? () => undefined
          : deps.tabs.onRemoved((tabId) => {
              if (tabId === pinnedTabId) deliver(++newest, CLOSED);
            });
      const stopEvents = deps.events.on('tab/state', (state) => {
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
        stopRemoved();
        stopEvents();
      };
    },
    async analyseActive() {
      const tabId = await targetTabId();
      if (tabId === undefined) return current();
      return deps.background.call('tab/analyse', { tabId });
    },
  };
}

/** The extension's TabSource: runtime messages, the event bus, and this page's window. */
export function extensionTabSource(pinnedTabId: number | null = null): TabSource {
  const tabs: ActiveTabs = {
    activeTabId: async () => (await activeTab())?.id,
    onChange: onActiveTabChange,
    onRemoved: onTabRemoved,
  };
  return createTabSource({ background: backgroundClient, events, tabs }, pinnedTabId);
}
