/**
 * Page objects for the extension's views, opened as tabs, where Playwright's locators and trusted
 * input reach them (the real popup: support/real-popup.ts). `?tabId=` pins a view to a tab.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

abstract class ExtensionView {
  constructor(
    readonly page: Page,
    protected readonly extensionId: string,
  ) {}
  protected abstract readonly file: string;
  async open(tabId?: number): Promise<this> {
    const query = tabId === undefined ? '' : `?tabId=${tabId}`;
    await this.page.goto(`chrome-extension://${this.extensionId}/${this.file}${query}`);
    await this.page.locator('#app > *').first().waitFor();
    return this;
  }
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  verdict(): Locator {
    return this.page.locator('[data-verdict]');
  }
}

export class PopupView extends ExtensionView {
  protected readonly file = 'popup.html';
}

export class SidePanelView extends ExtensionView {
  protected readonly file = 'sidepanel.html';
}

export class OptionsView extends ExtensionView {
  protected readonly file = 'options.html';
}

/** Opens a test page in a new tab and returns it with its tab id (looked up from the service worker). */
export async function openTestPage(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  // Tab addresses are hidden from the extension off its host list, so find the tab as the active one.
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  return { page, tabId };
}

/** The toolbar button's badge text and title for a tab, asked from the service worker. */
export async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(
    async (id: number) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}
