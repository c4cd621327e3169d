/**
 * Context menu items. Chrome keeps created items across service-worker
 * restarts but not across updates, and creating an existing id is an error, so
 * items are (re)created with removal first; the click listener must be added
 * on every start, synchronously, to receive the click that woke the worker.
 */
import { browser } from 'wxt/browser';

export type MenuContext = 'selection' | 'page' | 'link';

export interface MenuClickTab {
  id?: number;
  windowId?: number;
  url?: string;
}

/** What the browser says about the click: for a link item, the link's address. */
export interface MenuClickInfo {
  linkUrl?: string;
}

/**
 * Creates (or replaces) one item. `targetUrlPatterns` (match patterns) limits a link item to links whose
 * address matches, so the browser shows it only where it applies; Chromium and Firefox both honour it.
 */
export async function ensureMenuItem(
  id: string,
  title: string,
  contexts: [MenuContext, ...MenuContext[]],
  targetUrlPatterns?: string[],
): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await menus.remove(id).catch((error: unknown) => {
    // Not there yet (first start after install or update): nothing to remove.
    console.debug('Regiolens: no menu item to replace', error);
  });
  await menus.create({ id, title, contexts, ...(targetUrlPatterns ? { targetUrlPatterns } : {}) });
}

/** Calls back with the tab (and, for a link, its address) when the user picks the item; the listener runs inside the user gesture. */
export function onMenuItemClicked(
  id: string,
  listener: (tab: MenuClickTab | undefined, info: MenuClickInfo) => void,
): () => void {
  const menus = browser.contextMenus;
  if (!menus) return () => undefined;
  const handler = (info: { menuItemId: string | number; linkUrl?: string }, tab?: MenuClickTab) => {
    if (info.menuItemId === id) listener(tab, info.linkUrl === undefined ? {} : { linkUrl: info.linkUrl });
  };
  menus.onClicked.addListener(handler);
  return () => menus.onClicked.removeListener(handler);
}

/** Calls back when the user presses the keyboard command; also inside the user gesture. */
export function onCommand(name: string, listener: (tab: MenuClickTab | undefined) => void): () => void {
  const handler = (command: string, tab?: MenuClickTab) => {
    if (command === name) listener(tab);
  };
  browser.commands.onCommand.addListener(handler);
  return () => browser.commands.onCommand.removeListener(handler);
}
