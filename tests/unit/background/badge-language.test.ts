/**
 * The toolbar button follows a language switch (issue 12, minor): a tab read in Dutch says its verdict in
 * English once English is chosen in options, without loading the page again. Through the real background.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANNEL, type Result } from '../../../lib/shared/messages/define';
import { startBackground } from '../../../lib/background/background';
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

const URL_READ = 'https://www.vng.nl/nieuws/regio';

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

async function report(tabId: number): Promise<Result<unknown>> {
  const sender: Browser.runtime.MessageSender = {
    id: fakeBrowser.runtime.id,
    url: URL_READ,
    frameId: 0,
    tab: { id: tabId, url: URL_READ, incognito: false, windowId: 0 } as Browser.tabs.Tab,
  };
  const payload = {
    url: URL_READ,
    title: 'Regionale samenwerking',
    headings: ['Gemeenschappelijke regeling'],
    text: 'De gemeenten werken samen in een gemeenschappelijke regeling; verlengd lokaal bestuur en regionale samenwerking.',
    truncated: false,
  };
  let respond: (answer: Result<unknown>) => void = () => undefined;
  const answered = new Promise<Result<unknown>>((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger({ channel: CHANNEL, type: 'page/snapshot', payload }, sender, respond);
  return answered;
}

test('after a switch to English, an open tab read in Dutch says its verdict in English', async () => {
  const tab = await fakeBrowser.tabs.create({ url: URL_READ });
  const tabId = tab.id ?? -1;
  startBackground();
  expect(await report(tabId)).toMatchObject({ ok: true });
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('JA'));
  expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Regiolens heeft deze pagina gelezen: /);

  await saveSettings({ language: 'en' });
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('YES'));
  expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Regiolens read this page: About regional cooperation \(/);
});
