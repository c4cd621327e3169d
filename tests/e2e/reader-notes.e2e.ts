/**
 * Notes on a PDF in the loaded extension (#13, item 4): a project-made PDF
 * from the test server at a policy-site address opens in the reader with its
 * verdict; a passage selected in the text layer is annotated from the side
 * panel; the reader highlights it, and again when the document is opened
 * anew; the same file at another address finds the note by its fingerprint;
 * the JSON-LD export holds the note with its page. axe on the reader with
 * highlights, light and dark.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { regionalPdf } from '../fixtures/pdf/make-pdf';
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { NotesPanel } from './support/notes-view';
import { OptionsPage } from './support/options-view';
import { openTestPage } from './support/pages';

const DOC = 'http://www.vng.nl/docs/investeringsagenda.pdf';
const MIRROR = 'http://www.vng.nl/downloads/kopie-agenda.pdf';
const WORD = 'rekenkamer';

const readerUrl = (extensionId: string, documentUrl: string) =>
  `chrome-extension://${extensionId}/reader.html?url=${encodeURIComponent(documentUrl)}`;

/** Selects `text` where it first stands in the reader's text layer, as a mouse would. */
async function selectInTextLayer(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    for (const span of document.querySelectorAll('.text-layer span')) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`not in the text layer: ${wanted}`);
  }, text);
}

const highlights = (page: Page) => page.locator('.text-layer mark.pdf-note');

test('annotate a PDF passage, reopen, see the highlight, find it at another address, export it with its page', async ({
  context,
  server,
  extensionId,
  consoleErrors,
}) => {
  // Four pages, two openings of the document and an export: on a busy machine more than the default minute.
  test.setTimeout(180_000);
  const bytes = await regionalPdf();
  for (const path of ['/docs/investeringsagenda.pdf', '/downloads/kopie-agenda.pdf'])
    server.route(path, (_request, response) => {
      response.setHeader('content-type', 'application/pdf');
      response.end(Buffer.from(bytes));
    });

  const { page, tabId } = await openTestPage(context, readerUrl(extensionId, DOC));
  await expect(page.locator('.reader-status')).toHaveAttribute('data-verdict', 'yes');
  await page.getByLabel('Paginanummer').fill('2');
  await page.getByLabel('Paginanummer').press('Enter');
  await expect(page.locator('#page-2 .text-layer')).toContainText(WORD);

  const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  await selectInTextLayer(page, WORD);
  await panel.annotateSelection('Rekenkamer voor de regio');
  await expect(panel.note('Rekenkamer voor de regio')).toContainText(WORD);
  await expect(highlights(page)).toHaveText([WORD]);

  await expectAccessibleLightAndDark(page, 'reader with a highlight', { wide: '.pdf-page' });

  // Opened again: the note is found in the document's text and drawn again, panel or not.
  await panel.page.close();
  await page.reload();
  await page.getByLabel('Paginanummer').fill('2');
  await page.getByLabel('Paginanummer').press('Enter');
  await expect(highlights(page)).toHaveText([WORD]);

  // The same file at another address: its fingerprint finds the note.
  const mirror = await context.newPage();
  await mirror.goto(`${readerUrl(extensionId, MIRROR)}#page=2`);
  await expect(highlights(mirror)).toHaveText([WORD]);

  // The export holds the note: the document's address, the quote, its position on the document's text, and its page.
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.open();
  const exported = JSON.parse(await readFile(await options.exportAs('JSON-LD'), 'utf8')) as {
    first: { items: { target: { source: { id: string }; selector: { type: string; exact?: string; value?: string }[] } }[] };
  };
  const [annotation] = exported.first.items;
  expect(annotation?.target.source.id).toBe(DOC);
  const selectors = annotation?.target.selector ?? [];
  expect(selectors.find((selector) => selector.type === 'TextQuoteSelector')?.exact).toBe(WORD);
  expect(selectors.some((selector) => selector.type === 'TextPositionSelector')).toBe(true);
  expect(selectors.find((selector) => selector.type === 'FragmentSelector')?.value).toBe('page=2');
  expect(consoleErrors).toEqual([]);
});
