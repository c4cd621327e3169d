/**
 * The README's screenshots, made by `npm start -- --headless --screenshots=DIR` from the real views
 * in Dutch: the popup and the side panel on the demo page, the popup on a page Regiolens has not
 * read (with its "Lees deze pagina" offer), the side panel's notes with a note that links material,
 * and the welcome page. Reviewers compare them from one run to the next, so nothing in them moves:
 * the note is written under a fixed clock in a fixed time zone, animations are off and the caret
 * is hidden.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface ReadmeShotContext {
  context: BrowserContext;
  extensionId: string;
  /** The tab showing the demo page (read as regional). */
  demoTabId: number;
  /** The tab showing a page off the policy-site list (not read). */
  notReadTabId: number;
  folder: string;
}

/** The moment the demo note is written at: its date is part of the screenshot. */
export const NOTE_TIME = new Date('2026-12-03T10:30:00+01:00');
const NOTE_BODY = 'Bespreken in het regio-overleg: wat betekent de Wgr-wijziging voor onze gemeenschappelijke regelingen?';
const NOTE_TAGS = 'wgr, regio-overleg';

async function viewPage(context: BrowserContext, url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  return page;
}

const shot = (page: Page, path: string) => page.screenshot({ path, animations: 'disabled', caret: 'hide' });

/** Writes the README's screenshots to `folder` and returns their paths. */
export async function writeReadmeScreenshots({
  context,
  extensionId,
  demoTabId,
  notReadTabId,
  folder,
}: ReadmeShotContext): Promise<string[]> {
  const view = (file: string, tabId: number) => `chrome-extension://${extensionId}/${file}?tabId=${tabId}`;
  const files: string[] = [];
  const file = (name: string) => {
    files.push(join(folder, name));
    return join(folder, name);
  };

  // The demo page: the popup and the side panel as the browser sizes them.
  for (const [name, width, height] of [
    ['popup', 420, 600],
    ['sidepanel', 400, 800],
  ] as const) {
    const page = await viewPage(context, view(`${name}.html`, demoTabId), { width, height });
    await page.locator('[data-verdict]').first().waitFor({ timeout: 15_000 });
    await shot(page, file(`${name}.png`));
    await page.close();
  }

  // A page Regiolens does not read by itself: "Niet gelezen" and the offer to read it.
  const notRead = await viewPage(context, view('popup.html', notReadTabId), { width: 420, height: 600 });
  await notRead.locator('[data-verdict="not-read"]').waitFor({ timeout: 15_000 });
  await notRead.getByRole('button', { name: 'Lees deze pagina' }).waitFor();
  await shot(notRead, file('not-read.png'));
  await notRead.close();

  // The side panel's notes: a note with tags that links the page's first suggestion.
  const panel = await context.newPage();
  await panel.clock.setFixedTime(NOTE_TIME);
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(view('sidepanel.html', demoTabId));
  const editor = panel.getByRole('form', { name: 'Nieuwe notitie' });
  await editor.getByLabel('Notitie', { exact: true }).fill(NOTE_BODY);
  await editor.getByLabel("Tags (gescheiden door komma's)").fill(NOTE_TAGS);
  await editor.getByText(/^Gekoppeld materiaal \(0\)$/).click();
  await editor.getByRole('checkbox').first().check();
  await editor.getByRole('button', { name: 'Bewaren' }).click();
  const saved = panel.locator('article.note').filter({ hasText: NOTE_BODY });
  await saved.locator('.note__links button').waitFor({ timeout: 15_000 });
  await panel.close();
  // As the user finds it on coming back: a fresh panel, the picker folded, no notice of the save.
  const notes = await viewPage(context, view('sidepanel.html', demoTabId), { width: 400, height: 800 });
  await notes.locator('article.note').filter({ hasText: NOTE_BODY }).locator('.note__links button').waitFor({ timeout: 15_000 });
  await notes.locator('section.page-notes').screenshot({ path: file('notes.png'), animations: 'disabled', caret: 'hide' });
  await notes.close();

  // The welcome page a new user sees once, at a laptop's width.
  const welcome = await viewPage(context, `chrome-extension://${extensionId}/welcome.html`, { width: 900, height: 800 });
  await welcome.getByRole('heading', { level: 1, name: 'Welkom bij Regiolens' }).waitFor({ timeout: 15_000 });
  await welcome.getByRole('table', { name: 'Sneltoetsen' }).getByText('Alt+Shift+L').waitFor();
  await welcome.screenshot({ path: file('welcome.png'), fullPage: true, animations: 'disabled', caret: 'hide' });
  await welcome.close();
  return files;
}
