/** Places in the loaded extension: the side panel names the places of a page we wrote and the region it is about. */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { SidePanelView, openTestPage } from './support/pages';

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
  await expect(places.locator('[data-place="gemeente:Enschede"]')).toContainText('2 keer genoemd');
  await expect(places.locator('[data-place="provincie:Overijssel"]')).toBeVisible();
  await expect(places.getByRole('link', { name: /Meer over Regio Deal Twente/ })).toBeVisible();
  await places.getByText('Gemeenten in Twente').click();
  await expect(places.locator('.places__members li')).toHaveCount(14);
  await expectNoAxeViolations(panel.page, 'side panel places (light, 320 px)');
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(panel.page, 'side panel places (dark, 320 px)');
  expect(consoleErrors).toEqual([]);
});
