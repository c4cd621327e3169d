/**
 * Timing one popup opening from inside the popup's own page. Playwright's round trips would add their own
 * latency to anything timed from Node, so the page times itself: an init script (run before the popup's
 * scripts) watches the DOM and notes `performance.now()`, relative to the page's navigation start
 * (`performance.timeOrigin`), when the search box and then the first result row exist, after forcing
 * layout as the browser must before painting them. The popup is opened as popup.html in a tab with the
 * query in `?q=`, the way the address bar's "search page" opens it (entrypoints/popup/main.tsx): the
 * query is there at the first render, as if typed at once. The probe also notes when the popup sent its
 * first "search/entries" and had the answer, which splits a sample into the popup's own start, the
 * background's part and the render; and when the HTML was parsed and the popup's code first opened
 * IndexedDB, which splits the popup's start into the browser's page load and the popup's own code.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const QUERY = 'gemeenschapelijke regeling';

/** What the page notes about itself; every time is ms after its navigation start. */
export interface PopupTimes {
  /** The HTML was parsed (domInteractive): the browser's part, before any of the popup's code runs. */
  parsed: number | null;
  /** The popup's code began: its first IndexedDB open (the settings, read before anything is drawn). */
  scriptStart: number | null;
  /** The search box exists (the popup is mounted). */
  input: number | null;
  /** The popup sent "search/entries" (its first), and had the answer. */
  asked: number | null;
  answered: number | null;
  /** The first result row exists and is laid out. */
  results: number | null;
  /** The first row's text: checked to be an answer to the query, not leftovers. */
  firstText: string | null;
  /** The page's time origin, epoch ms: lines it up with the service worker's own. */
  timeOrigin: number;
}

interface ProbeWindow {
  __regiolensBenchTimes?: PopupTimes;
}

/** Runs in every page of the context before its scripts; only the popup page is watched. */
function watchPopup(): void {
  if (!location.pathname.endsWith('/popup.html')) return;
  const times: PopupTimes = {
    parsed: null,
    scriptStart: null,
    input: null,
    asked: null,
    answered: null,
    results: null,
    firstText: null,
    timeOrigin: performance.timeOrigin,
  };
  (window as unknown as ProbeWindow).__regiolensBenchTimes = times;
  // The popup's messages go through chrome.runtime.sendMessage (wxt/browser is chrome in Chromium's MV3).
  const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (message: unknown) => Promise<unknown>;
  Object.assign(chrome.runtime, {
    sendMessage: (message: unknown) => {
      const first = times.asked === null && (message as { type?: unknown } | null)?.type === 'search/entries';
      if (first) times.asked = performance.now();
      const answer = send(message);
      if (first) void answer.finally(() => (times.answered = performance.now()));
      return answer;
    },
  });
  const open = indexedDB.open.bind(indexedDB);
  Object.assign(indexedDB, {
    open: (...args: Parameters<typeof indexedDB.open>) => {
      times.scriptStart ??= performance.now();
      return open(...args);
    },
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') times.parsed = performance.now();
  });
  const observer = new MutationObserver(() => {
    if (times.input === null && document.querySelector('input[role="combobox"]')) times.input = performance.now();
    const row = document.querySelector('[role="option"]');
    if (!row) return;
    void document.documentElement.offsetHeight;
    times.results = performance.now();
    times.firstText = row.textContent;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(watchPopup);
}

/**
 * Opens the popup with the query in `page` (a tab already open, so its creation is not part of the sample)
 * and waits for its first result; the page is left open for the caller.
 */
export async function openPopupWithQuery(page: Page, extensionId: string): Promise<PopupTimes> {
  await page.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent(QUERY)}`);
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__regiolensBenchTimes?.results != null, null, {
    timeout: 60_000,
    polling: 50,
  });
  const times = await page.evaluate(() => (window as unknown as ProbeWindow).__regiolensBenchTimes);
  if (!times?.results) throw new Error('the popup showed no result');
  if (!/gemeenschappelijke regeling/i.test(times.firstText ?? '')) {
    throw new Error(`the first result does not answer "${QUERY}": ${times.firstText ?? ''}`);
  }
  return times;
}
