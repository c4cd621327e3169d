/**
 * The ways into the reader (lib/background/pdf-feature.ts), over fake tabs, menus and settings:
 * "Open in Regiolens" for a tab, the context menu on a link to a PDF, and the setting that opens PDFs
 * on the policy sites in the reader (off by default; never twice for the same document, so Back works).
 */
import { describe, expect, test, vi } from 'vitest';
import { OPEN_IN_READER_MENU_ID, PDF_LINK_PATTERNS, createPdfFeature } from '../../../lib/background/pdf-feature';
import type { TabFacts } from '../../../lib/background/tabs-feature';
import { createTranslator } from '../../../lib/core/i18n/translator';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import type { MenuClickInfo, MenuClickTab } from '../../../lib/shared/platform/context-menu';
import { loadCatalog } from '../../../scripts/lib/locales';

const READER = 'chrome-extension://regiolens/reader.html';

function setup(settings: Partial<Settings> = {}, tabs: TabFacts[] = []) {
  const shown: Array<{ tabId: number; url: string }> = [];
  const opened: string[] = [];
  const menus: Array<{ id: string; title: string; contexts: string[]; patterns?: string[] }> = [];
  let click: ((tab: MenuClickTab | undefined, info: MenuClickInfo) => void) | undefined;
  let loading: ((tabId: number, url: string | undefined, incognito: boolean) => void) | undefined;
  let removed: ((tabId: number) => void) | undefined;
  const feature = createPdfFeature({
    tab: async (tabId) => {
      const tab = tabs.find((candidate) => candidate.id === tabId);
      if (!tab) throw new Error(`No tab with id: ${tabId}.`);
      return tab;
    },
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    readerUrl: (documentUrl) => `${READER}?url=${documentUrl}`,
    showInTab: async (tabId, url) => void shown.push({ tabId, url }),
    openInNewTab: async (url) => void opened.push(url),
    ensureMenuItem: async (id, title, contexts, patterns) =>
      void menus.push({ id, title, contexts, ...(patterns ? { patterns } : {}) }),
    onMenuItemClicked: (_id, listener) => {
      click = listener;
      return () => (click = undefined);
    },
    onTabLoading: (listener) => {
      loading = listener;
      return () => (loading = undefined);
    },
    onTabRemoved: (listener) => {
      removed = listener;
      return () => (removed = undefined);
    },
    translators: { current: async () => createTranslator(loadCatalog('nl')), onChange: () => () => undefined },
  });
  const running = new AbortController();
  feature.start(running.signal);
  return {
    feature,
    shown,
    opened,
    menus,
    stop: () => running.abort(),
    click: (linkUrl?: string) => click?.({ id: 1 }, linkUrl === undefined ? {} : { linkUrl }),
    load: (tabId: number, url: string | undefined, incognito = false) => loading?.(tabId, url, incognito),
    remove: (tabId: number) => removed?.(tabId),
  };
}

describe("'tab/open-reader'", () => {
  test("opens the reader in that tab, for the tab's own address, without the browser-viewer mark", async () => {
    const { feature, shown } = setup({}, [
      { id: 3, url: 'https://www.vng.nl/docs/agenda.pdf#regiolens=browser', incognito: false },
    ]);
    await feature.handlers?.['tab/open-reader']?.({ tabId: 3 }, { id: 'regiolens' });
    expect(shown).toEqual([{ tabId: 3, url: `${READER}?url=https://www.vng.nl/docs/agenda.pdf` }]);
  });

  test('a local file goes to the reader too; a browser page or a tab without a known address does not', async () => {
    const tabs = [
      { id: 1, url: 'file:///home/ambtenaar/nota.pdf', incognito: false },
      { id: 2, url: 'chrome://settings/', incognito: false },
      { id: 4, incognito: false },
    ];
    const { feature, shown } = setup({}, tabs);
    const open = (tabId: number) => feature.handlers?.['tab/open-reader']?.({ tabId }, { id: 'regiolens' });
    await open(1);
    await expect(open(2)).rejects.toThrow(/no document/);
    await expect(open(4)).rejects.toThrow(/no document/);
    expect(shown).toEqual([{ tabId: 1, url: `${READER}?url=file:///home/ambtenaar/nota.pdf` }]);
  });
});

describe('the context menu on a link to a PDF', () => {
  test('is a link item, limited to PDF addresses, titled in the language of the user', async () => {
    const { menus } = setup();
    await vi.waitFor(() => expect(menus).toHaveLength(1));
    expect(menus[0]).toEqual({
      id: OPEN_IN_READER_MENU_ID,
      title: 'Openen in Regiolens',
      contexts: ['link'],
      patterns: PDF_LINK_PATTERNS,
    });
    expect(PDF_LINK_PATTERNS).toEqual(expect.arrayContaining(['*://*/*.pdf', '*://*/*.pdf?*', 'file:///*.pdf']));
  });

  test("opens the link's document in the reader in a new tab; any other link is left alone", () => {
    const { opened, click, shown } = setup();
    click('https://www.rob-rad.nl/advies/ambacht.pdf?download=1');
    click('javascript:alert(1)');
    click();
    expect(opened).toEqual([`${READER}?url=https://www.rob-rad.nl/advies/ambacht.pdf?download=1`]);
    expect(shown).toEqual([]);
  });

  test('stops listening when the background stops', () => {
    const { opened, click, stop } = setup();
    stop();
    click('https://www.vng.nl/a.pdf');
    expect(opened).toEqual([]);
  });
});

describe('the setting: PDFs on policy sites open in the reader', () => {
  const PDF = 'https://www.vng.nl/docs/agenda.pdf';

  test('is off by default: the browser keeps its own viewer', async () => {
    expect(DEFAULT_SETTINGS.openPdfsInReader).toBe(false);
    const { load, shown } = setup();
    load(5, PDF);
    // Settled: the decision reads the settings, then shows nothing.
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toEqual([]);
  });

  test('when on, a PDF loading on a policy site opens in the reader in its tab', async () => {
    const { load, shown } = setup({ openPdfsInReader: true });
    load(5, PDF);
    await vi.waitFor(() => expect(shown).toEqual([{ tabId: 5, url: `${READER}?url=${PDF}` }]));
  });

  test("a site off the policy list, a page that is no PDF, and the browser's viewer chosen on purpose stay as they are", async () => {
    const offList = 'https://nieuws.example.org/download?id=3';
    const { load, shown, feature } = setup({ openPdfsInReader: true }, [{ id: 9, url: offList, incognito: false }]);
    load(5, 'https://nieuws.example.org/rapport.pdf');
    load(5, 'https://www.vng.nl/nieuws');
    load(5, `${PDF}#regiolens=browser`);
    load(5, undefined);
    feature.pdfShown(9, offList);
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toEqual([]);
  });

  test('Back from the reader to the same document stays in the browser; a later visit is taken over again', async () => {
    const { load, shown } = setup({ openPdfsInReader: true });
    load(5, PDF);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    load(5, `${READER}?url=${PDF}`);
    load(5, PDF);
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toHaveLength(1);
    load(5, 'https://www.vng.nl/nieuws');
    load(5, PDF);
    await vi.waitFor(() => expect(shown).toHaveLength(2));
  });

  test('a closed tab is forgotten: its id used again is taken over as new', async () => {
    const { load, shown, remove } = setup({ openPdfsInReader: true });
    load(5, PDF);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    remove(5);
    load(5, PDF);
    await vi.waitFor(() => expect(shown).toHaveLength(2));
  });

  test('private windows only when the user allowed Regiolens there', async () => {
    const closed = setup({ openPdfsInReader: true });
    closed.load(5, PDF, true);
    const open = setup({ openPdfsInReader: true, allowPrivateWindows: true });
    open.load(6, PDF, true);
    await vi.waitFor(() => expect(open.shown).toHaveLength(1));
    expect(closed.shown).toEqual([]);
  });

  test('a PDF at an address that does not say so (told by the tabs feature) is taken over too', async () => {
    const url = 'https://www.vng.nl/download?id=3';
    const { feature, shown } = setup({ openPdfsInReader: true }, [{ id: 8, url, incognito: false }]);
    feature.pdfShown(8, url);
    await vi.waitFor(() => expect(shown).toEqual([{ tabId: 8, url: `${READER}?url=${url}` }]));
  });
});
