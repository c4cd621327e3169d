import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { expectAccessibleLightAndDark } from './support/axe';
import { saveSettingsIn } from './support/extension';
import { expect, test } from './support/fixtures';
import { NotesPanel, highlightedPassages, selectText } from './support/notes-view';
import { openTestPage } from './support/pages';

/** A policy-site address (the content script runs), served from tests/e2e/pages/notes-article.html. */
const PAGE = 'http://www.vng.nl/notes-article.html';
const PASSAGE = 'democratische legitimiteit van samenwerkingsverbanden onder druk';
/** What replaces the paragraph holding PASSAGE when the page is rewritten. */
const NEW_PASSAGE = 'Deze alinea is herschreven door de redactie';

async function analysed(worker: Worker, tabId: number, after = 0): Promise<void> {
  await expect
    .poll(() =>
      worker.evaluate(
        async ({ id, since }) => {
          const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
            { status?: string; analysedAt?: number } | undefined;
          return stored?.status === 'analysed' && (stored.analysedAt ?? 0) > since;
        },
        { id: tabId, since: after },
      ),
    )
    .toBe(true);
}

test('annotate a passage, see it re-anchored after reload and orphaned after the page changes', async ({
  context,
  extensionId,
  worker,
  server,
  consoleErrors,
}) => {
  const original = await readFile(new URL('./pages/notes-article.html', import.meta.url), 'utf8');
  try {
    const { page, tabId } = await openTestPage(context, PAGE);
    await analysed(worker, tabId);
    const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
    await expect(panel.page.getByRole('heading', { name: 'Notities bij deze pagina' })).toBeVisible();
    await expectAccessibleLightAndDark(panel.page, 'panel: page view', { narrow: true });

    await panel.writeNote('Een notitie bij de hele pagina');
    await expect(panel.note('Een notitie bij de hele pagina')).toBeVisible();

    await selectText(page, PASSAGE);
    await panel.annotateSelection('Belangrijk voor de raad');
    await expect(panel.note('Belangrijk voor de raad')).toContainText(PASSAGE);
    await expect.poll(() => highlightedPassages(page)).toBe(1);

    const before = Date.now();
    await page.reload();
    await analysed(worker, tabId, before);
    await expect.poll(() => highlightedPassages(page)).toBe(1);
    await expect(panel.orphans()).toHaveCount(0);
    await panel.note('Belangrijk voor de raad').getByRole('button', { name: 'Toon in pagina' }).click();

    // The page is rewritten: the passage is gone, so the note becomes an orphan (and is said to be one).
    server.route('/notes-article.html', (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(original.replace(/De Raad voor het Openbaar Bestuur[\s\S]*?verantwoording\./, `${NEW_PASSAGE}.`));
    });
    const changed = Date.now();
    await page.reload();
    await analysed(worker, tabId, changed);
    await expect(panel.orphans()).toHaveCount(1);
    await expect(panel.orphans()).toContainText('niet meer te vinden');
    await expect.poll(() => highlightedPassages(page)).toBe(0);
    await expectAccessibleLightAndDark(panel.page, 'panel: orphan', { narrow: true });

    // Re-attach: select a passage of the changed page, then attach the orphan to it; it is anchored again.
    await selectText(page, NEW_PASSAGE);
    await panel.reattach('Belangrijk voor de raad');
    await expect(panel.page.getByText('Notitie opnieuw gekoppeld aan de geselecteerde passage.')).toBeVisible();
    await expect(panel.orphans()).toHaveCount(0);
    await expect(panel.note('Belangrijk voor de raad').locator('blockquote')).toHaveText(NEW_PASSAGE);
    await expect(panel.note('Belangrijk voor de raad')).toHaveAttribute('data-status', 'anchored');
    await expect.poll(() => highlightedPassages(page)).toBe(1);
    await expectAccessibleLightAndDark(panel.page, 'panel: re-attached', { narrow: true });
    // Still anchored after the page loads again: the new passage was stored.
    const reattached = Date.now();
    await page.reload();
    await analysed(worker, tabId, reattached);
    await expect.poll(() => highlightedPassages(page)).toBe(1);
    await expect(panel.orphans()).toHaveCount(0);

    await panel.showAllNotes();
    await expect(panel.page.getByText('2 notities')).toBeVisible();
    await panel.page.getByLabel('Zoek in notities').fill('raad');
    await expect(panel.notes()).toHaveCount(1);
    await expectAccessibleLightAndDark(panel.page, 'panel: all notes', { narrow: true });
    expect(consoleErrors).toEqual([]);
  } finally {
    server.route('/notes-article.html', (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(original);
    });
  }
});

test('two panels writing at once lose nothing, and each shows what the other wrote', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, PAGE);
  await analysed(worker, tabId);
  const first = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  const second = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  const bodies = Array.from({ length: 4 }, (_, index) => `Gelijktijdig ${index}`);
  for (let round = 0; round < 2; round += 1) {
    await Promise.all([first.writeNote(bodies[round * 2] as string), second.writeNote(bodies[round * 2 + 1] as string)]);
  }
  for (const panel of [first, second]) {
    for (const body of bodies) await expect(panel.note(body)).toBeVisible();
    await expect(panel.notes()).toHaveCount(4);
  }
  await expectAccessibleLightAndDark(second.page, 'second panel', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('delete a note in the side panel, then undo: it is back, also after the panel reopens', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, PAGE);
  await analysed(worker, tabId);
  const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  await panel.writeNote('Blijft bewaard');
  await panel.writeNote('Even weg');
  await expect(panel.notes()).toHaveCount(2);

  await panel.deleteNote('Even weg');
  await expect(panel.page.getByRole('status').filter({ hasText: 'Notitie verwijderd.' })).toBeVisible();
  await expect(panel.note('Even weg')).toHaveCount(0);
  await expect(panel.notes()).toHaveCount(1);
  await expectAccessibleLightAndDark(panel.page, 'panel: deleted, undo offered', { narrow: true });

  await panel.page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(panel.page.getByText('Notitie teruggezet.')).toBeVisible();
  await expect(panel.note('Even weg')).toBeVisible();
  await expect(panel.notes()).toHaveCount(2);

  // Restored in the store, not only on screen.
  await panel.page.reload();
  await expect(panel.note('Even weg')).toBeVisible();
  await expect(panel.notes()).toHaveCount(2);

  // Deleted without undo stays deleted.
  await panel.deleteNote('Even weg');
  await expect(panel.notes()).toHaveCount(1);
  await panel.page.reload();
  await expect(panel.note('Blijft bewaard')).toBeVisible();
  await expect(panel.notes()).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('the open side panel switches language when the setting changes, keeping the draft', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, PAGE);
  await analysed(worker, tabId);
  const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  await expect(panel.page.getByRole('button', { name: 'Alle notities' })).toBeVisible();
  await panel.noteField().fill('Half geschreven');

  const setLanguage = (language: 'nl' | 'en') => saveSettingsIn(worker, { language });
  await setLanguage('en');
  await expect(panel.page.getByRole('button', { name: 'All notes' })).toBeVisible();
  await expect(panel.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panel.page.getByLabel('Note', { exact: true }).first()).toHaveValue('Half geschreven');
  await expectAccessibleLightAndDark(panel.page, 'panel: switched to English', { narrow: true });

  await setLanguage('nl');
  await expect(panel.page.getByRole('button', { name: 'Alle notities' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
