/** Tabs: which one is active, and when that changes. */
import { browser } from './browser';

export interface TabInfo {
  id: number;
  windowId: number;
  url?: string;
  incognito: boolean;
}

function toInfo(tab: { id?: number; windowId?: number; url?: string; incognito?: boolean }): TabInfo | undefined {
  if (tab.id === undefined || tab.windowId === undefined) return undefined;
  return {
    id: tab.id,
    windowId: tab.windowId,
    incognito: tab.incognito ?? false,
    ...(tab.url === undefined ? {} : { url: tab.url }),
  };
}

/** The active tab of the current (or last focused) window. */
export async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? toInfo(tab) : undefined;
}

/** Calls back when the user switches tabs or the active tab navigates. */
export function onActiveTabChange(listener: () => void): () => void {
  const onActivated = () => listener();
  const onUpdated = (_id: number, change: { status?: string; url?: string }, tab: { active?: boolean }) => {
    if (tab.active && (change.status === 'complete' || change.url !== undefined)) listener();
  };
  const onFocus = () => listener();
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(onFocus);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(onFocus);
  };
}

/** Opens an address in a new tab next to the current one. */
export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
