/**
 * A password-protected PDF in the loaded extension's reader: the reader asks
 * for the password in a form that passes axe (light and dark, at 320 px), says
 * so when it is wrong and asks again, opens the document with the right one
 * and only then reads it for recognition; cancelling (button or Escape) says
 * why nothing is shown and offers the question again. The document is one of
 * our own fixtures, encrypted by our own fixture code (standard security
 * handler, tests/fixtures/pdf/encrypt-pdf.ts).
 */
import type { Page } from '@playwright/test';
import { encryptPdf } from '../fixtures/pdf/encrypt-pdf';
import { regionalPdf } from '../fixtures/pdf/make-pdf';
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import type { TestServer } from './support/server';

const PASSWORD = 'regio-2026';
const DOC = 'http://www.vng.nl/docs/beveiligd.pdf';

async function openProtected(server: TestServer, page: Page, extensionId: string): Promise<void> {
  const bytes = await encryptPdf(await regionalPdf(), { userPassword: PASSWORD });
  server.route('/docs/beveiligd.pdf', (_request, response) => {
    response.setHeader('content-type', 'application/pdf');
    response.end(Buffer.from(bytes));
  });
  await page.goto(`chrome-extension://${extensionId}/reader.html?url=${encodeURIComponent(DOC)}`);
}

test('a protected PDF: the reader asks for the password, says when it is wrong, opens and recognises with the right one', async ({
  context,
  server,
  extensionId,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await openProtected(server, page, extensionId);
  const form = page.getByRole('form', { name: 'Dit document is beveiligd met een wachtwoord' });
  const field = form.getByLabel('Wachtwoord');
  await expect(field).toBeFocused();
  await expectAccessibleLightAndDark(page, 'password prompt', { narrow: true });

  // A wrong password: said, tied to the field, and the field ready for another try.
  await page.keyboard.type('verkeerd');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Dat wachtwoord klopt niet. Probeer het opnieuw.');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.pdf-page')).toHaveCount(0);
  await expectAccessibleLightAndDark(page, 'password prompt after a wrong password', { narrow: true });

  // The right one opens the document, and recognition reads it once it is open.
  await field.fill(PASSWORD);
  await form.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeringsagenda Twente');
  await expect(page.locator('.reader-status')).toHaveAttribute('data-verdict', 'yes');
  expect(consoleErrors).toEqual([]);
});

test('cancelling the password question says why nothing is shown and can ask again', async ({
  context,
  server,
  extensionId,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await openProtected(server, page, extensionId);
  const field = page.getByLabel('Wachtwoord', { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toContainText('Het document is beveiligd met een wachtwoord en is niet geopend.');
  await expect(page.getByRole('link', { name: 'Origineel adres' })).toHaveAttribute('href', DOC);
  await expectAccessibleLightAndDark(page, 'password question cancelled', { narrow: true });

  await page.getByRole('button', { name: 'Wachtwoord invoeren' }).click();
  await expect(field).toBeFocused();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('alert')).toContainText('niet geopend');
  await page.getByRole('button', { name: 'Wachtwoord invoeren' }).click();
  await field.fill(PASSWORD);
  await field.press('Enter');
  await expect(page.locator('#page-1 .text-layer')).toContainText('gemeenschappelijke regeling');
  expect(consoleErrors).toEqual([]);
});
