/**
 * The notes area as users see it on a narrow, dark panel: a note with a long
 * tag and linked material with a long title stays within 320 px in both views,
 * and passes axe in light and dark (issue 12: linked-material links and the
 * editor's focus ring failed contrast in dark mode; selects grew the page wide).
 */
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { notesPanelOnRegionalPage } from './support/notes-view';

test('a linked, tagged note at 320 px: no sideways scrolling, no axe violations in light and dark', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const panel = await notesPanelOnRegionalPage(context, extensionId, 320);
  await panel.noteField().fill('Notitie met gekoppeld materiaal');
  await panel.page
    .getByLabel("Tags (gescheiden door komma's)")
    .first()
    .fill('een-heel-lange-tag-zonder-spaties-die-niet-past-in-een-smal-paneel');
  await panel.page
    .getByText(/^Gekoppeld materiaal \(0\)$/)
    .first()
    .click();
  await panel.page.getByRole('checkbox').first().check();
  await panel.page.getByRole('button', { name: 'Bewaren' }).first().click();
  await expect(panel.note('Notitie met gekoppeld materiaal')).toBeVisible();

  await panel.showThisPage();
  await expect(panel.note('Notitie met gekoppeld materiaal').locator('.note__links button')).toBeVisible();
  // The editor's focus ring, as a keyboard user sees it.
  await panel.noteField().focus();
  await expectAccessibleLightAndDark(panel.page, 'notes, this page', { narrow: true });
  await panel.showAllNotes();
  await expect(panel.note('Notitie met gekoppeld materiaal')).toBeVisible();
  await expectAccessibleLightAndDark(panel.page, 'all notes', { narrow: true });
  expect(consoleErrors).toEqual([]);
});
