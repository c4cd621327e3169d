import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { NotesPanel, highlightedPassages, selectText } from './support/notes-view';
import { openTestPage } from './support/pages';

/** A policy-site address (the content script runs), served from tests/e2e/pages/notes-article.html. */
const PAGE = 'http://www.vng.nl/notes-article.html';
const PASSAGE = 'democratische legitimiteit van samenwerkingsverbanden onder druk';

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
    await expectNoAxeViolations(panel.page, 'panel: page view');

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
      response.end(original.replace(/De Raad voor het Openbaar Bestuur[\s\S]*?verantwoording\./, 'Deze alinea is herschreven.'));
    });
    const changed = Date.now();
    await page.reload();
    await analysed(worker, tabId, changed);
    await expect(panel.orphans()).toHaveCount(1);
    await expect(panel.orphans()).toContainText('niet meer te vinden');
    await expect.poll(() => highlightedPassages(page)).toBe(0);
    await expectNoAxeViolations(panel.page, 'panel: orphan');

    await panel.showAllNotes();
    await expect(panel.page.getByText('2 notities')).toBeVisible();
    await panel.page.getByLabel('Zoek in notities').fill('raad');
    await expect(panel.notes()).toHaveCount(1);
    await expectNoAxeViolations(panel.page, 'panel: all notes');
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
  await expectNoAxeViolations(second.page, 'second panel');
  expect(consoleErrors).toEqual([]);
});
