/**
 * The PDF reader in the loaded extension: a project-made PDF served from the
 * test server at a policy-site address opens with its pages, text layer,
 * outline, find and zoom, by keyboard, in light and dark, at 320 px, with no
 * axe violations; a server off the list asks for access first.
 */
import type { Page } from '@playwright/test';
import { regionalPdf, scannedPdf } from '../fixtures/pdf/make-pdf';
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { SidePanelView, badgeOf, openTestPage } from './support/pages';
import type { TestServer } from './support/server';

async function servePdf(server: TestServer, path: string, bytes: Uint8Array, type = 'application/pdf'): Promise<void> {
  server.route(path, (_request, response) => {
    response.setHeader('content-type', type);
    response.end(Buffer.from(bytes));
  });
}

function readerUrl(extensionId: string, documentUrl: string): string {
  return `chrome-extension://${extensionId}/reader.html?url=${encodeURIComponent(documentUrl)}`;
}

async function openReader(page: Page, extensionId: string, documentUrl: string): Promise<void> {
  await page.goto(readerUrl(extensionId, documentUrl));
}

const DOC = 'http://www.vng.nl/docs/investeringsagenda.pdf';

test('a PDF on a policy site opens with pages, a text layer, outline, find and zoom', async ({
  context,
  server,
  extensionId,
  consoleErrors,
}) => {
  await servePdf(server, '/docs/investeringsagenda.pdf', await regionalPdf());
  const page = await context.newPage();
  await openReader(page, extensionId, DOC);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeringsagenda Twente');
  await expect(page.getByText('van 3', { exact: true })).toBeVisible();
  // The text layer holds the page's words, at their places over the drawn page.
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
  await expect(page.locator('#page-1 canvas')).toBeVisible();

  // Find in document: Ctrl+F focuses the field, Enter steps to the next match.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Zoeken in het document' })).toBeFocused();
  await page.keyboard.type('raadsleden');
  await expect(page.getByRole('status').filter({ hasText: 'Treffer 1 van 1 (pagina 2)' })).toBeVisible();
  await expect(page.locator('#page-2 .find-hit').first()).toBeVisible();
  await page.getByRole('searchbox').fill('geen woord dat erin staat');
  await expect(page.getByRole('status').filter({ hasText: 'Niet gevonden' })).toBeVisible();

  // The outline leads to its page.
  await page.getByRole('button', { name: 'Inhoud' }).click();
  await page.getByRole('button', { name: 'Rijk en regio' }).click();
  await expect(page.getByLabel('Paginanummer')).toHaveValue('3');

  // Page navigation by field and by key; zoom by key.
  await page.getByLabel('Paginanummer').fill('1');
  await page.getByLabel('Paginanummer').press('Enter');
  await expect(page.getByLabel('Paginanummer')).toHaveValue('1');
  await page.locator('body').click({ position: { x: 2, y: 400 } });
  await page.keyboard.press('n');
  await expect(page.getByLabel('Paginanummer')).toHaveValue('2');
  const width = async () => (await page.locator('#page-1').boundingBox())?.width ?? 0;
  const before = await width();
  await page.keyboard.press('+');
  await expect.poll(width).toBeGreaterThan(before);

  // The way back: the original address and the browser's own viewer.
  await expect(page.getByRole('link', { name: 'Origineel adres' })).toHaveAttribute('href', DOC);
  await expect(page.getByRole('link', { name: 'PDF-weergave van de browser' })).toHaveAttribute(
    'href',
    `${DOC}#regiolens=browser`,
  );

  expect(consoleErrors).toEqual([]);
});

test('the reader passes axe in light and dark, at full width and at 320 px', async ({ context, server, extensionId }) => {
  await servePdf(server, '/docs/investeringsagenda.pdf', await regionalPdf());
  const page = await context.newPage();
  await openReader(page, extensionId, DOC);
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
  await page.getByRole('button', { name: 'Inhoud' }).click();
  await expectAccessibleLightAndDark(page, 'reader with its outline open (full width)', { wide: '.pdf-page' });
  // At 320 px a page keeps its size (scrolled to, not squeezed); the toolbar and the outline fit.
  await expectAccessibleLightAndDark(page, 'reader with its outline open', { narrow: true, wide: '.pdf-page' });
});

test('a server off the policy-site list: the reader asks for access there, in context', async ({
  context,
  server,
  extensionId,
  consoleErrors,
}) => {
  await servePdf(server, '/rapport.pdf', await regionalPdf());
  const page = await context.newPage();
  await openReader(page, extensionId, 'http://nieuws.example.org/rapport.pdf');
  await expect(page.getByRole('button', { name: 'Documenten van nieuws.example.org toestaan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Origineel adres' })).toHaveAttribute(
    'href',
    'http://nieuws.example.org/rapport.pdf',
  );
  await expectAccessibleLightAndDark(page, 'reader asking for access', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('without an address the reader says so', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/reader.html`);
  await expect(page.getByRole('alert')).toHaveText('Er is geen document opgegeven om te openen.');
  await expectAccessibleLightAndDark(page, 'reader without address', { narrow: true });
});

test("recognition on the PDF's text: the reader says the verdict, the reader's tab has the badge, the side panel the reasons", async ({
  context,
  server,
  worker,
  extensionId,
  consoleErrors,
}) => {
  await servePdf(server, '/docs/investeringsagenda.pdf', await regionalPdf());
  const { page, tabId } = await openTestPage(context, readerUrl(extensionId, DOC));
  await expect(page.locator('.reader-status')).toHaveAttribute('data-verdict', 'yes');
  await expect(page.locator('.reader-status')).toContainText("Regiolens las alle 3 pagina's.");
  await expect.poll(async () => (await badgeOf(worker, tabId)).text).toBe('JA');

  const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
  await expect(panel.verdict()).toHaveAttribute('data-verdict', 'yes');
  await expect(
    panel.page
      .getByRole('listitem')
      .filter({ hasText: /gemeenschappelijke regeling/i })
      .first(),
  ).toBeVisible();
  await expectAccessibleLightAndDark(panel.page, 'side panel on the reader', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('a scanned PDF without text: "no text to read", never "not regional"', async ({ context, server, worker, extensionId }) => {
  await servePdf(server, '/docs/scan.pdf', await scannedPdf());
  const { page, tabId } = await openTestPage(context, readerUrl(extensionId, 'http://www.vng.nl/docs/scan.pdf'));
  await expect(page.locator('.reader-status')).toHaveAttribute('data-verdict', 'no-text');
  await expect(page.locator('.reader-status')).toContainText('geen tekst om te lezen');
  await expect.poll(async () => (await badgeOf(worker, tabId)).title).toContain('geen tekst om te lezen');
  const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
  await expect(panel.verdict()).toHaveAttribute('data-verdict', 'no-text');
  await expect(panel.page.getByText('Niet over regionale samenwerking')).toHaveCount(0);
  await expectAccessibleLightAndDark(page, 'reader on a scanned document', { narrow: true, wide: '.pdf-page' });
});

const BAD_INPUT = [
  {
    name: 'a truncated file',
    bytes: async () => (await regionalPdf()).slice(0, 900),
    type: 'application/pdf',
    message: /beschadigd of onvolledig|geen PDF-document/,
  },
  {
    name: 'a web page served at a .pdf address',
    bytes: async () => new TextEncoder().encode('<!doctype html><title>Niet gevonden</title><p>Niet gevonden</p>'),
    type: 'text/html',
    message: /geen PDF-document/,
  },
] as const;

for (const { name, bytes, type, message } of BAD_INPUT) {
  test(`bad input, ${name}: a clear message and the way to the original`, async ({ context, server, extensionId }) => {
    await servePdf(server, '/docs/bad.pdf', await bytes(), type);
    const page = await context.newPage();
    await openReader(page, extensionId, 'http://www.vng.nl/docs/bad.pdf');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('link', { name: 'Origineel adres' })).toBeVisible();
    await expectAccessibleLightAndDark(page, `reader on ${name}`, { narrow: true });
  });
}

test('a PDF served with a wrong content type still opens', async ({ context, server, extensionId }) => {
  await servePdf(server, '/docs/download', await regionalPdf(), 'application/octet-stream');
  const page = await context.newPage();
  await openReader(page, extensionId, 'http://www.vng.nl/docs/download');
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
});

test('a server error is said with its status', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openReader(page, extensionId, 'http://www.vng.nl/docs/bestaat-niet.pdf');
  await expect(page.getByRole('alert')).toContainText('status 404');
  await expectAccessibleLightAndDark(page, 'reader on a server error', { narrow: true });
});

test('while the document loads the reader says so, then shows it', async ({ context, server, extensionId }) => {
  // The server holds its answer until the loading state has been checked.
  const bytes = Buffer.from(await regionalPdf());
  let answer: (() => void) | undefined;
  server.route('/docs/traag.pdf', (_request, response) => {
    answer = () => {
      response.setHeader('content-type', 'application/pdf');
      response.end(bytes);
    };
  });
  const page = await context.newPage();
  await openReader(page, extensionId, 'http://www.vng.nl/docs/traag.pdf');
  await expect(page.getByRole('status')).toHaveText('Het document wordt geladen…');
  await expect.poll(() => answer !== undefined).toBe(true);
  await expectAccessibleLightAndDark(page, 'reader while loading', { narrow: true });
  answer?.();
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
});
