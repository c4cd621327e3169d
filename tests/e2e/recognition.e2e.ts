/** Verdict, reasons and badge on real pages in the loaded extension. */
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { PopupView, SidePanelView, badgeOf, openTestPage } from './support/pages';

const CASES = [
  {
    name: 'a page on regional cooperation',
    url: 'http://www.vng.nl/regional.html',
    badge: 'JA',
    verdict: 'yes',
    label: 'Over regionale samenwerking',
    reason: /gemeenschappelijke regeling \(\d+×\)/,
  },
  {
    name: 'a job ad on a policy site',
    url: 'http://www.rijksoverheid.nl/vacature.html',
    badge: '–',
    verdict: 'no',
    label: 'Niet over regionale samenwerking',
    reason: null,
  },
] as const;

for (const { name, url, badge, verdict, label, reason } of CASES) {
  test(`${name}: badge, verdict and reasons`, async ({ context, worker, extensionId, consoleErrors }) => {
    const { tabId } = await openTestPage(context, url);
    await expect.poll(async () => (await badgeOf(worker, tabId)).title, { timeout: 10_000 }).toContain(label);
    expect((await badgeOf(worker, tabId)).text).toBe(badge);

    const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
    await expect(panel.verdict()).toHaveAttribute('data-verdict', verdict);
    await expect(panel.verdict()).toContainText(label);
    if (reason) await expect(panel.page.getByRole('listitem').filter({ hasText: reason }).first()).toBeVisible();
    await expectAccessibleLightAndDark(panel.page, `side panel (${name})`, { narrow: true });
    expect(consoleErrors).toEqual([]);
  });
}

test('reasons quote the page, and a reason in the side panel leads to its words on the page', async ({
  context,
  worker,
  extensionId,
  consoleErrors,
}) => {
  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 10_000 }).toBe('JA');
  const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
  const reason = panel.page.locator('.verdict__reason').first();
  await expect(reason).toBeVisible();
  // The reason's words (before any count) stand on the page as written.
  const words = ((await reason.textContent()) ?? '').replace(/ \(\d+×\)$/, '');
  const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
  expect(pageText.toLowerCase()).toContain(words.split(' … ')[0]?.toLowerCase());
  await reason.click();
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' ') ?? ''))
    .toBe(words.split(' … ')[0]);
  expect(consoleErrors).toEqual([]);
});

test('the verdict follows in-page navigation of a single-page site', async ({ context, worker }) => {
  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 10_000 }).toBe('JA');
  await page.evaluate(() => {
    document.title = 'Weerbericht';
    document.querySelectorAll('meta[name], link[rel=canonical]').forEach((element) => element.remove());
    document.body.replaceChildren(
      Object.assign(document.createElement('main'), { textContent: 'Zonnig weer in de regio, 22 graden, kans op een bui.' }),
    );
    history.pushState({}, '', '/weer');
  });
  await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 10_000 }).toBe('–');
});

test('the page hears nothing of the content script and cannot switch it off', async ({ context, worker, extensionId }) => {
  // In the page's own world, before any script: every window message, and the events WXT's context would fire.
  await context.addInitScript((id: string) => {
    const heard: string[] = [];
    Object.assign(window, { regiolensHeard: heard });
    addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`), true);
    for (const name of ['content-script-started', 'locationchange']) {
      const type = `${id}:content:wxt:${name}`;
      addEventListener(type, () => heard.push(`event ${type}`), true);
    }
  }, extensionId);
  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 10_000 }).toBe('JA');
  const heard = () => page.evaluate(() => (window as unknown as { regiolensHeard: string[] }).regiolensHeard);
  expect((await heard()).filter((line) => line.includes(extensionId))).toEqual([]);

  // The page knows the id (a store's ids are public) and sends the context's own stop event.
  await page.evaluate((id: string) => {
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
    window.postMessage({ type: `${id}:content:wxt:content-script-started`, ...detail }, '*');
  }, extensionId);
  // The page hears its own event and message; from here on it must hear nothing more.
  await expect.poll(async () => (await heard()).length).toBe(2);
  // Still following the page: a burst of in-page navigation ends on a page about the weather.
  await page.evaluate(() => {
    document.title = 'Weerbericht';
    document.querySelectorAll('meta[name], link[rel=canonical]').forEach((element) => element.remove());
    document.body.replaceChildren(
      Object.assign(document.createElement('main'), { textContent: 'Zonnig weer in de regio, 22 graden, kans op een bui.' }),
    );
    for (let i = 1; i <= 300; i++) history.pushState({}, '', `/weer?uur=${i}`);
  });
  await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 10_000 }).toBe('–');
  expect(await heard()).toHaveLength(2);
});

test('a page off the policy-site list says "not read" on the button and in the views, and offers to read it', async ({
  context,
  worker,
  extensionId,
  server,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, `${server.origin}/unrelated.html`);
  await expect.poll(async () => (await badgeOf(worker, tabId)).title, { timeout: 10_000 }).toContain('niet gelezen');
  expect((await badgeOf(worker, tabId)).text).toBe('');
  for (const View of [SidePanelView, PopupView]) {
    const view = await new View(await context.newPage(), extensionId).open(tabId);
    await expect(view.page.locator('[data-verdict="not-read"]')).toContainText('Niet gelezen');
    await expect(view.page.getByRole('button', { name: 'Lees deze pagina' })).toBeVisible();
    await expectAccessibleLightAndDark(view.page, 'not read', { narrow: true });
  }
  expect(consoleErrors).toEqual([]);
});
