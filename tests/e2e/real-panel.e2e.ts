/**
 * The real side panel, as the browser shows it (not sidepanel.html opened as a tab): the popup's
 * "Zijpaneel openen" button, clicked (a real user gesture, which chrome.sidePanel.open needs), opens
 * Chromium's side panel with the extension's panel page in it.
 *
 * What a test cannot drive here, and where it is covered instead:
 * - A trusted click inside the real toolbar popup: real-popup.e2e.ts opens the real popup with
 *   chrome.action.openPopup() but can only dispatch DOM events in it, which carry no user gesture;
 *   so the panel is opened from popup.html in a tab, whose button Playwright really clicks.
 * - Keyboard commands: Alt+Shift+L/S/M are browser accelerators, which synthetic key presses in a
 *   page never reach; shortcuts.e2e.ts proves the keys are assigned, and the command handlers are
 *   unit-tested (tests/unit/background).
 * - The context menu: a test cannot click a browser menu; its handler and the annotate command's
 *   (open the panel, hand the selection over) are unit-tested in
 *   tests/unit/background/notes-feature.test.ts, through the same listeners the browser calls.
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openTestPage } from './support/pages';

async function targetUrls(cdp: CDPSession): Promise<string[]> {
  return (await cdp.send('Target.getTargets')).targetInfos.map((target) => target.url);
}

test('the popup opens the real side panel, which shows the panel page', async ({ context, extensionId, worker }) => {
  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const cdp = await context.newCDPSession(page);
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  expect(await targetUrls(cdp)).not.toContain(panelUrl);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Zijpaneel openen' }).click();

  // The browser's own list of the extension's contexts has a side panel showing the panel page ...
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const filter = { contextTypes: ['SIDE_PANEL'] } as Parameters<typeof chrome.runtime.getContexts>[0];
          return (await chrome.runtime.getContexts(filter)).map((found) => found.documentUrl);
        }),
      { timeout: 30_000 },
    )
    .toEqual([panelUrl]);
  // ... and the panel is a page of its own in the browser (not one of the test's tabs).
  expect(await targetUrls(cdp)).toContain(panelUrl);
  expect(context.pages().map((open) => open.url())).not.toContain(panelUrl);
});
