/**
 * Getting a PDF into the reader, in the loaded extension (issue 13, item 2): a PDF the browser shows in
 * its own viewer is never judged (not read, "Open in Regiolens" in the popup opens the reader in that
 * tab), at a `.pdf` address or at one that does not say so; the setting opens PDFs on the policy sites
 * in the reader directly, and Back from there stays in the browser's viewer; a local file, where the
 * browser's file access is on (as in this test browser), asks for Regiolens's permission for local files.
 *
 * Not drivable here: the context menu (the browser's own menu; tests/unit/background/pdf-feature.test.ts
 * covers the item, its patterns and its click), the browser's permission prompt (so the local file is not
 * opened here; tests/browser/views/reader/reader-app.test.tsx covers the click and the fetch after it),
 * and a browser with file access off (the same test covers the reader's explanation).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { regionalPdf } from '../fixtures/pdf/make-pdf';
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { PopupView, badgeOf, openTestPage } from './support/pages';
import { saveSettingsIn } from './support/extension';
import type { TestServer } from './support/server';

const DOC = 'http://www.vng.nl/docs/investeringsagenda.pdf';
/** The same document at an address that does not end in .pdf (a download script, a document system). */
const UNNAMED = 'http://www.vng.nl/documenten/download/4711';

async function servePdfs(server: TestServer): Promise<void> {
  const bytes = Buffer.from(await regionalPdf());
  for (const path of ['/docs/investeringsagenda.pdf', '/documenten/download/4711']) {
    server.route(path, (_request, response) => {
      response.setHeader('content-type', 'application/pdf');
      response.end(bytes);
    });
  }
}

/** The active tab's id, as the service worker sees it. */
async function tabIdOf(worker: Worker): Promise<number> {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

async function tabStatus(worker: Worker, tabId: number): Promise<string | undefined> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] as { status?: string } | undefined)?.status;
  }, tabId);
}

function isReaderFor(page: Page, extensionId: string, documentUrl: string): boolean {
  const url = new URL(page.url());
  // Not `origin`: Node gives "null" for an extension address.
  return (
    url.protocol === 'chrome-extension:' &&
    url.host === extensionId &&
    url.pathname === '/reader.html' &&
    url.searchParams.get('url') === documentUrl
  );
}

async function openPopupOn(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupView> {
  return new PopupView(await context.newPage(), extensionId).open(tabId);
}

test("a PDF in Chromium's viewer is never 'no': not read, and the popup opens it in the reader in that tab", async ({
  context,
  server,
  worker,
  extensionId,
  consoleErrors,
}) => {
  await servePdfs(server);
  const { page, tabId } = await openTestPage(context, DOC);
  // The content script runs in the viewer's wrapper page and reports no text: that must make it a PDF, not a verdict.
  await expect.poll(() => tabStatus(worker, tabId)).toBe('pdf');
  const badge = await badgeOf(worker, tabId);
  expect(badge.text).toBe('');
  expect(badge.title).toMatch(/^Regiolens heeft deze pdf niet gelezen/);

  const popup = await openPopupOn(context, extensionId, tabId);
  await expect(popup.verdict()).toHaveAttribute('data-verdict', 'pdf');
  await expect(popup.page.getByText('Niet gelezen: dit is een pdf')).toBeVisible();
  await expectAccessibleLightAndDark(popup.page, 'popup on a PDF');
  await expectAccessibleLightAndDark(popup.page, 'popup on a PDF', { narrow: true });

  await popup.page.getByRole('button', { name: 'Openen in Regiolens' }).click();
  await expect.poll(() => isReaderFor(page, extensionId, DOC)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeringsagenda Twente');
  // The reader reads it: the tab now has a verdict of its own, from the document's text.
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('JA');
  expect(consoleErrors).toEqual([]);
});

test('a PDF at an address that does not end in .pdf is known by its content type: not read, never "no"', async ({
  context,
  server,
  worker,
  extensionId,
}) => {
  await servePdfs(server);
  const { tabId } = await openTestPage(context, UNNAMED);
  await expect.poll(() => tabStatus(worker, tabId)).toBe('pdf');
  const popup = await openPopupOn(context, extensionId, tabId);
  await expect(popup.verdict()).toHaveAttribute('data-verdict', 'pdf');
  await expect(popup.page.getByRole('button', { name: 'Openen in Regiolens' })).toBeVisible();
});

test('with the setting on, a PDF on a policy site opens in the reader; Back stays in the browser viewer', async ({
  context,
  server,
  worker,
  extensionId,
  consoleErrors,
}) => {
  await servePdfs(server);
  await saveSettingsIn(worker, { openPdfsInReader: true });
  const page = await context.newPage();
  await page.goto('http://www.vng.nl/regional.html');
  await page.goto(DOC).catch(() => undefined);
  await expect.poll(() => isReaderFor(page, extensionId, DOC)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeringsagenda Twente');

  // Back: the document in the browser's viewer, where the user went; not taken over again.
  await page.goBack();
  await expect.poll(() => page.url()).toBe(DOC);
  await expect.poll(async () => tabStatus(worker, await tabIdOf(worker))).toBe('pdf');
  // A takeover there would have put the reader in front of it again; Back leads on to the page before.
  await page.goBack();
  await expect.poll(() => page.url()).toBe('http://www.vng.nl/regional.html');
  expect(consoleErrors).toEqual([]);
});

test("a local PDF with the browser's file access on: the reader asks for the permission for local files, in context", async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/reader.html?url=${encodeURIComponent('file:///tmp/regiolens-nota.pdf')}`);
  await expect(page.getByRole('button', { name: 'Bestanden op deze computer toestaan' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessibleLightAndDark(page, 'reader asking for local files', { narrow: true });
  expect(consoleErrors).toEqual([]);
});
