/** Places in the loaded extension: the side panel names the places of a page we wrote and the region it is about. */
import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { SidePanelView, openTestPage } from './support/pages';
import { NotesPanel } from './support/notes-view';

test('the side panel shows the places a page names and the region they share, light and dark, at 320 px', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, 'http://www.vng.nl/twente-samenwerking.html');
  const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
  await panel.page.setViewportSize({ width: 320, height: 900 });
  const places = panel.page.getByRole('region', { name: 'Plaatsen op deze pagina' });
  await expect(places.getByRole('heading', { name: 'De pagina gaat over Twente' })).toBeVisible({ timeout: 10_000 });
  await expect(places).toContainText('4 van de 14 gemeenten van deze regio staan op de pagina.');
  await expect(places.locator('[data-place="gemeente:enschede"]')).toContainText('2 keer genoemd');
  await expect(places.locator('[data-place="provincie:overijssel"]')).toBeVisible();
  await expect(places.getByRole('link', { name: /Meer over Regio Deal Twente/ })).toBeVisible();
  await places.getByText('Gemeenten in Twente').click();
  await expect(places.locator('.places__members li')).toHaveCount(14);
  await expectAccessibleLightAndDark(panel.page, 'side panel places', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('a note knows the places of its page: "all notes" filters by municipality and region', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const twente = await openTestPage(context, 'http://www.vng.nl/twente-samenwerking.html');
  const panel = await new NotesPanel(await context.newPage(), extensionId).open(twente.tabId);
  await expect(panel.page.getByRole('heading', { name: 'De pagina gaat over Twente' })).toBeVisible({ timeout: 10_000 });
  await panel.writeNote('Notitie over Twente');
  const elsewhere = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const other = await new NotesPanel(await context.newPage(), extensionId).open(elsewhere.tabId);
  await expect(other.page.getByRole('region', { name: 'Plaatsen op deze pagina' })).toBeVisible({ timeout: 10_000 });
  await other.writeNote('Notitie elders');

  await other.showAllNotes();
  await expect(other.notes()).toHaveCount(2);
  const filter = other.page.getByLabel('Plaats of regio');
  await filter.selectOption({ label: 'Twente (regio)' });
  await expect(other.notes()).toHaveCount(1);
  await expect(other.note('Notitie over Twente')).toBeVisible();
  await filter.selectOption({ label: 'Enschede (gemeente)' });
  await expect(other.note('Notitie over Twente')).toBeVisible();
  await expect(other.notes()).toHaveCount(1);
  await expectAccessibleLightAndDark(other.page, 'all notes filtered by place', { narrow: true });
  expect(consoleErrors).toEqual([]);
});
