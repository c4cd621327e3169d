/**
 * First run (issue 12, item 8) through the real background wiring: a fresh install opens the welcome
 * page once, an update or a browser update opens nothing; and the bundled demo page's report
 * (`demo/snapshot`), read from the shipped demo.html with the content script's own extraction, is
 * recognised as regional for its tab, from that page only.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANNEL, type Result } from '../../../lib/shared/messages/define';
import { startBackground } from '../../../lib/background/background';
import { extractPage } from '../../../lib/page/extract-page';
import type { TabState } from '../../../lib/core/tab-state';
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

const TAB_ID = 4;
const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;
const BUNDLED_INDEX = JSON.parse(
  readFileSync(new URL('../../../public/regiolens-index.json', import.meta.url), 'utf8'),
) as unknown;

/** The demo page as it ships, read as the demo page reads itself. */
function demoReport() {
  const html = readFileSync(new URL('../../../entrypoints/demo/index.html', import.meta.url), 'utf8');
  const { document } = parseHTML(html);
  return extractPage(document as unknown as Document, { href: `${ORIGIN}/demo.html` });
}

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
  await fakeBrowser.runtime.onMessage.trigger({ channel: CHANNEL, type: 'demo/snapshot', payload }, from, respond);
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
  vi.stubGlobal('fetch', packagedFetch({ '/regiolens-index.json': BUNDLED_INDEX }));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the welcome page', () => {
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === `${ORIGIN}/welcome.html`);

  test('opens once on a fresh install', async () => {
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
  });

  test.each(['update', 'chrome_update', 'shared_module_update'] as const)('does not open on %s', async (reason) => {
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.9' });
    // A fresh install afterwards proves the listener ran for the update and chose to open nothing then.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
  });
});

describe("'demo/snapshot' from the bundled demo page", () => {
  test('the shipped demo article is recognised as regional for its tab, under its own address', async () => {
    startBackground();
    const answer = await deliver(demoReport(), sender(`${ORIGIN}/demo.html`));
    expect(answer).toMatchObject({ ok: true, value: { tabId: TAB_ID, status: 'analysed', url: `${ORIGIN}/demo.html` } });
    expect((await stored())?.recognition?.verdict).toBe('yes');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('JA');
  });

  test('is refused from another extension page and from a web page', async () => {
    startBackground();
    expect(await deliver(demoReport(), sender(`${ORIGIN}/popup.html`))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await deliver(demoReport(), sender('https://www.vng.nl/demo.html'))).toMatchObject({ ok: false });
    expect(await stored()).toBeUndefined();
  });
});
