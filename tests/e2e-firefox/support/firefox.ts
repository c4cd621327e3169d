/**
 * Firefox with the built extension (.output/firefox-mv3), driven over WebDriver
 * BiDi by puppeteer-core: Firefox's own remote protocol, so the installed
 * Debian firefox-esr is used as it is and nothing is downloaded.
 *
 * - The add-on is installed as a temporary add-on with BiDi's
 *   `webExtension.install` (puppeteer's `Browser.installExtension`), as
 *   about:debugging would.
 * - Its internal UUID (the host of its moz-extension:// pages) is chosen here
 *   through the `extensions.webextensions.uuids` preference, so the tests can
 *   open the popup, side panel and options pages by address.
 * - Policy-site host names (www.vng.nl, ...) go to the local test server
 *   through a proxy auto-configuration that names only those hosts: the page's
 *   address stays http://www.vng.nl/..., so the manifest's own host permissions
 *   and content-script matches decide, as in Chromium's host-resolver mapping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../../scripts/lib/firefox';
import { isBuildCurrent } from '../../../scripts/lib/launch-extension';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'regiolens@regiolens.nl';
/** The moz-extension:// host the tests give the add-on (any fixed UUID will do). */
export const EXTENSION_UUID = '7d3f0a52-1c5e-4b8e-9a61-2f4c8e0b9d17';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Host names sent to the test server: on the policy-site list, and one that is not. */
export const MAPPED_HOSTS = ['www.vng.nl', 'nieuws.example.org'];

/** Makes sure the Firefox release build exists and is newer than every source; builds it when not. */
export function ensureFirefoxBuild(): void {
  if (isBuildCurrent(FIREFOX_EXTENSION_DIR)) return;
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REGIOLENS_TEST_KEYS: '' },
  });
  if (result.status !== 0) throw new Error('The Firefox build (npx wxt build -b firefox --mv3) failed.');
}

/** A proxy auto-configuration that sends only the mapped hosts to the test server. */
function proxyConfig(serverPort: number, hosts: string[]): string {
  const script = `function FindProxyForURL(url, host) { return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${serverPort}" : "DIRECT"; }`;
  return `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(script)}`;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The id Firefox reports for the installed add-on (the manifest's gecko id). */
  addonId: string;
}

export async function launchFirefoxWithExtension(serverPort: number): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox --mv3" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // The test server's HTTPS (extension pages' requests are upgraded to https://) uses a throwaway
    // certificate (support/tunnel-certificate.ts).
    acceptInsecureCerts: true,
    // A slow or busy machine (taskset -c 0) can take long to start Firefox; the tests judge by what it shows.
    timeout: 120_000,
    protocolTimeout: 120_000,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': proxyConfig(serverPort, MAPPED_HOSTS),
      // Nothing of Firefox's own goes out into the closed network.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    await welcomePage(browser);
    return { browser, addonId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Regiolens opens its welcome page once when installed (lib/background/welcome-feature.ts); the tests
 * wait for it, which proves it opens in Firefox too. The page stays open in the background as the
 * launcher of the extension's other pages (see openExtensionPage).
 * The page's own location says where it is (page.url() stays about:blank for extension pages, see below).
 */
async function welcomePage(browser: Browser): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/welcome.html`;
  const page = await pageAt(browser, (href) => href === url, 60_000);
  if (!page) throw new Error(`Regiolens did not open ${url} when installed`);
  return page;
}

/** The first open page whose own location passes `wanted`, polled until `waitMs` has passed. */
async function pageAt(
  browser: Browser,
  wanted: (href: string) => boolean,
  waitMs: number,
  skip = new Set<Page>(),
): Promise<Page | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if (skip.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (wanted(href)) return page;
    }
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How long an extension page may take to draw on a slow, busy machine. */
const OPEN_PAGE_MS = 90_000;

/**
 * Opens one of the extension's own pages (popup.html, sidepanel.html, ...) in a new tab and waits
 * until it has drawn. Firefox 153 refuses a WebDriver navigation to a moz-extension:// address ("not
 * allowed in this context"; 140 allowed it), so the tab is opened as the extension itself opens one:
 * `tabs.create` from one of its own pages, the welcome page kept open for that. Firefox does not
 * report such a page's load over BiDi (page.url() stays about:blank), so the page's own location and
 * content say when it is there. Wait for content in these pages with `until`
 * (support/extension-api.ts), not waitForSelector or waitForFunction, which the page's content
 * security policy refuses.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const launcher = await pageAt(browser, (href) => href.startsWith(`${EXTENSION_ORIGIN}/welcome.html`), 10_000);
  if (!launcher) throw new Error("The welcome page, which opens the extension's pages in these tests, was closed");
  const before = new Set(await browser.pages());
  await launcher.evaluate(async (address: string) => {
    // Runs in the welcome page, where `browser` is the WebExtension API, not puppeteer's Browser.
    const api = (globalThis as unknown as { browser: { tabs: { create(options: { url: string }): Promise<unknown> } } }).browser;
    await api.tabs.create({ url: address });
  }, url);
  // Polled from here: puppeteer's waitForFunction builds its predicate with Function(), which an
  // extension page's content security policy refuses.
  const page = await pageAt(browser, (href) => href === url, OPEN_PAGE_MS, before);
  if (!page) throw new Error(`${url} did not open within ${OPEN_PAGE_MS / 1000} s`);
  const deadline = Date.now() + OPEN_PAGE_MS;
  const drawn = () => page.evaluate(() => document.querySelector('#app > *') !== null).catch(() => false);
  while (!(await drawn())) {
    if (Date.now() > deadline) throw new Error(`${url} opened but did not draw within ${OPEN_PAGE_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return page;
}
