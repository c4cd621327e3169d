import { expectAccessibleLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { OptionsView, PopupView, SidePanelView, openTestPage } from './support/pages';

const VIEWS = [
  { name: 'popup', View: PopupView },
  { name: 'side panel', View: SidePanelView },
  { name: 'options', View: OptionsView },
] as const;

for (const { name, View } of VIEWS) {
  test(`${name} opens in Dutch with no console errors and no axe violations`, async ({ context, extensionId, consoleErrors }) => {
    const view = await new View(await context.newPage(), extensionId).open();
    await expect(view.heading()).toBeVisible();
    await expect(view.page.locator('html')).toHaveAttribute('lang', 'nl');
    // The views follow the system's dark mode; its colours must meet the same contrast, at full width and at 320 px.
    await expectAccessibleLightAndDark(view.page, name);
    await expectAccessibleLightAndDark(view.page, name, { narrow: true });
    expect(consoleErrors).toEqual([]);
  });
}

test('the content script reports a policy-site page and the background keeps its typed state', async ({
  context,
  extensionId,
  worker,
}) => {
  const { tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  expect(tabId).toBeGreaterThan(0);
  await expect
    .poll(async () =>
      worker.evaluate(async (id: number) => {
        const stored = await chrome.storage.session.get(`tab:${id}`);
        return (stored[`tab:${id}`] as { status?: string } | undefined)?.status ?? 'none';
      }, tabId),
    )
    .toBe('analysed');
  const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
  await expect(panel.page.getByRole('heading', { level: 2, name: /Grip op regionale samenwerking/ })).toBeVisible();
});

test('a page off the policy-site list is not read until the user asks', async ({ context, extensionId, server }) => {
  const { tabId } = await openTestPage(context, `${server.origin}/unrelated.html`);
  const popup = await new PopupView(await context.newPage(), extensionId).open(tabId);
  await expect(popup.page.getByRole('button', { name: 'Lees deze pagina' })).toBeVisible();
});
