/** Tabs: which one is active, when that changes, and when a tab loads or closes. */
import { browser } from 'wxt/browser';

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

/**
 * The active tab of the window this page belongs to (a popup's or side panel's own window), or, for
 * the background, which has no window of its own, of the last focused window.
 */
export async function activeTab(scope: 'own-window' | 'last-focused' = 'own-window'): Promise<TabInfo | undefined> {
  const inWindow = scope === 'own-window' ? { currentWindow: true } : { lastFocusedWindow: true };
  const [tab] = await browser.tabs.query({ active: true, ...inWindow });
  return tab ? toInfo(tab) : undefined;
}

/** The id of the window this page belongs to, when the browser says. */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch (error) {
    console.debug('Regiolens: no current window', error);
    return undefined;
  }
}

/**
 * Calls back when the user switches tabs or the active tab navigates, in this page's own window: a
 * side panel in one window does not follow the tabs of another.
 */
export function onActiveTabChange(listener: () => void): () => void {
  let ownWindow: number | undefined;
  void currentWindowId().then((id) => (ownWindow = id));
  const mine = (windowId: number | undefined) => ownWindow === undefined || windowId === ownWindow;
  const onActivated = (info: { windowId: number }) => {
    if (mine(info.windowId)) listener();
  };
  const onUpdated = (_id: number, change: { status?: string; url?: string }, tab: { active?: boolean; windowId?: number }) => {
    if (tab.active && mine(tab.windowId) && (change.status === 'complete' || change.url !== undefined)) listener();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** One tab by id; rejects when the tab is gone. */
export async function getTab(tabId: number): Promise<TabInfo> {
  const info = toInfo(await browser.tabs.get(tabId));
  if (!info) throw new Error(`tab ${tabId} has no id or window`);
  return info;
}

/**
 * Calls back when a tab starts loading a page (a new load, not in-page navigation). Without host
 * access the browser leaves out the address, so `url` undefined means "Regiolens may not read this
 * page". A reload names no new address in the change, so the tab's own address is taken then.
 */
export function onTabLoading(listener: (tabId: number, url: string | undefined, incognito: boolean) => void): () => void {
  const onUpdated = (tabId: number, change: { status?: string; url?: string }, tab: { incognito?: boolean; url?: string }) => {
    if (change.status === 'loading') listener(tabId, change.url ?? (tab.url || undefined), tab.incognito ?? false);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => browser.tabs.onUpdated.removeListener(onUpdated);
}

/** The ids of every open tab, in every window. */
export async function allTabIds(): Promise<number[]> {
  return (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** Calls back when a tab was closed. */
export function onTabRemoved(listener: (tabId: number) => void): () => void {
  const onRemoved = (tabId: number) => listener(tabId);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}

/** Opens an address in a new tab next to the current one. */
export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** Shows another address in an existing tab (the reader in place of the browser's PDF viewer). */
export async function showInTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}
