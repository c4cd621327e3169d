/**
 * What the background knows about each tab, kept in session storage so that it
 * survives the service worker being stopped and restarted. Pure: storage,
 * recognition and the badge are passed in, so it runs in Node tests.
 *
 * Recognition takes time, and a tab can move on meanwhile: a page that
 * navigates right after it loaded, or a single-page site that reports again.
 * An analysis therefore saves only while it is still the tab's latest event; one
 * that began before a newer load, a newer analysis or the tab closing is
 * dropped, so the badge and the side panel (which keeps notes under the
 * state's address) never show the previous page for the current one.
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
  /** How many notes the user keeps for a page (shown on the button and in the popup); left out in tests that need none. */
  countNotes?: (url: string) => Promise<number>;
  /** Shows the state on the toolbar button. */
  show: (state: TabState) => Promise<void>;
  /** Tells open views that a tab's state changed. */
  announce: (state: TabState) => void;
  now?: () => number;
}

export interface TabTracker {
  /** A content script reported its page; answers the tab's state after it (unchanged when the analysis was overtaken). */
  analyse(tabId: number, page: PageSnapshot): Promise<TabState>;
  /** The PDF reader in this tab shows a document without any text: say so, with no verdict. */
  noText(tabId: number, page: { url: string; title: string }): Promise<TabState>;
  /** What is known about a tab. */
  get(tabId: number): Promise<TabState>;
  /** The tab started loading another address (or cannot be read): forget the old verdict. */
  reset(tabId: number, status: TabStatus, url?: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createTabTracker(deps: TabTrackerDeps): TabTracker {
  const now = deps.now ?? Date.now;
  /** Per tab, the ticket of its latest event (a load, an analysis begun); none once the tab closed. */
  const latest = new Map<number, number>();
  let tickets = 0;
  const nextTicket = (tabId: number) => {
    latest.set(tabId, ++tickets);
    return tickets;
  };
  /** A count that cannot be read is no reason to lose the verdict: it is left out. */
  const countNotes = (url: string): Promise<number> =>
    (deps.countNotes?.(url) ?? Promise.resolve(0)).catch((error: unknown) => {
      console.warn('Regiolens: the notes of the page could not be counted', error);
      return 0;
    });
  const get = async (tabId: number): Promise<TabState> => (await deps.store.get(String(tabId))) ?? { tabId, status: 'unknown' };
  async function save(state: TabState): Promise<TabState> {
    await deps.store.set(String(state.tabId), state);
    await deps.show(state);
    deps.announce(state);
    return state;
  }
  return {
    async analyse(tabId, page) {
      const ticket = nextTicket(tabId);
      // The page's address for notes: its canonical link only when that is on the same site, so a page
      // cannot claim another site's address (and with it the user's notes for that site).
      const url = normalisePageUrl(page.url, page.canonical) ?? page.url;
      const [recognition, noteCount] = await Promise.all([deps.recognise(page), countNotes(url)]);
      if (latest.get(tabId) !== ticket) return get(tabId);
      return save({
        tabId,
        status: 'analysed',
        url,
        title: page.title,
        recognition,
        analysedAt: now(),
        ...(noteCount > 0 ? { noteCount } : {}),
      });
    },
    get,
    async noText(tabId, page) {
      nextTicket(tabId);
      return save({
        tabId,
        status: 'no-text',
        url: normalisePageUrl(page.url) ?? page.url,
        title: page.title,
        analysedAt: now(),
      });
    },
    async reset(tabId, status, url) {
      nextTicket(tabId);
      // Normalised like an analysed page's address, so notes keep one key while the page loads.
      const address = url === undefined ? undefined : (normalisePageUrl(url) ?? url);
      await save({ tabId, status, ...(address === undefined ? {} : { url: address }) });
    },
    async forget(tabId) {
      latest.delete(tabId);
      await deps.store.remove(String(tabId));
    },
  };
}
