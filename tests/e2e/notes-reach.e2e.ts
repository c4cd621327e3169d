/**
 * Notes within reach (issue 12, minor): on a typical "yes" page the reasons and
 * suggestions put the notes about 1,400 px down a 320 px panel. A link at the
 * top, "Naar notities", takes a keyboard user there: the notes heading gets the
 * focus and is in view, and the next Tab lands in the notes, not back at the top.
 */
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { notesPanelOnRegionalPage } from './support/notes-view';

test('at 320 px "Naar notities" is on the first screen and takes the keyboard to the notes', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const panel = await notesPanelOnRegionalPage(context, extensionId, 320);
  const page = panel.page;
  await page.setViewportSize({ width: 320, height: 640 });
  const heading = page.getByRole('heading', { name: 'Notities bij deze pagina' });
  // Far below the first screen on this page: the reason the link exists.
  await expect(heading).not.toBeInViewport();

  const jump = page.getByRole('link', { name: 'Naar notities' });
  await expect(jump).toBeInViewport();
  await expectAccessibleLightAndDark(page, 'side panel with "Naar notities"', { narrow: true });

  // From the keyboard: the link is reached by Tab from the view switch, Enter moves the focus to the notes.
  await page.getByRole('button', { name: 'Alle notities' }).focus();
  await page.keyboard.press('Tab');
  await expect(jump).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Notitie bij selectie' })).toBeFocused();
  await expect(panel.noteField()).toBeInViewport();

  // "Alle notities" has no notes of this page to jump to: no link there.
  await panel.showAllNotes();
  await expect(jump).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
