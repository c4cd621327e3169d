/**
 * The "Gekoppeld materiaal" picker as a keyboard user on a narrow, dark panel
 * meets it (issue 12, "Done when": axe in light and dark in every state, 320 px):
 * folded, open with the page's suggestions first, narrowed by a title search,
 * a search that finds nothing, and with an entry ticked. In each state nothing
 * scrolls sideways and axe finds no violation in either colour scheme.
 */
import type { Locator } from '@playwright/test';
import { expectAccessibleLightAndDark, NARROW } from './support/axe';
import { expect, test } from './support/fixtures';
import { notesPanelOnRegionalPage } from './support/notes-view';

/** The longest title in the bundled index (219 characters): what once made a select 1,249 px wide. */
const LONGEST_TITLE =
  'Advies Afdeling advisering Raad van State inzake wijziging van de Wet gemeenschappelijke regelingen en enige andere wetten in verband met het versterken van de democratische legitimatie van gemeenschappelijke regelingen';

test('the linked-material picker passes axe in light and dark at 320 px: folded, open, searched, nothing found, ticked', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const panel = await notesPanelOnRegionalPage(context, extensionId, NARROW);
  const editor = panel.page.getByRole('form', { name: 'Nieuwe notitie' });
  const summary = editor.getByText(/^Gekoppeld materiaal \(\d+\)$/);
  const choices: Locator = editor.getByRole('checkbox');
  const search = editor.getByRole('searchbox', { name: 'Zoek op titel' });

  // Folded: only the summary shows, and it opens from the keyboard.
  await expect(summary).toHaveText('Gekoppeld materiaal (0)');
  await expect(search).toBeHidden();
  await expectAccessibleLightAndDark(panel.page, 'picker folded', { narrow: true });

  await summary.focus();
  await panel.page.keyboard.press('Enter');
  await expect(search).toBeVisible();
  // Open: the page's suggestions first (the panel's first suggestion heads the picker), at most 20 more.
  const firstChoice = (await editor.locator('.note-editor__link').first().innerText()).trim();
  await expect(panel.page.locator('.suggestion-list .entry-card').first()).toContainText(firstChoice);
  const openCount = await choices.count();
  expect(openCount).toBeGreaterThan(0);
  expect(openCount).toBeLessThanOrEqual(20);
  await expectAccessibleLightAndDark(panel.page, 'picker open with suggestions', { narrow: true });

  // Searched by title (any case): every choice left holds the words; here the index's longest title.
  await search.fill('raad van state');
  await expect.poll(() => choices.count()).toBeLessThan(openCount);
  const titles = await editor.locator('.note-editor__link').allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title.toLowerCase()).toContain('raad van state');
  await expect(editor.locator('.note-editor__link').filter({ hasText: LONGEST_TITLE })).toHaveCount(1);
  await expectAccessibleLightAndDark(panel.page, 'picker searched', { narrow: true });

  // Nothing found: said in words, no choices.
  await search.fill('zzqxv');
  await expect(editor.getByText('Geen materiaal met die woorden in de titel.')).toBeVisible();
  await expect(choices).toHaveCount(0);
  await expectAccessibleLightAndDark(panel.page, 'picker no results', { narrow: true });

  // Ticked: the count follows, and the ticked entry stays in view whatever the search.
  await search.fill('raad van state');
  await editor.getByRole('checkbox', { name: LONGEST_TITLE }).check();
  await expect(summary).toHaveText('Gekoppeld materiaal (1)');
  await search.fill('zzqxv');
  await expect(choices).toHaveCount(1);
  await expect(choices.first()).toBeChecked();
  await expectAccessibleLightAndDark(panel.page, 'picker with a ticked entry', { narrow: true });

  // Saved: "Alle notities" lists the long title among its filters and still fits in 320 px (issue 12, Major 5).
  await panel.noteField().fill('Notitie bij het advies van de Raad van State');
  await editor.getByRole('button', { name: 'Bewaren' }).click();
  await expect(panel.note('Notitie bij het advies van de Raad van State')).toBeVisible();
  await panel.showAllNotes();
  await expect(panel.page.getByRole('option', { name: LONGEST_TITLE })).toHaveCount(1);
  await expectAccessibleLightAndDark(panel.page, 'picker saved, all notes', { narrow: true });
  expect(consoleErrors).toEqual([]);
});
