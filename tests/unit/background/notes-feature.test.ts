/**
 * The notes feature in the background: the context menu item (localised), and
 * what a menu click or the keyboard command hands to the side panel (stored in
 * session storage, then the 'notes/pending-annotation' event) for each kind of tab.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Result } from '../../../lib/shared/messages/define';
import { saveSettings } from '../../../lib/shared/platform/settings';
import { resetSettingsStore } from '../support/settings-store';
import { ANNOTATE_COMMAND, ANNOTATE_MENU_ID, createNotesFeature } from '../../../lib/background/notes-feature';
import { events } from '../../../lib/shared/platform/events';
import { readPendingAnnotation } from '../../../lib/shared/platform/pending-annotation';
import { extensionTranslators } from '../../../lib/shared/platform/translator';
import {
  installContentScripts,
  installI18n,
  installMenus,
  installScripting,
  installSidePanel,
  packagedFetch,
  type ContentAnswer,
  type FakeMenus,
  type FakeScripting,
} from '../support/fake-apis';
import type { PageSelection, PendingAnnotation } from '../../../lib/core/notes/types';

const NOW = new Date('2026-03-04T10:00:00Z');
const SELECTION: PageSelection = {
  selectors: { quote: { exact: 'verlengd lokaal bestuur', prefix: 'Over ', suffix: '.' }, position: { start: 5, end: 28 } },
  exact: 'verlengd lokaal bestuur',
};

let menus: FakeMenus;
let scripting: FakeScripting;
let sidePanelOpened: number[];
let contentScripts: Map<number, ContentAnswer>;
/** Messages the content scripts received, as `tabId:type`. */
let asked: string[];
const subscriptions: Array<() => void> = [];
let running: AbortController;

function answering(tabId: number, selection: PageSelection | null): ContentAnswer {
  return (type) => {
    asked.push(`${tabId}:${type}`);
    return (
      type === 'page/selection' ? { ok: true, value: selection } : { ok: false, error: { code: 'unknown-type', message: type } }
    ) satisfies Result<unknown>;
  };
}

function tab(id: number, url: string | undefined, windowId = 3): Browser.tabs.Tab {
  return {
    id,
    url,
    windowId,
    index: 0,
    pinned: false,
    highlighted: true,
    active: true,
    frozen: false,
    incognito: false,
    selected: true,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
  };
}

/**
 * fakeBrowser reports as "last focused" the window focused before the current
 * one (and none at all at first), so two windows are focused in turn; the
 * first one created is then the last focused.
 */
const LAST_FOCUSED_WINDOW = 1;
async function focusTwoWindows(): Promise<void> {
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.windows.create({ focused: true });
  expect((await fakeBrowser.windows.getLastFocused()).id).toBe(LAST_FOCUSED_WINDOW);
}

/** The next pending annotation the side panels are told about. */
function nextHandOver(): Promise<PendingAnnotation> {
  return new Promise((resolve) => subscriptions.push(events.on('notes/pending-annotation', resolve)));
}

async function storedPending(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('notes:pendingAnnotation'))['notes:pendingAnnotation'];
}

/** One macrotask: every fake API answers through promises, so all queued work has run after it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
  running = new AbortController();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  menus = installMenus();
  scripting = installScripting();
  sidePanelOpened = installSidePanel();
  contentScripts = new Map();
  asked = [];
  installContentScripts(contentScripts, { scripting, afterInjection: (tabId) => answering(tabId, SELECTION) });
  installI18n('nl');
  vi.stubGlobal('fetch', packagedFetch());
  // The feature logs expected failures (no content script yet, refused pages) at debug level.
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  running.abort();
  for (const stop of subscriptions.splice(0)) stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the context menu item', () => {
  const CASES = [
    { language: 'auto', ui: 'nl', title: 'Notitie maken bij selectie' },
    { language: 'auto', ui: 'en', title: 'Make a note on the selection' },
    { language: 'nl', ui: 'en', title: 'Notitie maken bij selectie' },
    { language: 'en', ui: 'nl', title: 'Make a note on the selection' },
  ] as const;

  for (const row of CASES) {
    test(`language ${row.language} with a ${row.ui} browser → "${row.title}"`, async () => {
      installI18n(row.ui);
      await saveSettings({ language: row.language });
      createNotesFeature(extensionTranslators()).start(running.signal);
      await vi.waitFor(() => expect(menus.items.get(ANNOTATE_MENU_ID)).toBeDefined());
      expect(menus.items.get(ANNOTATE_MENU_ID)).toEqual({ id: ANNOTATE_MENU_ID, title: row.title, contexts: ['selection'] });
      expect(menus.items.size).toBe(1);
    });
  }

  test('is replaced with the new title when the language changes', async () => {
    createNotesFeature(extensionTranslators()).start(running.signal);
    await vi.waitFor(() => expect(menus.creates).toBe(1));
    // Another setting changing keeps the item (and its title) as it is.
    await saveSettings({ ignoredSites: ['example.org'] });
    await settle();
    expect(menus.creates).toBe(1);
    await saveSettings({ language: 'en' });
    await vi.waitFor(() => expect(menus.creates).toBe(2));
    expect([...menus.items.values()]).toEqual([
      { id: ANNOTATE_MENU_ID, title: 'Make a note on the selection', contexts: ['selection'] },
    ]);
  });
});

/** Our own PDF reader's address in a tab, showing a document. */
const readerTabUrl = () => `${fakeBrowser.runtime.getURL('/reader.html')}?url=${encodeURIComponent('https://www.vng.nl/a.pdf')}`;

describe('annotating the selection', () => {
  const TRIGGERS = {
    'menu click': (target: Browser.tabs.Tab | undefined) =>
      menus.onClicked.trigger({ menuItemId: ANNOTATE_MENU_ID, editable: false, selectionText: 'x' }, target),
    'keyboard command': (target: Browser.tabs.Tab | undefined) => menus.onCommand.trigger(ANNOTATE_COMMAND, target),
  };

  const CASES: Array<{
    name: string;
    tab: Browser.tabs.Tab | undefined;
    setup?: () => unknown;
    expected: PendingAnnotation;
    asked: string[];
    injected: number[];
  }> = [
    {
      name: 'a policy site with a selection',
      tab: tab(5, 'https://www.vng.nl/nieuws'),
      setup: () => contentScripts.set(5, answering(5, SELECTION)),
      expected: { tabId: 5, at: NOW.getTime(), status: 'selection', selection: SELECTION },
      asked: ['5:page/selection'],
      injected: [],
    },
    {
      name: 'a policy site without a selection',
      tab: tab(5, 'https://www.vng.nl/nieuws'),
      setup: () => contentScripts.set(5, answering(5, null)),
      expected: { tabId: 5, at: NOW.getTime(), status: 'no-selection' },
      asked: ['5:page/selection'],
      injected: [],
    },
    {
      name: 'a site off the list: the content script is injected, then asked again',
      tab: tab(6, 'https://example.org/artikel'),
      expected: { tabId: 6, at: NOW.getTime(), status: 'selection', selection: SELECTION },
      asked: ['6:page/selection'],
      injected: [6],
    },
    {
      name: 'the PDF reader with a selection in its text layer: asked, never injected',
      tab: tab(10, readerTabUrl()),
      setup: () => contentScripts.set(10, answering(10, SELECTION)),
      expected: { tabId: 10, at: NOW.getTime(), status: 'selection', selection: SELECTION },
      asked: ['10:page/selection'],
      injected: [],
    },
    {
      name: 'a PDF reader that does not answer (still opening): unavailable, never injected',
      tab: tab(10, readerTabUrl()),
      expected: { tabId: 10, at: NOW.getTime(), status: 'unavailable' },
      asked: [],
      injected: [],
    },
    {
      name: 'a browser page: restricted, without asking',
      tab: tab(7, 'chrome://settings/'),
      expected: { tabId: 7, at: NOW.getTime(), status: 'restricted' },
      asked: [],
      injected: [],
    },
    {
      name: 'an add-on store: restricted, without asking',
      tab: tab(7, 'https://chromewebstore.google.com/detail/x'),
      expected: { tabId: 7, at: NOW.getTime(), status: 'restricted' },
      asked: [],
      injected: [],
    },
    {
      name: 'a page that refuses the content script: restricted',
      tab: tab(8, 'https://example.org/pdf'),
      setup: () => scripting.refusing.add(8),
      expected: { tabId: 8, at: NOW.getTime(), status: 'restricted' },
      asked: [],
      injected: [],
    },
    {
      name: 'a tab that closed before answering: unavailable',
      tab: tab(9, 'https://example.org/weg'),
      // Injection "succeeds" but nothing answers afterwards either.
      setup: () => installContentScripts(contentScripts),
      expected: { tabId: 9, at: NOW.getTime(), status: 'unavailable' },
      asked: [],
      injected: [9],
    },
    {
      name: 'no tab at all (e.g. the command in a devtools window): unavailable',
      tab: undefined,
      setup: focusTwoWindows,
      expected: { tabId: -1, at: NOW.getTime(), status: 'unavailable' },
      asked: [],
      injected: [],
    },
    {
      name: 'a tab without an id (TAB_ID_NONE): unavailable',
      tab: tab(-1, 'https://www.vng.nl/'),
      expected: { tabId: -1, at: NOW.getTime(), status: 'unavailable' },
      asked: [],
      injected: [],
    },
  ];

  for (const [triggerName, trigger] of Object.entries(TRIGGERS)) {
    describe(triggerName, () => {
      for (const row of CASES) {
        test(row.name, async () => {
          await row.setup?.();
          createNotesFeature(extensionTranslators()).start(running.signal);
          const told = nextHandOver();
          trigger(row.tab);
          expect(await told).toEqual(row.expected);
          expect(await storedPending()).toEqual(row.expected);
          expect(await readPendingAnnotation()).toEqual(row.expected);
          expect(asked).toEqual(row.asked);
          expect(scripting.injected).toEqual(row.injected);
          // The side panel opens in the tab's window, or in the last focused one when there is no tab.
          expect(sidePanelOpened).toEqual([row.tab?.windowId ?? LAST_FOCUSED_WINDOW]);
        });
      }
    });
  }

  describe('in a private window', () => {
    const privateTab = (id: number, url: string) => ({ ...tab(id, url), incognito: true });

    for (const [triggerName, trigger] of Object.entries(TRIGGERS)) {
      test(`${triggerName}, private windows off: nothing is injected, asked or stored`, async () => {
        // Tab 11 has no content script yet: an injection would be the first thing to happen to the page.
        contentScripts.set(10, answering(10, SELECTION));
        createNotesFeature(extensionTranslators()).start(running.signal);
        const told = vi.fn();
        subscriptions.push(events.on('notes/pending-annotation', told));
        trigger(privateTab(10, 'https://www.vng.nl/nieuws'));
        trigger(privateTab(11, 'https://example.org/artikel'));
        await settle();
        await settle();
        expect(asked).toEqual([]);
        expect(scripting.injected).toEqual([]);
        expect(await storedPending()).toBeUndefined();
        expect(told).not.toHaveBeenCalled();
        // The panel still opens in the user's gesture; it says the page is private and shows no notes.
        expect(sidePanelOpened).toEqual([3, 3]);
      });

      test(`${triggerName}, private windows allowed: annotated as anywhere else`, async () => {
        await saveSettings({ allowPrivateWindows: true });
        contentScripts.set(10, answering(10, SELECTION));
        createNotesFeature(extensionTranslators()).start(running.signal);
        const told = nextHandOver();
        trigger(privateTab(10, 'https://www.vng.nl/nieuws'));
        const expected = { tabId: 10, at: NOW.getTime(), status: 'selection', selection: SELECTION };
        expect(await told).toEqual(expected);
        expect(await storedPending()).toEqual(expected);
        expect(asked).toEqual(['10:page/selection']);
      });
    }
  });

  test('after the signal aborts, neither the menu item nor the command does anything', async () => {
    contentScripts.set(5, answering(5, SELECTION));
    createNotesFeature(extensionTranslators()).start(running.signal);
    running.abort();
    menus.onClicked.trigger({ menuItemId: ANNOTATE_MENU_ID, editable: false }, tab(5, 'https://www.vng.nl/'));
    menus.onCommand.trigger(ANNOTATE_COMMAND, tab(5, 'https://www.vng.nl/'));
    await settle();
    expect(asked).toEqual([]);
    expect(sidePanelOpened).toEqual([]);
    expect(menus.onClicked.hasListeners()).toBe(false);
  });

  test('another menu item or command does nothing', async () => {
    contentScripts.set(5, answering(5, SELECTION));
    createNotesFeature(extensionTranslators()).start(running.signal);
    menus.onClicked.trigger({ menuItemId: 'something-else', editable: false }, tab(5, 'https://www.vng.nl/'));
    menus.onCommand.trigger('open-side-panel', tab(5, 'https://www.vng.nl/'));
    await settle();
    expect(asked).toEqual([]);
    expect(sidePanelOpened).toEqual([]);
    expect(await storedPending()).toBeUndefined();
  });
});
