/**
 * Store screenshots in the size the Chrome Web Store asks for (1280×800; addons.mozilla.org takes
 * the same), made by `npm start -- --headless` from the real views on the demo page. Headless
 * Chromium draws no toolbar popup or side panel of its own, so each view is shot as a page in the
 * size the browser gives it (popup 420 px wide, side panel 400 px) and set beside or over the demo
 * page as the browser shows it; the composition is drawn by Chromium too, so nothing but the
 * browser is needed.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
const PANEL_WIDTH = 400;
const POPUP = { width: 420, height: 600 } as const;

interface ShotContext {
  context: BrowserContext;
  extensionId: string;
  tabId: number;
  demoUrl: string;
  folder: string;
}

async function shootPage(
  context: BrowserContext,
  url: string,
  size: { width: number; height: number },
  ready: (page: Page) => Promise<void>,
): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  await ready(page);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** Draws the layers (each at its place) into one 1280×800 PNG. */
async function compose(
  context: BrowserContext,
  layers: Array<{ png: Buffer; left: number; top: number; shadow?: boolean; edge?: boolean }>,
  file: string,
): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const images = layers
    .map(
      (layer) =>
        `<img src="${dataUrl(layer.png)}" style="position:absolute;left:${layer.left}px;top:${layer.top}px;${layer.shadow ? 'box-shadow:0 6px 24px rgba(0,0,0,.35);border-radius:8px;' : ''}${layer.edge ? 'box-sizing:border-box;border-left:1px solid #b8b8b8;' : ''}">`,
    )
    .join('');
  await page.setContent(
    `<!doctype html><body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;position:relative">${images}</body>`,
  );
  await page.screenshot({ path: file });
  await page.close();
}

const viewReady = (page: Page) => page.locator('[data-verdict]').first().waitFor({ timeout: 15_000 });

/** Writes the store screenshots to `folder` and returns their paths. */
export async function writeStoreScreenshots({ context, extensionId, tabId, demoUrl, folder }: ShotContext): Promise<string[]> {
  const view = (file: string) => `chrome-extension://${extensionId}/${file}?tabId=${tabId}`;
  const demoReady = (page: Page) => page.locator('h1').first().waitFor();
  const files = ['store-1-sidepanel.png', 'store-2-popup.png', 'store-3-search.png', 'store-4-options.png'].map((name) =>
    join(folder, name),
  );
  const [sidepanelFile, popupFile, searchFile, optionsFile] = files as [string, string, string, string];

  // The demo page with the side panel beside it, as Chrome shows the panel.
  const narrowDemo = await shootPage(
    context,
    demoUrl,
    { width: STORE_SIZE.width - PANEL_WIDTH, height: STORE_SIZE.height },
    demoReady,
  );
  const panel = await shootPage(context, view('sidepanel.html'), { width: PANEL_WIDTH, height: STORE_SIZE.height }, viewReady);
  await compose(
    context,
    [
      { png: narrowDemo, left: 0, top: 0 },
      { png: panel, left: STORE_SIZE.width - PANEL_WIDTH, top: 0, edge: true },
    ],
    sidepanelFile,
  );

  // The popup over the demo page, hanging from the toolbar at the top right.
  const demo = await shootPage(context, demoUrl, STORE_SIZE, demoReady);
  const popup = await shootPage(context, view('popup.html'), POPUP, viewReady);
  const popupPlace = { left: STORE_SIZE.width - POPUP.width - 16, top: 8, shadow: true };
  await compose(
    context,
    [
      { png: demo, left: 0, top: 0 },
      { png: popup, ...popupPlace },
    ],
    popupFile,
  );

  // The popup's search with results for a query with a typo.
  const search = await shootPage(context, view('popup.html'), POPUP, async (page) => {
    await page.locator('#popup-search-input').pressSequentially('democratie regoi');
    await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 15_000 });
  });
  await compose(
    context,
    [
      { png: demo, left: 0, top: 0 },
      { png: search, ...popupPlace },
    ],
    searchFile,
  );

  // The options page, full size.
  const options = await shootPage(context, `chrome-extension://${extensionId}/options.html`, STORE_SIZE, (page) =>
    page.locator('#app > *').first().waitFor(),
  );
  await compose(context, [{ png: options, left: 0, top: 0 }], optionsFile);
  return files;
}
