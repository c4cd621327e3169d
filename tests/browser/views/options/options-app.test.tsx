import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { LiveI18nProvider } from '../../../../lib/views/common/LiveI18nProvider';
import { OptionsApp } from '../../../../lib/views/options/OptionsApp';
import { createTranslatorCache } from '../../../../lib/shared/platform/translator';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { fakeServices, lastCheck, updatedOnce } from '../../support/options-fakes';
import { renderIn } from '../../support/render-options';

describe('OptionsApp', () => {
  for (const locale of ['nl', 'en'] as const) {
    test(`renders every section in ${locale} with no axe violations`, async () => {
      const screen = await renderIn(<OptionsApp services={fakeServices()} />, locale);
      const headings =
        locale === 'nl'
          ? [
              'Taal',
              'Waar Regiolens meekijkt',
              'Index met materiaal',
              'Notities',
              'Sneltoetsen',
              "Gegevens over gemeenten en regio's",
              'Privacy',
            ]
          : [
              'Language',
              'Where Regiolens looks',
              'Index of material',
              'Notes',
              'Keyboard shortcuts',
              'Data on municipalities and regions',
              'Privacy',
            ];
      for (const name of headings)
        await expect.element(screen.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      await expect.element(screen.getByText(locale === 'nl' ? 'Je hebt 3 notities.' : 'You have 3 notes.')).toBeVisible();
      // The place data is credited as its licence (CC BY 4.0) asks.
      await expect.element(screen.getByText(/CBS, Gebieden in Nederland \(CC BY 4\.0\)/)).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  }

  test('without a policy there is no organisation section, and the user may add sites', async () => {
    const screen = await renderIn(<OptionsApp services={fakeServices()} />, 'nl');
    await expect.element(screen.getByRole('heading', { name: 'Waar Regiolens meekijkt' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Toestemming geven voor elke website' })).toBeVisible();
    expect(screen.container.querySelector('[data-policy]')).toBeNull();
  });

  for (const locale of ['nl', 'en'] as const) {
    test(`every value an organisation sets is shown as set by it, and the scope is locked (${locale})`, async () => {
      const services = fakeServices({
        managedUpdate: { kind: 'address', url: 'https://beheer.example.nl/regiolens-index.json' },
        trustedKeys: { count: 2, fromPolicy: true },
        updateIntervalHours: 6,
        scope: 'policy-sites',
      });
      const screen = await renderIn(<OptionsApp services={services} />, locale);
      const nl = locale === 'nl';
      await expect
        .element(
          screen.getByRole('heading', { level: 2, name: nl ? 'Ingesteld door je organisatie' : 'Set by your organisation' }),
        )
        .toBeVisible();
      const value = (key: string) => screen.container.querySelector(`[data-managed="${key}"]`)?.textContent;
      expect(value('recognitionScope')).toBe(
        nl
          ? 'Alleen de websites op de lijst; je kunt geen websites toevoegen'
          : 'Only the sites on the list; you cannot add sites',
      );
      expect(value('indexUpdateUrl')).toBe('https://beheer.example.nl/regiolens-index.json');
      expect(value('trustedPublisherKeys')).toBe(nl ? '2 bruikbare sleutels' : '2 usable keys');
      expect(value('updateIntervalHours')).toBe(nl ? 'Elke 6 uur' : 'Every 6 hours');
      // The scope section says who chose, and offers no way to add sites.
      await expect
        .element(
          screen.getByText(
            nl ? /Dit is ingesteld door je organisatie en kan hier niet worden gewijzigd\./ : /This is set by your organisation/,
          ),
        )
        .toBeVisible();
      expect(screen.container.querySelector('[data-all-sites]')).toBeNull();
      expect(screen.getByRole('button', { name: nl ? 'Toestemming geven voor elke website' : /every site/i }).elements()).toEqual(
        [],
      );
      await expectNoAxeViolations(screen.container);
    });
  }

  test('a policy that switches updates off and trusts no key says so, once an hour', async () => {
    const services = fakeServices({
      managedUpdate: { kind: 'off' },
      trustedKeys: { count: 0, fromPolicy: true },
      updateIntervalHours: 1,
    });
    const screen = await renderIn(<OptionsApp services={services} />, 'nl');
    await expect.element(screen.getByText('Uit: geen updates via het netwerk')).toBeVisible();
    await expect.element(screen.getByText('Geen bruikbare sleutel: elke update wordt geweigerd')).toBeVisible();
    await expect.element(screen.getByText('Elk uur')).toBeVisible();
    // No scope in the policy: the user may still add sites.
    await expect.element(screen.getByRole('button', { name: 'Toestemming geven voor elke website' })).toBeVisible();
  });

  test('a policy the browser tells late (its policy service slow to start) still shows, without a reload', async () => {
    const services = fakeServices();
    const screen = await renderIn(<OptionsApp services={services} />, 'nl');
    await expect.element(screen.getByRole('button', { name: 'Toestemming geven voor elke website' })).toBeVisible();
    expect(screen.container.querySelector('[data-policy]')).toBeNull();
    services.announcePolicy({
      updateUrl: { kind: 'off' },
      trustedKeys: { count: 0, fromPolicy: true },
      updateIntervalHours: null,
      scope: 'on-request',
    });
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Ingesteld door je organisatie' })).toBeVisible();
    await expect.element(screen.getByText('Uit: geen updates via het netwerk')).toBeVisible();
    await expect
      .element(screen.getByText('Geen: Regiolens leest een pagina alleen als je erom vraagt', { exact: true }))
      .toBeVisible();
    expect(screen.getByRole('button', { name: 'Toestemming geven voor elke website' }).elements()).toEqual([]);
  });

  test('choosing English saves the choice and switches the page to English in place', async () => {
    const services = fakeServices();
    // The page as mount() builds it: a translator cache over the settings, feeding the live provider.
    const translators = createTranslatorCache({
      language: async () => (await services.settings.load()).language,
      onSettingsChanged: (listener) => services.settings.subscribe((settings) => listener(settings.language)),
      translatorFor: async (choice) => translator(choice === 'en' ? 'en' : 'nl'),
    });
    const screen = await render(
      <LiveI18nProvider initial={await translators.current()} changes={translators.onChange}>
        <OptionsApp services={services} />
      </LiveI18nProvider>,
    );
    await screen.getByLabelText('Taal van Regiolens').selectOptions('en');
    await expect
      .poll(() => screen.getByRole('heading', { level: 1 }).element().textContent ?? '')
      .toMatch('Regiolens – settings');
    await expect.element(screen.getByRole('status').filter({ hasText: 'The language has been saved.' })).toBeVisible();
    expect(services.currentSettings().language).toBe('en');
    await expect.poll(() => document.documentElement.lang).toBe('en');
    await expectNoAxeViolations(screen.container);
  });

  test('hostile strings from an index and from settings are shown as text', async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const services = fakeServices({ settings: { ignoredSites: ['example.org'] } });
    // An index loaded from a file with a hostile name, and a check whose detail tries to be HTML.
    await updatedOnce(services.harness, { kind: 'file', name: hostile });
    await lastCheck(services.harness, {
      at: '2026-12-01T10:00:00Z',
      outcome: 'schema_invalid',
      detail: `<script>alert(2)</script>`,
    });
    const screen = await renderIn(<OptionsApp services={services} />);
    await expect.element(screen.getByText(`Bestand ${hostile}`)).toBeVisible();
    expect(screen.container.querySelector('img')).toBeNull();
    expect(screen.container.querySelector('script')).toBeNull();
    expect(screen.container.textContent).toContain('<script>alert(2)</script>');
  });

  test('the page still shows notes and privacy when settings cannot be read', async () => {
    const services = fakeServices();
    services.settings.load = async () => {
      throw new Error('storage is broken');
    };
    const screen = await renderIn(<OptionsApp services={services} />);
    await expect.element(screen.getByRole('alert').filter({ hasText: 'Dat lukte niet: storage is broken' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Privacy' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('changing the update address asks for the new server and gives the old one back', async () => {
    const services = fakeServices({ settings: { indexUpdateUrl: 'https://old.example.org/index.json' } });
    const screen = await renderIn(<OptionsApp services={services} />);
    const field = screen.getByLabelText('Adres van de index');
    await expect.element(field).toHaveValue('https://old.example.org/index.json');
    await field.fill('https://new.example.org/index.json');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'Het adres is opgeslagen.' })).toBeVisible();
    expect(services.calls).toEqual(
      expect.arrayContaining([
        'access:https://new.example.org/index.json',
        'release:https://old.example.org/index.json->https://new.example.org/index.json',
      ]),
    );
    expect(services.currentSettings().indexUpdateUrl).toBe('https://new.example.org/index.json');
  });
});
