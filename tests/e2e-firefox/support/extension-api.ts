/**
 * Questions put to the extension itself, from one of its own pages in Firefox (the WebExtension
 * `browser` object is there): which tab shows an address, and what the toolbar button says for it.
 * Firefox has no service worker to ask, as the Chromium tests do; an extension page reaches the
 * same APIs.
 */
import type { Page } from 'puppeteer-core';
import type { Settings } from '../../../lib/core/settings/schema';
import { settingsWrite, writeSettings } from '../../../scripts/lib/settings-write';

interface ExtensionApi {
  tabs: { query(query: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
}

/** The id of the tab showing `url` (the extension may see it: the host is on its policy-site list). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted: string) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const [tab] = await api.tabs.query({ url: wanted });
    return tab?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * The id of the tab in front, asked from an extension page in a tab behind it: a tab off the
 * policy-site list hides its address from the extension, so it is found as the active one.
 */
export async function activeTabId(extensionPage: Page): Promise<number> {
  const id = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** The toolbar button's badge text and title for a tab. */
export async function badgeOf(extensionPage: Page, tabId: number): Promise<{ text: string; title: string }> {
  return extensionPage.evaluate(async (id: number) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Changes settings as the options page would (see scripts/lib/settings-write.ts). */
export async function saveSettingsFrom(extensionPage: Page, changes: Partial<Settings>): Promise<void> {
  await extensionPage.evaluate(writeSettings, settingsWrite(changes));
}

/** Polls `read` until `accept` says yes; fails with the last value seen. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
