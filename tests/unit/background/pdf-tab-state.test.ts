/**
 * A tab showing a PDF in the browser's own viewer is never judged (issue 13, item 2): Chromium's viewer
 * wraps the document in a page without text where our content script does run, and its empty report
 * must not become "not regional". The tabs feature (lib/background/tabs-feature.ts) over the real
 * tracker, with the browser's answers faked: the tab's address and the document's content type.
 */
import { describe, expect, test, vi } from 'vitest';
import { createTabsFeature, type TabFacts } from '../../../lib/background/tabs-feature';
import { createTabTracker } from '../../../lib/background/tracker';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';
import type { Recognition } from '../../../lib/core/recognise/types';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import type { TabState } from '../../../lib/core/tab-state';
import type { SenderInfo } from '../../../lib/shared/messages/router';

const notRegional: Recognition = { regional: false, verdict: 'no', score: 0, themes: [], why: [], suggestions: [] };

function setup(tab: TabFacts, contentType = 'application/pdf', inject: () => Promise<void> = async () => undefined) {
  const stored = new Map<string, TabState>();
  const recognised: PageSnapshot[] = [];
  const asked: number[] = [];
  const shown: Array<[number, string]> = [];
  let loading: ((tabId: number, url: string | undefined, incognito: boolean) => void) | undefined;
  const tracker = createTabTracker({
    store: {
      get: async (key) => stored.get(key),
      set: async (key, value) => void stored.set(key, value),
      remove: async (key) => void stored.delete(key),
    },
    recognise: async (page) => {
      recognised.push(page);
      return notRegional;
    },
    show: async () => undefined,
    announce: () => undefined,
  });
  const feature = createTabsFeature({
    tracker,
    tab: async () => tab,
    settings: async () => DEFAULT_SETTINGS,
    scope: async () => 'policy-and-user-sites',
    inject,
    onTabLoading: (listener) => {
      loading = listener;
      return () => undefined;
    },
    onTabRemoved: () => () => undefined,
    isPdfDocument: async (tabId) => {
      asked.push(tabId);
      return contentType === 'application/pdf';
    },
    onPdfShown: (tabId, url) => shown.push([tabId, url]),
  });
  feature.start(new AbortController().signal);
  const sender: SenderInfo = { id: 'regiolens', url: tab.url ?? '', frameId: 0, tab: { id: tab.id, incognito: tab.incognito } };
  const report = (page: Partial<PageSnapshot> = {}) =>
    feature.handlers?.['page/snapshot']?.(
      { url: tab.url ?? '', title: '', headings: [], text: '', truncated: false, ...page },
      sender,
    );
  const state = () => feature.handlers?.['tab/state']?.({ tabId: tab.id }, { id: 'regiolens' });
  const analyse = () => feature.handlers?.['tab/analyse']?.({ tabId: tab.id }, { id: 'regiolens' });
  return {
    report,
    state,
    analyse,
    recognised,
    asked,
    shown,
    stored,
    load: (url: string) => loading?.(tab.id, url, tab.incognito),
  };
}

describe("a PDF in the browser's own viewer", () => {
  test("Chromium's wrapper page reports nothing: the document's type makes it 'pdf', never a verdict", async () => {
    const url = 'https://www.vng.nl/download?id=3';
    const tab = setup({ id: 4, url, incognito: false });
    await tab.report();
    expect(tab.recognised).toEqual([]);
    expect(await tab.state()).toEqual({ tabId: 4, status: 'pdf', url });
    // At an address that does not say it is a PDF, the reader may take it over (the setting decides).
    expect(tab.shown).toEqual([[4, url]]);
  });

  test('an empty HTML page is judged as it is, and a page with text is judged without asking its type', async () => {
    const empty = setup({ id: 4, url: 'https://www.vng.nl/leeg', incognito: false }, 'text/html');
    await empty.report();
    expect((await empty.state())?.status).toBe('analysed');
    const page = setup({ id: 5, url: 'https://www.vng.nl/docs/nota.pdf', incognito: false });
    await page.report({ text: 'Een pagina met tekst, die de server als HTML stuurde.' });
    expect(page.asked).toEqual([]);
    expect((await page.state())?.status).toBe('analysed');
  });

  test("a '.pdf' address is 'pdf' as it loads and when a view asks, with no report at all (Firefox's viewer)", async () => {
    const url = 'https://www.vng.nl/docs/agenda.pdf';
    const tab = setup({ id: 6, url, incognito: false });
    tab.load(url);
    await vi.waitFor(() => expect(tab.stored.get('6')?.status).toBe('pdf'));
    expect(await tab.state()).toEqual({ tabId: 6, status: 'pdf', url });
    // Off the policy list the tab is "not read" until the popup's grant shows its address: then it is a PDF too.
    const offList = setup({ id: 7, url: 'https://nieuws.example.org/rapport.pdf', incognito: false });
    expect(await offList.state()).toEqual({ tabId: 7, status: 'pdf', url: 'https://nieuws.example.org/rapport.pdf' });
  });

  test("'Read this page' on a PDF the browser will not let us script is still a PDF to open in the reader", async () => {
    const url = 'https://nieuws.example.org/rapport.pdf';
    const tab = setup({ id: 8, url, incognito: false }, 'application/pdf', async () => {
      throw new Error('Cannot access contents of url "https://nieuws.example.org/rapport.pdf".');
    });
    expect(await tab.analyse()).toEqual({ tabId: 8, status: 'pdf', url });
  });

  test("a private tab's address is not passed on", async () => {
    const tab = setup({ id: 9, url: 'https://www.vng.nl/docs/agenda.pdf', incognito: true });
    // Private windows are closed to Regiolens by default: the state says only that.
    expect(await tab.state()).toEqual({ tabId: 9, status: 'private' });
  });
});
