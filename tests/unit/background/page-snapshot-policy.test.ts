/**
 * Which page reports the background acts on, driven through the real wiring:
 * `startBackground()` registers the router as the runtime message listener, and
 * each test delivers a `page/snapshot` envelope as the browser would from a
 * content script (a sender with a tab). Private-window pages are read only when
 * the user allowed it; sites on the ignore list never are.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANNEL, type Envelope, type Result } from '../../../lib/shared/messages/define';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';
import { events } from '../../../lib/shared/platform/events';
import { saveSettings } from '../../../lib/shared/platform/settings';
import { startBackground } from '../../../lib/background/background';
import type { Settings } from '../../../lib/core/settings/schema';
import type { TabState } from '../../../lib/core/tab-state';
import { makeIndex } from '../../fixtures/index/make-index';
import { resetSettingsStore } from '../support/settings-store';
import {
  installContentScripts,
  installI18n,
  installMenus,
  installOmnibox,
  installPermissions,
  installScripting,
  installSidePanel,
  packagedFetch,
} from '../support/fake-apis';

const TAB_ID = 7;

function snapshot(url: string): PageSnapshot {
  return {
    url,
    lang: 'nl',
    title: 'Regionale samenwerking 1',
    headings: ['Gemeenschappelijke regeling'],
    text: 'Samenvatting over verlengd lokaal bestuur en de gemeenschappelijke regeling in de regio.',
    truncated: false,
  };
}

function tabAt(url: string, incognito: boolean): Browser.tabs.Tab {
  return {
    id: TAB_ID,
    url,
    incognito,
    windowId: 0,
    index: 0,
    pinned: false,
    highlighted: true,
    active: true,
    frozen: false,
    selected: true,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
  };
}

/** What the browser reports for a message from our content script in the tab's top frame. */
function contentScriptSender(url: string, incognito: boolean): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: tabAt(url, incognito) };
}

/** Delivers one message to the background's runtime listener and resolves with its answer. */
async function deliver(message: Envelope, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> {
  let respond: (answer: Result<unknown>) => void = () => undefined;
  const answered = new Promise<Result<unknown>>((resolve) => (respond = resolve));
  const returned = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
  // `true` from the listener is the promise to answer through sendResponse.
  expect(returned).toEqual([true]);
  return answered;
}

async function storedState(): Promise<TabState | undefined> {
  const key = `tab:${TAB_ID}`;
  return (await fakeBrowser.storage.session.get(key))[key] as TabState | undefined;
}

let announced: TabState[];
let stopListening: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
  installOmnibox();
  installMenus();
  installPermissions();
  installSidePanel();
  installContentScripts(new Map(), { scripting: installScripting(), afterInjection: () => () => ({ ok: true, value: null }) });
  installI18n('nl');
  vi.stubGlobal('fetch', packagedFetch({ '/regiolens-index.json': makeIndex(1, 3) }));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  announced = [];
  stopListening = events.on('tab/state', (state) => announced.push(state));
});

afterEach(() => {
  stopListening();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("'page/snapshot' from a content script", () => {
  const CASES: Array<{
    name: string;
    settings: Partial<Settings>;
    url: string;
    incognito: boolean;
    read: boolean;
  }> = [
    { name: 'a normal window is read', settings: {}, url: 'https://www.vng.nl/nieuws', incognito: false, read: true },
    {
      name: 'a private window is ignored by default',
      settings: {},
      url: 'https://www.vng.nl/nieuws',
      incognito: true,
      read: false,
    },
    {
      name: 'a private window is read when the user allowed it',
      settings: { allowPrivateWindows: true },
      url: 'https://www.vng.nl/nieuws',
      incognito: true,
      read: true,
    },
    {
      name: 'allowing private windows does not change normal windows',
      settings: { allowPrivateWindows: true },
      url: 'https://www.vng.nl/nieuws',
      incognito: false,
      read: true,
    },
    {
      name: 'an ignored site is skipped (subdomains included)',
      settings: { ignoredSites: ['vng.nl'] },
      url: 'https://www.vng.nl/nieuws',
      incognito: false,
      read: false,
    },
    {
      name: 'the ignore list wins over allowed private windows',
      settings: { ignoredSites: ['vng.nl'], allowPrivateWindows: true },
      url: 'https://www.vng.nl/nieuws',
      incognito: true,
      read: false,
    },
    {
      name: 'a site merely ending in an ignored name is still read',
      settings: { ignoredSites: ['vng.nl'] },
      url: 'https://www.notvng.nl/nieuws',
      incognito: false,
      read: true,
    },
    {
      name: 'other sites on the ignore list do not matter',
      settings: { ignoredSites: ['example.org', 'rijksoverheid.nl'] },
      url: 'https://www.vng.nl/nieuws',
      incognito: false,
      read: true,
    },
  ];

  for (const row of CASES) {
    test(row.name, async () => {
      await saveSettings(row.settings);
      startBackground();
      const answer = await deliver(
        { channel: CHANNEL, type: 'page/snapshot', payload: snapshot(row.url) },
        contentScriptSender(row.url, row.incognito),
      );
      expect(answer).toEqual({ ok: true, value: null });
      const state = await storedState();
      if (row.read) {
        expect(state).toMatchObject({ tabId: TAB_ID, status: 'analysed', url: row.url, title: 'Regionale samenwerking 1' });
        // Recognised against the (fake) bundled index: its entries are the suggestions.
        expect(state?.recognition?.verdict).toBe('yes');
        expect(state?.recognition?.suggestions.map((s) => s.id).sort()).toEqual(['entry-1', 'entry-2', 'entry-3']);
        await vi.waitFor(() => expect(announced.map((s) => [s.tabId, s.status])).toEqual([[TAB_ID, 'analysed']]));
        expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('JA');
        expect(await fakeBrowser.action.getTitle({ tabId: TAB_ID })).toBe(
          'Regiolens heeft deze pagina gelezen: Over regionale samenwerking (sterke aanwijzingen)',
        );
      } else {
        // Not read: no verdict kept or announced (an ignored site is marked so, and says why).
        expect(state?.recognition).toBeUndefined();
        expect(announced.filter((s) => s.status === 'analysed')).toEqual([]);
        expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('');
      }
    });
  }

  const SENDERS: Array<{ name: string; sender: Browser.runtime.MessageSender }> = [
    {
      name: 'an extension page',
      sender: { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' },
    },
    {
      name: 'another extension',
      sender: { id: 'someone-else', url: 'https://www.vng.nl/', frameId: 0, tab: tabAt('https://www.vng.nl/', false) },
    },
  ];
  for (const { name, sender } of SENDERS) {
    test(`is refused from ${name}`, async () => {
      startBackground();
      const answer = await deliver({ channel: CHANNEL, type: 'page/snapshot', payload: snapshot('https://www.vng.nl/') }, sender);
      expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: '"page/snapshot" may not be sent from here' } });
      expect(await storedState()).toBeUndefined();
    });
  }
});

describe("an administrator's recognition scope (managed recognitionScope)", () => {
  const VIEW: Browser.runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
  const report = (url: string) =>
    deliver({ channel: CHANNEL, type: 'page/snapshot', payload: snapshot(url) }, contentScriptSender(url, false));

  test.each([
    { scope: 'policy-sites', url: 'https://www.vng.nl/nieuws', read: true },
    { scope: 'policy-sites', url: 'https://www.gemeente-voorbeeld.nl/nieuws', read: false },
    { scope: 'on-request', url: 'https://www.vng.nl/nieuws', read: false },
    { scope: 'policy-and-user-sites', url: 'https://www.gemeente-voorbeeld.nl/nieuws', read: true },
  ])('$scope: a page on $url read by itself → read: $read', async ({ scope, url, read }) => {
    await fakeBrowser.storage.managed.set({ recognitionScope: scope });
    startBackground();
    expect(await report(url)).toEqual({ ok: true, value: null });
    // Outside the scope the page is "not read" (the badge offers to read it), never "not regional".
    expect(await storedState()).toMatchObject(read ? { status: 'analysed', url } : { tabId: TAB_ID, status: 'not-allowed', url });
  });

  test('on-request: a page the user asks for is read, until the tab loads another page', async () => {
    await fakeBrowser.storage.managed.set({ recognitionScope: 'on-request' });
    startBackground();
    const url = 'https://www.vng.nl/nieuws';
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => tabAt(url, false)) as never);
    await deliver({ channel: CHANNEL, type: 'tab/analyse', payload: { tabId: TAB_ID } }, VIEW);
    await report(url);
    expect((await storedState())?.status).toBe('analysed');
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'loading', url }, tabAt(url, false));
    await vi.waitFor(async () => expect((await storedState())?.status).toBe('unknown'));
    await report(url);
    expect((await storedState())?.status).toBe('not-allowed');
  });
});

describe("'tab/state' and navigation", () => {
  const PAGE_SENDER: Browser.runtime.MessageSender = {
    id: 'test-extension-id',
    url: 'chrome-extension://test-extension-id/sidepanel.html',
  };

  async function stateOf(): Promise<TabState> {
    const answer = await deliver({ channel: CHANNEL, type: 'tab/state', payload: { tabId: TAB_ID } }, PAGE_SENDER);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as TabState;
  }

  test.each([
    {
      name: 'a private tab without the opt-in is "private", with no address',
      allow: false,
      expected: { tabId: TAB_ID, status: 'private' },
    },
    {
      name: 'a private tab with the opt-in is answered as any other',
      allow: true,
      expected: { tabId: TAB_ID, status: 'unknown' },
    },
  ])('$name', async ({ allow, expected }) => {
    await saveSettings({ allowPrivateWindows: allow });
    startBackground();
    // The fake keeps no private windows; the tab the background looks up is one (cast: tabs.get's callback overload).
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => tabAt('https://www.vng.nl/nieuws', true)) as never);
    expect(await stateOf()).toEqual(expected);
  });

  test('a new load forgets the verdict even when the browser hides the new address', async () => {
    startBackground();
    const url = 'https://www.vng.nl/nieuws';
    await deliver({ channel: CHANNEL, type: 'page/snapshot', payload: snapshot(url) }, contentScriptSender(url, false));
    expect((await storedState())?.status).toBe('analysed');
    // Moving to a site we hold no access to: Chrome sends status 'loading' without the url.
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'loading' }, tabAt('', false));
    // Such a page is "not read", never "not regional": the button says so.
    await vi.waitFor(async () => expect(await storedState()).toEqual({ tabId: TAB_ID, status: 'not-allowed' }));
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getTitle({ tabId: TAB_ID })).toMatch(/^Regiolens heeft deze pagina niet gelezen/),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('');
  });

  test('a reload names no new address in the change: the tab keeps its address and is read again', async () => {
    startBackground();
    const url = 'https://www.vng.nl/nieuws';
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'loading' }, tabAt(url, false));
    await vi.waitFor(async () => expect(await storedState()).toEqual({ tabId: TAB_ID, status: 'unknown', url }));
  });

  test('a private tab is reset without keeping its address', async () => {
    await saveSettings({ allowPrivateWindows: true });
    startBackground();
    await fakeBrowser.tabs.onUpdated.trigger(
      TAB_ID,
      { status: 'loading', url: 'https://www.vng.nl/geheim' },
      tabAt('https://www.vng.nl/geheim', true),
    );
    await vi.waitFor(async () => expect(await storedState()).toEqual({ tabId: TAB_ID, status: 'unknown' }));
  });
});

describe("the reported page's address comes from the browser, not from the page", () => {
  async function report(payload: PageSnapshot, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> {
    startBackground();
    return deliver({ channel: CHANNEL, type: 'page/snapshot', payload }, sender);
  }

  test("a forged snapshot address: the tab's state carries the sender's address", async () => {
    // A compromised content script on www.vng.nl claims a page on another policy site.
    const answer = await report(
      snapshot('https://www.rijksoverheid.nl/geheim'),
      contentScriptSender('https://www.vng.nl/nieuws', false),
    );
    expect(answer).toEqual({ ok: true, value: null });
    expect(await storedState()).toMatchObject({ tabId: TAB_ID, status: 'analysed', url: 'https://www.vng.nl/nieuws' });
  });

  test.each([
    { name: 'another site is ignored', canonical: 'https://www.rijksoverheid.nl/geheim', url: 'https://www.vng.nl/nieuws' },
    { name: 'the same site is honoured', canonical: 'https://vng.nl/nieuws/artikel', url: 'https://vng.nl/nieuws/artikel' },
  ])('a canonical link on $name, judged against the sender', async ({ canonical, url }) => {
    // The forged snapshot address is on the canonical's site, so only the sender's address can refuse it.
    const page = { ...snapshot('https://www.rijksoverheid.nl/x'), canonical };
    await report(page, contentScriptSender('https://www.vng.nl/nieuws', false));
    expect((await storedState())?.url).toBe(url);
  });

  test("the ignore list is checked against the sender's site", async () => {
    await saveSettings({ ignoredSites: ['vng.nl'] });
    await report(snapshot('https://www.rijksoverheid.nl/nieuws'), contentScriptSender('https://www.vng.nl/nieuws', false));
    expect((await storedState())?.status).toBe('ignored');
  });

  test('a page on an ignored site is "ignored", and the button names the list that keeps it out', async () => {
    await saveSettings({ ignoredSites: ['vng.nl'] });
    await report(snapshot('https://www.vng.nl/nieuws'), contentScriptSender('https://www.vng.nl/nieuws', false));
    expect(await storedState()).toMatchObject({ tabId: TAB_ID, status: 'ignored' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB_ID })).toBe(
      'Regiolens leest deze pagina niet: de site staat in je lijst ‘Websites overslaan’ (instellingen).',
    );
  });

  test('a report from a frame inside the page is refused', async () => {
    const sender = { ...contentScriptSender('https://www.vng.nl/nieuws', false), frameId: 4, url: 'https://www.vng.nl/embed' };
    const answer = await report(snapshot('https://www.vng.nl/embed'), sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await storedState()).toBeUndefined();
  });

  test("without the frame's address the tab's address is used", async () => {
    const { url: _none, ...sender } = contentScriptSender('https://www.vng.nl/nieuws', false);
    await report(snapshot('https://www.rijksoverheid.nl/geheim'), sender);
    expect((await storedState())?.url).toBe('https://www.vng.nl/nieuws');
  });
});
