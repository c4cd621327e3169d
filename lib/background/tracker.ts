/**
 * What the background knows about each tab, kept in session storage so that it
 * survives the service worker being stopped and restarted. Pure: storage,
 * recognition and the badge are passed in, so it runs in Node tests.
 */
import { normalisePageUrl } from '../core/notes/url';
import type { PageSnapshot } from '../core/page-snapshot';
import type { Recognition } from '../core/recognise/types';
import type { TabState, TabStatus } from '../core/tab-state';

export interface TabTrackerDeps {
  store: {
    get(key: string): Promise<TabState | undefined>;
    set(key: string, value: TabState): Promise<void>;
    remove(key: string): Promise<void>;
  };
  recognise: (page: PageSnapshot) => Promise<Recognition>;
  /** Shows the state on the toolbar button. */
  show: (state: TabState) => Promise<void>;
  /** Tells open views that a tab's state changed. */
  announce: (state: TabState) => void;
  now?: () => number;
}

export interface TabTracker {
  /** A content script reported its page. */
  analyse(tabId: number, page: PageSnapshot): Promise<TabState>;
  /** What is known about a tab. */
  get(tabId: number): Promise<TabState>;
  /** The tab started loading another address (or cannot be read): forget the old verdict. */
  reset(tabId: number, status: TabStatus, url?: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createTabTracker(deps: TabTrackerDeps): TabTracker {
  const now = deps.now ?? Date.now;
  async function save(state: TabState): Promise<TabState> {
    await deps.store.set(String(state.tabId), state);
    await deps.show(state);
    deps.announce(state);
    return state;
  }
  return {
    async analyse(tabId, page) {
      const recognition = await deps.recognise(page);
      // The page's address for notes: its canonical link only when that is on the same site, so a page
      // cannot claim another site's address (and with it the user's notes for that site).
      return save({
        tabId,
        status: 'analysed',
        url: normalisePageUrl(page.url, page.canonical) ?? page.url,
        title: page.title,
        recognition,
        analysedAt: now(),
      });
    },
    async get(tabId) {
      return (await deps.store.get(String(tabId))) ?? { tabId, status: 'unknown' };
    },
    async reset(tabId, status, url) {
      // Normalised like an analysed page's address, so notes keep one key while the page loads.
      const address = url === undefined ? undefined : (normalisePageUrl(url) ?? url);
      await save({ tabId, status, ...(address === undefined ? {} : { url: address }) });
    },
    async forget(tabId) {
      await deps.store.remove(String(tabId));
    },
  };
}
