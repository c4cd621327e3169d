/** Issue 12, item 3: a page's highlights and the "this page has notes" sign do not need the side panel. */
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { NotesPanel, highlightedPassages, selectText } from './support/notes-view';
import { PopupView, openTestPage } from './support/pages';

const PAGE = 'http://www.vng.nl/notes-article.html';
const PASSAGE = 'democratische legitimiteit van samenwerkingsverbanden onder druk';

test('with the side panel closed, a reloaded page shows its highlights, the button and popup say it has notes', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const { page, tabId } = await openTestPage(context, PAGE);
  const titleOf = () => worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);
  await expect.poll(titleOf).toContain('gelezen');
  const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  await selectText(page, PASSAGE);
  await panel.annotateSelection('Belangrijk voor de raad');
  await expect(panel.note('Belangrijk voor de raad')).toContainText(PASSAGE);
  await panel.page.close();

  await page.reload();
  await expect.poll(() => highlightedPassages(page)).toBe(1);
  await expect.poll(titleOf).toContain('1 notitie bij deze pagina');

  const popup = await new PopupView(await context.newPage(), extensionId).open(tabId);
  await expect(popup.page.getByText('Je hebt 1 notitie bij deze pagina.')).toBeVisible();
  await expect(popup.page.getByRole('button', { name: 'Notities tonen in het zijpaneel' })).toBeVisible();
  await expectAccessibleLightAndDark(popup.page, 'popup with notes', { narrow: true });
  expect(consoleErrors).toEqual([]);
});
