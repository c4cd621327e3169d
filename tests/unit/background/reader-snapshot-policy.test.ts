/**
 * The PDF reader's report (`reader/snapshot`) through the real background
 * wiring: the reader is our own extension page in a tab, so its report is
 * recognised for that tab (badge, stored state), but only for the document its
 * own address names; a content script cannot send it, and a document without
 * text gets "no text", never a verdict.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANNEL, type Result } from '../../../lib/shared/messages/define';
import { readerPath } from '../../../lib/core/pdf/reader-address';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';
import { startBackground } from '../../../lib/background/background';
import type { TabState } from '../../../lib/core/tab-state';
import { saveSettings } from '../../../lib/shared/platform/settings';
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

const TAB_ID = 9;
const DOC = 'https://www.vng.nl/docs/agenda.pdf';
const READER = `chrome-extension://${fakeBrowser.runtime.id}${readerPath(DOC)}`;

const page = (url = DOC): PageSnapshot => ({
  url,
  title: 'Investeringsagenda',
  headings: ['Gemeenschappelijke regeling'],
  text: 'Samenvatting over verlengd lokaal bestuur en de gemeenschappelijke regeling in de regio.',
  truncated: false,
});

function sender(url: string): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId: 0,
    tab: { id: TAB_ID, url, incognito: false, windowId: 0 } as Browser.tabs.Tab,
  };
}

async function deliver(payload: unknown, from: Browser.runtime.MessageSender): Promise<Result<unknown>> {
  let respond: (answer: Result<unknown>) => void = () => undefined;
  const answered = new Promise<Result<unknown>>((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger({ channel: CHANNEL, type: 'reader/snapshot', payload }, from, respond);
  return answered;
}

const stored = async () => (await fakeBrowser.storage.session.get(`tab:${TAB_ID}`))[`tab:${TAB_ID}`] as TabState | undefined;

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
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("'reader/snapshot' from the PDF reader", () => {
  test("is recognised for the reader's tab, under the document's address", async () => {
    startBackground();
    const answer = await deliver({ page: page(), empty: false }, sender(READER));
    expect(answer).toMatchObject({ ok: true, value: { tabId: TAB_ID, status: 'analysed', url: DOC } });
    expect((await stored())?.recognition?.verdict).toBe('yes');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('JA');
  });

  test('a document without text is "no text", with no verdict and no badge word', async () => {
    startBackground();
    await deliver({ page: { ...page(), text: '' }, empty: true }, sender(READER));
    expect(await stored()).toMatchObject({ status: 'no-text', url: DOC, title: 'Investeringsagenda' });
    expect((await stored())?.recognition).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB_ID })).toMatch(/geen tekst om te lezen/);
  });

  test('is refused for another document than the reader shows', async () => {
    startBackground();
    const answer = await deliver({ page: page('https://www.vng.nl/other.pdf'), empty: false }, sender(READER));
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stored()).toBeUndefined();
  });

  test('is refused from another extension page and from a content script', async () => {
    startBackground();
    const fromPopup = await deliver(
      { page: page(), empty: false },
      sender(`chrome-extension://${fakeBrowser.runtime.id}/popup.html?url=${DOC}`),
    );
    expect(fromPopup).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromPage = await deliver({ page: page(), empty: false }, sender(DOC));
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stored()).toBeUndefined();
  });

  test('a document on an ignored site is not recognised', async () => {
    await saveSettings({ ignoredSites: ['vng.nl'] });
    startBackground();
    await deliver({ page: page(), empty: false }, sender(READER));
    expect((await stored())?.status).not.toBe('analysed');
  });
});
