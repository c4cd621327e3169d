/**
 * Deployment by policy, for real: the release build (the one an organisation deploys, trusting no
 * publisher key of its own) in Chromium with an administrator's policy file in Chromium's policy
 * folder (support/policy.ts). The policy's update address, trusted key and check interval are what
 * the extension uses (the update fetched at installation is accepted through the policy's key), the options page shows the address as set by the organisation and locked,
 * every value it sets is listed as set by the organisation, its recognition scope decides which pages are
 * read by themselves, and a changed policy (updates off, no usable key, nothing read unasked) is followed after
 * the browser starts again.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { IndexFile } from '../../lib/core/index/schema';
import { formatSignatureFile, publicKeyOf, signBytes } from '../../lib/core/index/signature';
import { readPrivateKeyFile } from '../../scripts/lib/index-keys';
import { expectAccessibleLightAndDark } from './support/axe';
import { extensionIdOf, saveSettingsIn, serviceWorkerOf } from './support/extension';
import { expect, test } from './support/fixtures';
import { OptionsPage } from './support/options-view';
import { badgeOf, openTestPage } from './support/pages';
import { ensureReleaseBuild, launchWithPolicy } from './support/policy';

const DEMO_KEY = new URL('../fixtures/keys/demo-regiolens-publisher.key', import.meta.url).pathname;
const DEMO_PUBLIC_KEY = readFileSync(`${DEMO_KEY}.pub`, 'utf8').trim();
/** A value the options page shows as set by the organisation. */
const managedValue = (page: Page, key: string) => page.locator(`[data-managed="${key}"]`);

const bundled = JSON.parse(readFileSync(new URL('../../public/regiolens-index.json', import.meta.url), 'utf8')) as IndexFile;

test('an organisation deploys by policy: its update address, keys, interval and scope apply, shown as set by it and locked', async ({
  server,
}) => {
  test.setTimeout(240_000);
  ensureReleaseBuild();
  const next: IndexFile = {
    ...bundled,
    version: bundled.version + 1,
    created: '2027-02-01T00:00:00Z',
    entries: bundled.entries.slice(0, 12),
  };
  const body = Buffer.from(JSON.stringify(next, null, 2));
  const key = readPrivateKeyFile(DEMO_KEY);
  const signature = formatSignatureFile(await signBytes(key, body), await publicKeyOf(key));
  server.route('/org/regiolens-index.json', (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'application/json');
    response.end(body);
  });
  server.route('/org/regiolens-index.json.sig', (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'text/plain');
    response.end(signature);
  });
  const updateUrl = `${server.origin}/org/regiolens-index.json`;

  const browser = await launchWithPolicy(server.port, {
    indexUpdateUrl: updateUrl,
    trustedPublisherKeys: [DEMO_PUBLIC_KEY],
    updateIntervalHours: 6,
    recognitionScope: 'policy-sites',
  });
  try {
    const worker = await serviceWorkerOf(browser.context);
    // The policy is addressed to the id Chromium gave the extension.
    expect(extensionIdOf(worker)).toBe(browser.extensionId);
    await saveSettingsIn(worker, { language: 'nl' });

    // The check interval: the update alarm repeats every 6 hours instead of the default 24.
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.alarms.get('regiolens-index-update'))?.periodInMinutes ?? null), {
        timeout: 30_000,
      })
      .toBe(6 * 60);

    const options = await new OptionsPage(await browser.context.newPage(), browser.extensionId).open();
    const address = options.page.getByLabel('Adres van de index');
    await expect(address).toHaveValue(updateUrl);
    await expect(address).toHaveAttribute('readonly', '');
    await expect(
      options.page.getByText('Dit adres is ingesteld door je beheerder en kan hier niet worden gewijzigd.'),
    ).toBeVisible();
    await expect(options.page.getByRole('button', { name: 'Adres opslaan' })).toHaveCount(0);
    // Every value the organisation set, shown as set by it; the scope section is locked.
    await expect(options.page.getByRole('heading', { name: 'Ingesteld door je organisatie' })).toBeVisible();
    await expect(managedValue(options.page, 'recognitionScope')).toHaveText(
      'Alleen de websites op de lijst; je kunt geen websites toevoegen',
    );
    await expect(managedValue(options.page, 'indexUpdateUrl')).toHaveText(updateUrl);
    await expect(managedValue(options.page, 'trustedPublisherKeys')).toHaveText('1 bruikbare sleutel');
    await expect(managedValue(options.page, 'updateIntervalHours')).toHaveText('Elke 6 uur');
    await expect(options.page.locator('[data-managed-scope="policy-sites"]')).toContainText(
      'Dit is ingesteld door je organisatie en kan hier niet worden gewijzigd.',
    );
    await expect(options.page.getByRole('button', { name: 'Toestemming geven voor elke website' })).toHaveCount(0);
    await expectAccessibleLightAndDark(options.page, 'options under policy (set by the administrator, locked)', { narrow: true });

    // A policy site is still read by itself under "policy-sites".
    const { tabId } = await openTestPage(browser.context, 'http://www.vng.nl/regional.html');
    await expect.poll(async () => (await badgeOf(worker, tabId)).text, { timeout: 30_000 }).toBe('JA');

    // A release build trusts no key of its own: the update it fetched from the policy's address when it
    // was installed was accepted only through the policy's key.
    await expect
      .poll(
        async () => {
          await options.page.reload();
          return options.activeVersion().textContent();
        },
        { timeout: 60_000, intervals: [2_000] },
      )
      .toBe(String(next.version));
    await expect(options.activeEntries()).toHaveText('12');
    await expect(options.activeSource()).toContainText(updateUrl);
    await options.checkNow();
    await expect(options.alert('Geweigerd: deze versie is niet nieuwer dan de actieve index.')).toBeVisible({ timeout: 30_000 });

    // The organisation switches network updates off, lists no usable key and reads nothing by itself; the
    // browser starts again with the new policy (as after the next reboot) and the extension follows it.
    const restarted = await browser.restartWithPolicy({
      indexUpdateUrl: '',
      trustedPublisherKeys: ['geen-sleutel'],
      recognitionScope: 'on-request',
    });
    const workerAfter = await serviceWorkerOf(restarted);
    const after = await new OptionsPage(await restarted.newPage(), browser.extensionId).open();
    await expect(after.page.locator('[data-managed-url="off"]')).toHaveCount(1, { timeout: 30_000 });
    // The index fetched under the old policy stays active: switching updates off removes nothing.
    await expect(after.activeVersion()).toHaveText(String(next.version));
    await expect(managedValue(after.page, 'recognitionScope')).toHaveText(
      'Geen: Regiolens leest een pagina alleen als je erom vraagt',
    );
    await expect(managedValue(after.page, 'indexUpdateUrl')).toHaveText('Uit: geen updates via het netwerk');
    await expect(managedValue(after.page, 'trustedPublisherKeys')).toHaveText(
      'Geen bruikbare sleutel: elke update wordt geweigerd',
    );
    await expect(managedValue(after.page, 'updateIntervalHours')).toHaveCount(0);
    // The same policy site is not read by itself any more: not read (the button offers to), never "not regional".
    const page = await openTestPage(restarted, 'http://www.vng.nl/regional.html');
    await expect
      .poll(async () => (await badgeOf(workerAfter, page.tabId)).title, { timeout: 30_000 })
      .toMatch(/^Regiolens heeft deze pagina niet gelezen/);
    expect((await badgeOf(workerAfter, page.tabId)).text).toBe('');
    await expect(after.page.getByLabel('Adres van de index')).toHaveCount(0);
    await expect(after.page.locator('[data-updates-off="no-keys"]')).toContainText(
      'Het beleid van je beheerder noemt geen bruikbare sleutel',
    );
    await expectAccessibleLightAndDark(after.page, 'options with updates switched off by policy', { narrow: true });
  } finally {
    await browser.close();
  }
});
