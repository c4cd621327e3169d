import { readFileSync } from 'node:fs';
import { expectAccessibleLightAndDark, expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { openTestPage } from './support/pages';
import { PopupSearch } from './support/popup-search';

/** Real queries, typos included, and an acceptable top-5 target for each. */
const QUERIES = [
  { query: 'ecosyteem', targets: ['art-ecosysteem-lokaal', 'ws-ecosystemen', 'art-ecosystemen-ambitieus'] },
  { query: 'democratisch regio', targets: ['ws-democratie'] },
  {
    query: 'gemeenschapelijke regeling',
    targets: ['vng-procesaanpak-wgr-2022', 'wgr-wijziging-2022', 'raad-van-state-advies-wgr'],
  },
];

const bundled = JSON.parse(readFileSync(new URL('../../public/regiolens-index.json', import.meta.url), 'utf8')) as {
  entries: Array<{ id: string; url?: string }>;
};
const urlOf = (id: string) => bundled.entries.find((entry) => entry.id === id)?.url;

test('search finds typo and multi-word queries; arrow + Enter opens the address in a new tab', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const popup = await new PopupSearch(await context.newPage(), extensionId).open(tabId);
  await expect(popup.box()).toBeFocused();
  await expectNoAxeViolations(popup.page, 'popup: empty query');

  for (const { query, targets } of QUERIES) {
    await popup.type(query);
    await expect(popup.box()).toHaveAttribute('aria-expanded', 'true');
    await expect
      .poll(async () => (await popup.resultIds()).slice(0, 5).some((id) => targets.includes(id)), { message: query })
      .toBe(true);
    await expect(popup.status()).toHaveText(/^\d+ resultaten$|^1 resultaat$|^Meer dan 20 resultaten; /);
    await expect(popup.options().first().locator('mark').first()).toBeVisible();
  }
  await expectNoAxeViolations(popup.page, 'popup: results');

  await popup.type('gemeenschapelijke regeling');
  const target = (await popup.settledResultIds()).find((id) => id === 'wgr-wijziging-2022' || id === 'vng-procesaanpak-wgr-2022');
  expect(target).toBeDefined();
  await popup.arrowTo(target as string);
  const expected = urlOf(target as string);
  expect(expected).toMatch(/^https:\/\//);
  await popup.box().press('Enter');
  // The network is closed here, so the page itself cannot load: the browser's own tab list says where the new tab went.
  await expect
    .poll(() =>
      worker.evaluate(async (url) => {
        const tabs = await chrome.tabs.query({});
        return tabs.some((tab) => tab.url === url || tab.pendingUrl === url);
      }, expected as string),
    )
    .toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('an entry without address opens its detail page (entry.html)', async ({ context, extensionId, server, consoleErrors }) => {
  // Pinned to a tab: an unpinned popup closes itself after opening an entry, as the real popup does.
  const { tabId } = await openTestPage(context, `${server.origin}/unrelated.html`);
  const popup = await new PopupSearch(await context.newPage(), extensionId).open(tabId);
  await popup.type('hoe democratisch is de regio');
  await popup.arrowTo('ws-democratie');
  const opened = context.waitForEvent('page');
  await popup.box().press('Enter');
  const detail = await opened;
  await detail.waitForLoadState('domcontentloaded');
  expect(detail.url()).toBe(`chrome-extension://${extensionId}/entry.html?id=ws-democratie`);
  await expect(detail.getByRole('heading', { level: 1, name: 'Hoe democratisch is de regio?' })).toBeVisible();
  await expect(detail.getByText('Van dit stuk is geen webadres bekend', { exact: false })).toBeVisible();
  await expectAccessibleLightAndDark(detail, 'entry page without address', { narrow: true });

  // The same page for an entry with an address (the index's longest title) and for an id the index does not know.
  await detail.goto(`chrome-extension://${extensionId}/entry.html?id=raad-van-state-advies-wgr`);
  await expect(detail.getByRole('heading', { level: 1, name: /^Advies Afdeling advisering Raad van State/ })).toBeVisible();
  await expect(detail.getByRole('link', { name: 'Naar de bron' })).toHaveAttribute(
    'href',
    urlOf('raad-van-state-advies-wgr') as string,
  );
  await expectAccessibleLightAndDark(detail, 'entry page with address and a long title', { narrow: true });
  await detail.goto(`chrome-extension://${extensionId}/entry.html?id=bestaat-niet`);
  await expect(detail.getByRole('alert')).toHaveText('Dit stuk staat niet (meer) in de index.');
  await expectAccessibleLightAndDark(detail, 'entry page, unknown id', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('no results, filters, Escape, results and the empty state: axe in light and dark at 320 px in each', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const { tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const popup = await new PopupSearch(await context.newPage(), extensionId).open(tabId);
  await popup.page.setViewportSize({ width: 320, height: 600 });

  await expect(popup.page.locator('[data-verdict]')).toBeVisible();
  await expect(popup.suggestions().getByRole('listitem').first()).toBeVisible();
  await expectAccessibleLightAndDark(popup.page, 'popup: empty state with suggestions', { narrow: true });

  await popup.type('zzqxv');
  await expect(popup.status()).toHaveText('Niets gevonden voor ‘zzqxv’.');
  await expect(popup.box()).toHaveAttribute('aria-expanded', 'false');
  await expectAccessibleLightAndDark(popup.page, 'popup: no results', { narrow: true });

  await popup.box().press('Escape');
  await expect(popup.box()).toHaveValue('');
  await expect(popup.werksessies()).toBeVisible();

  await popup.page.getByRole('button', { name: 'Filters' }).click();
  await popup.page.getByLabel('Soort').selectOption('werksessie');
  await expect(popup.options()).toHaveCount(7);
  await expectAccessibleLightAndDark(popup.page, 'popup: filters open', { narrow: true });
  await popup.box().focus();
  await popup.type('ekosysteem');
  await expect.poll(() => popup.resultIds()).toEqual(['ws-ecosystemen']);
  await expectAccessibleLightAndDark(popup.page, 'popup: results with a filter', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

test('the last query is remembered when the popup opens again', async ({ context, extensionId }) => {
  const first = await new PopupSearch(await context.newPage(), extensionId).open();
  await first.type('sfeerverslag');
  await expect(first.options().first()).toBeVisible();
  await first.page.close();
  const again = await new PopupSearch(await context.newPage(), extensionId);
  await again.page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(again.box()).toHaveValue('sfeerverslag');
  await expect(again.options().first().locator('[data-entry-id]')).toHaveAttribute('data-entry-id', 'conf-sfeerverslag');
});
