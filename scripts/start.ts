/**
 * `npm start`: builds the extension (with the test keys, into .output/test-keys/;
 * see scripts/lib/launch-extension.ts) and opens Chromium with it loaded on a
 * demo page about regional cooperation (served from this machine; the policy-site
 * host name demo.vng.nl is mapped to it for this browser only). Without a
 * display it runs headless instead: it prints what Regiolens shows for the
 * demo page and writes the README's screenshots (scripts/lib/readme-screenshots.ts:
 * the demo page's popup and side panel, a page not read, notes, the welcome
 * page) and the store screenshots in 1280×800 (scripts/lib/store-screenshots.ts)
 * to ./screenshots, or `--screenshots=DIR`; `--headless` forces this mode.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import type { IndexEntry } from '../lib/core/index/schema';
import type { TabState } from '../lib/core/tab-state';
import { formatReason } from '../lib/core/recognise/reasons';
import { evidenceStrength, strengthLabelKey } from '../lib/core/recognise/strength';
import { createTranslator } from '../lib/core/i18n/translator';
import { themeLabelKey } from '../lib/core/themes';
import { loadCatalog } from './lib/locales';
import { CHROMIUM_HELP, findChromium } from './lib/chromium';
import { buildWithTestKeys, extensionIdOf, launchWithExtension, saveSettingsIn, serviceWorkerOf } from './lib/launch-extension';
import { startServer } from './lib/static-server';
import { STORE_SIZE, writeStoreScreenshots } from './lib/store-screenshots';
import { writeReadmeScreenshots } from './lib/readme-screenshots';

const DEMO_HOST = 'demo.vng.nl';
const DEMO_URL = `http://${DEMO_HOST}/regionale-samenwerking.html`;
/** The same page on a site off the policy-site list: Regiolens does not read it by itself. */
const NOT_LISTED_HOST = 'nieuws.voorbeeld.example';
const NOT_LISTED_URL = `http://${NOT_LISTED_HOST}/regionale-samenwerking.html`;
const screenshotArgument = process.argv.find((argument) => argument.startsWith('--screenshots='));
const SCREENSHOTS = screenshotArgument ? screenshotArgument.slice('--screenshots='.length) : join(process.cwd(), 'screenshots');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

if (!findChromium()) {
  console.error(CHROMIUM_HELP);
  process.exit(2);
}

// With the test keys (.output/test-keys/): the demo may sign updates with the demo key, which a release build never trusts.
console.log('Building the extension with the test keys (REGIOLENS_TEST_KEYS=1 wxt build)…');
if (!buildWithTestKeys('errors-only')) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}

const server = await startServer(new URL('./demo/', import.meta.url).pathname);
const context = await launchWithExtension(server.port, {
  headless: !headed,
  hosts: [DEMO_HOST, NOT_LISTED_HOST],
  // The screenshots show a note's date and time: the same wherever they are made.
  ...(headed ? {} : { timezoneId: 'Europe/Amsterdam' }),
});
const worker = await serviceWorkerOf(context);
const extensionId = extensionIdOf(worker);
await saveSettingsIn(worker, { language: 'nl' });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);

if (headed) {
  console.log(`Chromium is open on ${DEMO_URL} (served from ${server.origin}) with Regiolens loaded.`);
  console.log('Click the Regiolens button in the toolbar (or press Alt+Shift+L). Close the browser to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  await showHeadless(context, worker, extensionId);
  await context.close();
}
await server.close();

async function waitForState(worker: Worker, tabId: number): Promise<TabState> {
  // A minute: a busy or slow machine can take that long to start the extension and read the page.
  for (let attempt = 0; attempt < 600; attempt++) {
    const state = await worker.evaluate(
      async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
      tabId,
    );
    if ((state as TabState | undefined)?.status === 'analysed') return state as TabState;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Regiolens did not report on the demo page within a minute.');
}

async function showHeadless(context: BrowserContext, worker: Worker, extensionId: string): Promise<void> {
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? -1);
  const state = await waitForState(worker, tabId);
  const recognition = state.recognition;
  const entries = await worker.evaluate(
    async (url: string) => ((await (await fetch(url)).json()) as { entries: unknown[] }).entries,
    `chrome-extension://${extensionId}/regiolens-index.json`,
  );
  const titles = new Map((entries as IndexEntry[]).map((entry) => [entry.id, entry.title]));

  console.log(`\nNo display found, so Chromium ran headless. What Regiolens shows for ${DEMO_URL}:\n`);
  if (recognition) {
    // In the words the side panel shows (Dutch, as the demo runs), not the verdict and theme ids.
    const t = createTranslator(loadCatalog('nl'));
    console.log(
      `  Oordeel:     ${t(`verdict_${recognition.verdict}`)} (${t(strengthLabelKey(evidenceStrength(recognition.score)))})`,
    );
    console.log(
      `  Thema's:     ${recognition.themes
        .filter((theme) => theme.score > 0)
        .slice(0, 3)
        .map((theme) => t(themeLabelKey(theme.id)))
        .join(', ')}`,
    );
    console.log(`  Waarom:      ${recognition.why.slice(0, 6).map(formatReason).join('; ')}`);
    console.log('  Suggesties:');
    for (const suggestion of recognition.suggestions.slice(0, 5)) {
      console.log(`    - ${titles.get(suggestion.id) ?? suggestion.id}  [${suggestion.shared.slice(0, 4).join(', ')}]`);
    }
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const notListed = await context.newPage();
  await notListed.goto(NOT_LISTED_URL);
  await notListed.locator('h1').first().waitFor();
  const notReadTabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? -1);
  const readme = await writeReadmeScreenshots({ context, extensionId, demoTabId: tabId, notReadTabId, folder: SCREENSHOTS });
  console.log(`\nScreenshots for the README: ${readme.join(', ')}`);
  const store = await writeStoreScreenshots({ context, extensionId, tabId, demoUrl: DEMO_URL, folder: SCREENSHOTS });
  console.log(`Store screenshots (${STORE_SIZE.width}×${STORE_SIZE.height}): ${store.join(', ')}`);
}
