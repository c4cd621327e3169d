/**
 * The toolbar popup as the browser opens it: `chrome.action.openPopup()` from the service worker
 * opens the real popup (Chromium 127 and later, no user gesture needed) on the active tab. Playwright
 * does not list that popup among its pages, and an extension page cannot be scripted from outside by
 * Playwright's locators, so a driver page of the same extension reaches the popup's window through
 * `chrome.extension.getViews({ type: 'popup' })` (same origin, same process) and acts on its
 * document. Key presses and input are dispatched as DOM events there: the popup's own handlers run,
 * but they are not trusted events, so actions that need a user gesture (opening the side panel) are
 * tested elsewhere (real-panel.e2e.ts clicks the popup page's button). The popup's window is sized
 * from its content (400 px): it once stayed about 73 px wide because the popup's width followed its
 * window (see popup.css). Layout at 320 px is checked on popup.html in a tab (popup.e2e.ts).
 */
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

export interface RealPopupState {
  url: string;
  focusedId: string | null;
  verdict: string | null;
  optionIds: string[];
  busy: boolean;
  /** The width of the popup's window: sized from the content, not 0 or the width of a few letters. */
  width: number;
}

export class RealPopup {
  private constructor(
    private readonly driver: Page,
    private readonly worker: Worker,
  ) {}

  /**
   * Opens a driver page first (it must exist before the popup opens: a new tab would take the focus
   * and close the popup), then brings `tab` to the front and opens the toolbar popup on it.
   */
  static async openOn(context: BrowserContext, worker: Worker, extensionId: string, tab: Page): Promise<RealPopup> {
    const driver = await context.newPage();
    await driver.goto(`chrome-extension://${extensionId}/entry.html`);
    await tab.bringToFront();
    const popup = new RealPopup(driver, worker);
    await worker.evaluate(() => chrome.action.openPopup());
    await expect
      .poll(() => popup.browserContexts(), { timeout: 30_000 })
      .toEqual([`chrome-extension://${extensionId}/popup.html`]);
    await expect.poll(async () => (await popup.state())?.verdict ?? null, { timeout: 30_000 }).not.toBeNull();
    return popup;
  }

  /** The documents the browser lists as the extension's popups (empty once the popup closed). */
  browserContexts(): Promise<string[]> {
    return this.worker.evaluate(async () => {
      const filter = { contextTypes: ['POPUP'] } as Parameters<typeof chrome.runtime.getContexts>[0];
      return (await chrome.runtime.getContexts(filter)).map((found) => found.documentUrl ?? '');
    });
  }

  /** What the popup shows now, read from its own document; null while it has no window yet. */
  state(): Promise<RealPopupState | null> {
    return this.driver.evaluate(() => {
      const [view] = chrome.extension.getViews({ type: 'popup' }) as (Window & typeof globalThis)[];
      if (!view) return null;
      const doc = view.document;
      return {
        url: view.location.href,
        focusedId: doc.activeElement?.id || null,
        verdict: doc.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
        optionIds: [...doc.querySelectorAll('[role="option"] [data-entry-id]')].map(
          (node) => node.getAttribute('data-entry-id') ?? '',
        ),
        busy: doc.querySelector('[role="listbox"]')?.getAttribute('aria-busy') === 'true',
        width: view.innerWidth,
      };
    });
  }

  /** Types `text` into the search box as input events, one character at a time. */
  async type(text: string): Promise<void> {
    await this.driver.evaluate((typed) => {
      const [view] = chrome.extension.getViews({ type: 'popup' }) as (Window & typeof globalThis)[];
      const box = view?.document.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!view || !box) throw new Error('the popup has no search box');
      for (const character of typed) {
        box.value += character;
        box.dispatchEvent(new view.InputEvent('input', { bubbles: true, data: character, inputType: 'insertText' }));
      }
    }, text);
  }

  /** Presses `key` in the search box (keydown, as the popup's combobox listens for). */
  async press(key: string): Promise<void> {
    await this.driver.evaluate((pressed) => {
      const [view] = chrome.extension.getViews({ type: 'popup' }) as (Window & typeof globalThis)[];
      const box = view?.document.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!view || !box) throw new Error('the popup has no search box');
      box.dispatchEvent(new view.KeyboardEvent('keydown', { key: pressed, bubbles: true, cancelable: true }));
    }, key);
  }

  /** The popup's active option, as the combobox names it. */
  activeDescendant(): Promise<string | null> {
    return this.driver.evaluate(() => {
      const [view] = chrome.extension.getViews({ type: 'popup' }) as (Window & typeof globalThis)[];
      return view?.document.querySelector('input[role="combobox"]')?.getAttribute('aria-activedescendant') ?? null;
    });
  }
}
