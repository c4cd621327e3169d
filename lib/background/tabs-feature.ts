/**
 * Tabs in the background: the page reports of content scripts, the views'
 * questions about a tab (`page/snapshot`, `tab/state`, `tab/analyse` in
 * lib/shared/messages/page-messages.ts), and forgetting a tab's verdict when it
 * loads another page or closes. Private windows are read only when the user
 * allowed it; the user's ignore list always wins. A report's address is the one
 * the browser gives for the sending frame, never the one the page claims.
 * An administrator's recognition scope (lib/core/settings/recognition-scope.ts)
 * limits the pages read by themselves: a report from elsewhere counts only from a
 * tab the user asked to read (`tab/analyse`) since it last loaded a page.
 * A PDF in the browser's own viewer is never judged: its address (`.pdf`) or, in
 * Chromium, whose viewer wraps it in a page without text where the content script
 * does run, the document's content type makes it `pdf` ("not read", open it in
 * the reader), never "not regional".
 */
import { normalisePageUrl } from '../core/notes/url';
import { isPdfAddress } from '../core/pdf/reader-address';
import type { PageSnapshot } from '../core/page-snapshot';
import { readsByItselfUnder, type RecognitionScope } from '../core/settings/recognition-scope';
import { isIgnoredSite, type Settings } from '../core/settings/schema';
import type { TabState } from '../core/tab-state';
import { whileRunning, type BackgroundFeature } from './feature';
import { privateAndNotAllowed as isPrivateAndNotAllowed } from './private-windows';
import { isMissingGrant, isRestrictedUrl, isScriptingRefusal } from './restricted';
import { demoAddress, readerDocument, senderAddress, tabIdOf } from './sender';
import type { TabTracker } from './tracker';

export interface TabFacts {
  id: number;
  url?: string;
  incognito: boolean;
}

export interface TabsFeatureDeps {
  tracker: TabTracker;
  /** The tab with this id, or for null the active tab of the last focused window; rejects when there is none. */
  tab(tabId: number | null): Promise<TabFacts>;
  settings(): Promise<Settings>;
  /** Which pages are read without the user asking (an administrator's policy; the default without one). */
  scope(): Promise<RecognitionScope>;
  /** Runs the content script in the tab (the popup's activeTab grant); rejects when the browser refuses. */
  inject(tabId: number): Promise<void>;
  /** Calls back when a tab starts loading a page (url undefined without host access). */
  onTabLoading(listener: (tabId: number, url: string | undefined, incognito: boolean) => void): () => void;
  onTabRemoved(listener: (tabId: number) => void): () => void;
  /** True when the tab's top frame shows a PDF in the browser's viewer (asked only of a page that reported no text). */
  isPdfDocument(tabId: number): Promise<boolean>;
  /** Told when a tab turned out to show a PDF in the browser's viewer (the reader may take it over). */
  onPdfShown?(tabId: number, url: string): void;
}

/** A report with nothing in it to read: what a PDF's wrapper page in Chromium's viewer gives. */
function isEmptyReport(page: PageSnapshot): boolean {
  return page.text.trim() === '' && page.headings.length === 0;
}

/** Asks, but never fails a report over it: a page that cannot be asked is judged as it reported. */
async function showsPdf(deps: TabsFeatureDeps, tabId: number): Promise<boolean> {
  try {
    return await deps.isPdfDocument(tabId);
  } catch (error) {
    console.debug('Regiolens: the document type of the tab is unknown', error);
    return false;
  }
}

/** The report under the browser's address; its canonical link is kept only where notes accept it (the same site). */
function atSenderAddress(page: PageSnapshot, url: string): PageSnapshot {
  const { canonical, ...rest } = page;
  const accepted = canonical !== undefined && normalisePageUrl(url, canonical) === normalisePageUrl(canonical);
  return accepted ? { ...rest, url, canonical } : { ...rest, url };
}

/** A tab showing a PDF in the browser's viewer (a private tab's address is not passed on). */
function pdfState(tab: TabFacts): TabState {
  const url = tab.incognito || tab.url === undefined ? undefined : (normalisePageUrl(tab.url) ?? tab.url);
  return { tabId: tab.id, status: 'pdf', ...(url === undefined ? {} : { url }) };
}

export function createTabsFeature(deps: TabsFeatureDeps): BackgroundFeature {
  /** Private windows are read only when the user allowed it in options. */
  const privateAndNotAllowed = (incognito: boolean | undefined) => isPrivateAndNotAllowed(incognito, deps.settings);
  /** Tabs the user asked to read since they last loaded a page (kept in memory: the report follows within moments). */
  const asked = new Set<number>();

  return {
    handlers: {
      'page/snapshot': async (report, sender) => {
        const tabId = tabIdOf(sender);
        const page = atSenderAddress(report, senderAddress(sender));
        if (await privateAndNotAllowed(sender.tab?.incognito)) return null;
        // The user's ignore list always wins, in private windows too; the views then say why it was not read.
        const host = new URL(page.url).hostname;
        if (isIgnoredSite(host, await deps.settings())) {
          await deps.tracker.reset(tabId, 'ignored', page.url);
          return null;
        }
        // Outside the administrator's scope a page is read only when asked: until then it is "not read".
        if (!asked.has(tabId) && !readsByItselfUnder(await deps.scope(), host)) {
          await deps.tracker.reset(tabId, 'not-allowed', sender.tab?.incognito ? undefined : page.url);
          return null;
        }
        if (isEmptyReport(page) && (await showsPdf(deps, tabId))) {
          await deps.tracker.reset(tabId, 'pdf', sender.tab?.incognito ? undefined : page.url);
          // A `.pdf` address was seen as it loaded already; this is a PDF at an address that does not say so.
          if (!isPdfAddress(page.url)) deps.onPdfShown?.(tabId, page.url);
          return null;
        }
        await deps.tracker.analyse(tabId, page);
        return null;
      },
      'reader/snapshot': async ({ page, empty }, sender) => {
        const tabId = tabIdOf(sender);
        const url = readerDocument(sender, page.url);
        if (await privateAndNotAllowed(sender.tab?.incognito)) return { tabId, status: 'private' } satisfies TabState;
        // The ignore list counts for documents as for pages (a local file has no host to ignore).
        const host = new URL(url).hostname;
        if (host && isIgnoredSite(host, await deps.settings())) return deps.tracker.get(tabId);
        const { canonical: _ignored, ...document } = page;
        if (empty) return deps.tracker.noText(tabId, document);
        return deps.tracker.analyse(tabId, document);
      },
      'demo/snapshot': async (report, sender) => {
        const tabId = tabIdOf(sender);
        const { canonical: _ignored, ...page } = report;
        return deps.tracker.analyse(tabId, { ...page, url: demoAddress(sender) });
      },
      'tab/state': async ({ tabId }) => {
        const tab = await deps.tab(tabId);
        if (await privateAndNotAllowed(tab.incognito)) return { tabId: tab.id, status: 'private' } satisfies TabState;
        const state = await deps.tracker.get(tab.id);
        // A PDF the browser shows itself is not read there, whatever else kept it unread.
        if ((state.status === 'unknown' || state.status === 'not-allowed') && tab.url !== undefined && isPdfAddress(tab.url))
          return pdfState(tab);
        if (state.status !== 'unknown') return state;
        // Without host access the tab's address is hidden from us: we cannot tell a browser page from a site off the list.
        if (tab.url === undefined) return { ...state, status: 'not-allowed' } satisfies TabState;
        return isRestrictedUrl(tab.url) ? ({ ...state, status: 'restricted' } satisfies TabState) : state;
      },
      'tab/analyse': async ({ tabId }) => {
        const tab = await deps.tab(tabId);
        if (await privateAndNotAllowed(tab.incognito)) return { tabId: tab.id, status: 'private' } satisfies TabState;
        if (tab.url !== undefined && isRestrictedUrl(tab.url)) return { tabId: tab.id, status: 'restricted' } satisfies TabState;
        if (tab.url !== undefined && URL.canParse(tab.url) && isIgnoredSite(new URL(tab.url).hostname, await deps.settings())) {
          await deps.tracker.reset(tab.id, 'ignored', tab.url);
          return deps.tracker.get(tab.id);
        }
        asked.add(tab.id);
        try {
          await deps.inject(tab.id);
        } catch (error) {
          // The browser's refusal for its own pages and the stores means "cannot be read"; no grant for
          // this page (a view opened without the toolbar click) or any other failure (the tab went away)
          // means "not read now", which the views offer to change.
          console.info('Regiolens: could not read the tab', error);
          // Firefox's viewer admits no script at all: still a PDF to open in the reader, not a closed page.
          if (tab.url !== undefined && isPdfAddress(tab.url)) return pdfState(tab);
          const refused = isScriptingRefusal(error) && !isMissingGrant(error);
          return { tabId: tab.id, status: refused ? 'restricted' : 'not-allowed' } satisfies TabState;
        }
        return deps.tracker.get(tab.id);
      },
    },
    start(signal) {
      whileRunning(
        signal,
        // Every new load forgets the old verdict. Without host access the browser leaves out the new address:
        // such a page is "not read" (the badge and the views say so and offer to read it), never "not
        // regional"; a private tab's address is never kept here.
        deps.onTabLoading((tabId, url, incognito) => {
          asked.delete(tabId);
          // A `.pdf` address is a PDF until its page says otherwise (a server that answers with HTML reports text).
          const status = url === undefined ? 'not-allowed' : isPdfAddress(url) ? 'pdf' : 'unknown';
          void deps.tracker.reset(tabId, status, incognito ? undefined : url);
        }),
        deps.onTabRemoved((tabId) => {
          asked.delete(tabId);
          void deps.tracker.forget(tabId);
        }),
      );
    },
  };
}
