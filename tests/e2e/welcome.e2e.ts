/**
 * First run (issue 12, item 8) on a fresh profile, as a new user meets it: installing opens the welcome
 * page exactly once; it names the shortcuts as the browser assigned them, passes axe in light and dark
 * at 320 px, works from the keyboard, and its demo page, which ships with the extension, gets a "yes"
 * verdict, the badge and the side panel's reasons.
 */
import type { Page, Worker } from '@playwright/test';
import { expectAccessibleLightAndDark } from './support/axe';
import {
  launchWithExtension,
  saveSettingsIn,
  serviceWorkerOf,
  extensionIdOf,
  welcomePage,
} from '../../scripts/lib/launch-extension';
import { expect, test } from './support/fixtures';
import { SidePanelView } from './support/pages';

async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(async (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The tab in front (the extension sees its own pages' addresses only with the tabs permission, which it does not ask). */
async function frontTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

test('a fresh install opens the welcome page once; its demo page is read as regional', async ({ server }) => {
  const context = await launchWithExtension(server.port, { keepWelcome: true });
  try {
    const welcome: Page = await welcomePage(context);
    const worker = await serviceWorkerOf(context);
    const extensionId = extensionIdOf(worker);
    const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
    // Headless Chromium's UI language is English, so it opens in English; choosing Dutch re-renders it in place.
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Regiolens' })).toBeVisible();
    await expect(welcome.getByRole('button', { name: 'Open the demo page' })).toBeVisible();
    await saveSettingsIn(worker, { language: 'nl' });
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welkom bij Regiolens' })).toBeVisible();
    const welcomeTabs = () => context.pages().filter((open) => open.url() === welcomeUrl).length;
    expect(welcomeTabs()).toBe(1);

    // The shortcuts as this browser assigned them, read from the browser.
    const shortcuts = welcome.getByRole('table', { name: 'Sneltoetsen' });
    for (const key of ['Alt+Shift+L', 'Alt+Shift+S', 'Alt+Shift+M']) await expect(shortcuts.getByText(key)).toBeVisible();

    // At 320 px, in light and dark: nothing sideways, no axe violations.
    await expectAccessibleLightAndDark(welcome, 'welcome', { narrow: true });

    // From the keyboard: the first control is the demo button, and Enter opens the demo page.
    await welcome.keyboard.press('Tab');
    await expect(welcome.getByRole('button', { name: 'Open de voorbeeldpagina' })).toBeFocused();
    const opened = context.waitForEvent('page');
    await welcome.keyboard.press('Enter');
    const demo = await opened;
    await demo.waitForURL(`chrome-extension://${extensionId}/demo.html`);
    await expect(demo.getByRole('status')).toContainText('De knop in de werkbalk zegt nu JA');
    await demo.bringToFront();
    const tabId = await frontTabId(worker);
    expect(tabId).toBeGreaterThan(0);
    expect(await badgeText(worker, tabId)).toBe('JA');
    await expectAccessibleLightAndDark(demo, 'demo page', { narrow: true });

    const panel = await new SidePanelView(await context.newPage(), extensionId).open(tabId);
    await expect(panel.verdict().first()).toHaveAttribute('data-verdict', 'yes');
    // Still one welcome page: the extension opened it once, the demo and the panel opened nothing else.
    expect(welcomeTabs()).toBe(1);
  } finally {
    await context.close();
  }
});

test('the popup and the options page lead back to the welcome page', async ({ context, extensionId }) => {
  for (const view of ['popup.html', 'options.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${view}`);
    await expect(page.getByRole('link', { name: 'Uitleg en voorbeeldpagina' })).toHaveAttribute('href', '/welcome.html');
  }
});
