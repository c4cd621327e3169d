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
