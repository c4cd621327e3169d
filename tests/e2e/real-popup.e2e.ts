/**
 * The real toolbar popup (not popup.html opened as a tab): opened by the browser through
 * `chrome.action.openPopup()`, it finds the active tab by itself (no `?tabId=`), shows that tab's
 * verdict, has the search box focused, searches through the background, and closes itself after
 * opening a result, as a popup must. How it is driven: tests/e2e/support/real-popup.ts.
 */
import { expect, test } from './support/fixtures';
import { openTestPage } from './support/pages';
import { RealPopup } from './support/real-popup';

test('the toolbar popup opened by the browser reads the active tab: its verdict, the search box focused', async ({
  context,
  worker,
  extensionId,
  consoleErrors,
}) => {
  const { page } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const popup = await RealPopup.openOn(context, worker, extensionId, page);
  await expect.poll(async () => (await popup.state())?.verdict).toBe('yes');
  const state = await popup.state();
  expect(state?.url).toBe(`chrome-extension://${extensionId}/popup.html`);
  expect(state?.focusedId).toBe('popup-search-input');
  // Its window is as wide as its content (400 px): a width that followed the window shrank it to a sliver,
  // and Chromium 150 crashed the extension's pages on it.
  expect(state?.width).toBeGreaterThanOrEqual(400);
  expect(consoleErrors).toEqual([]);
});

test('the toolbar popup searches with a typo; arrow and Enter open the entry and the popup closes', async ({
  context,
  worker,
  extensionId,
  server,
  consoleErrors,
}) => {
  const { page } = await openTestPage(context, `${server.origin}/unrelated.html`);
  const popup = await RealPopup.openOn(context, worker, extensionId, page);
  // A page off the policy-site list: the popup says it was not read (and offers to read it).
  await expect.poll(async () => (await popup.state())?.verdict).toBe('not-read');

  await popup.type('hoe democratisch is de regoi');
  await expect
    .poll(async () => {
      const state = await popup.state();
      return state && !state.busy ? state.optionIds[0] : undefined;
    })
    .toBe('ws-democratie');
  await popup.press('ArrowDown');
  await expect.poll(() => popup.activeDescendant()).toBe('popup-option-ws-democratie');

  const opened = context.waitForEvent('page');
  await popup.press('Enter');
  const detail = await opened;
  await detail.waitForLoadState('domcontentloaded');
  expect(detail.url()).toBe(`chrome-extension://${extensionId}/entry.html?id=ws-democratie`);
  // The popup closed itself: the browser lists no popup any more.
  await expect.poll(() => popup.browserContexts()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
