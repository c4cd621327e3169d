import { describe, expect, test } from 'vitest';
import { IndexSection } from '../../../../lib/views/options/IndexSection';
import { INDEX_OUTCOME_CODES, SUCCESS_OUTCOMES } from '../../../../lib/core/index/outcomes';
import { dutchCatalog } from '../../support/catalog';
import { expectNoAxeViolations } from '../../support/axe';
import {
  fakeServices,
  indexActions,
  lastCheck,
  updatedOnce,
  updateServer,
  type FakeKnobs,
  type ServerAnswer,
} from '../../support/options-fakes';
import { renderIn } from '../../support/render-options';

const noSave = async () => undefined;
const NO_POLICY = { kind: 'none' } as const;
const ONE_KEY = { count: 1, fromPolicy: false };

/** The real background (see options-fakes.ts), updated once to version 3 unless told otherwise. */
async function backgroundFor(knobs: FakeKnobs = {}, history: 'updated' | 'bundled only' = 'updated') {
  const services = fakeServices(knobs);
  if (history === 'updated') await updatedOnce(services.harness);
  return services;
}

describe('IndexSection', () => {
  test('shows the active and previous index and that no check was made yet', async () => {
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await expect.element(screen.getByText('Update van https://index.example.org/regiolens.json')).toBeVisible();
    await expect.element(screen.getByText('Meegeleverd met de extensie')).toBeVisible();
    await expect.element(screen.getByText('57')).toBeVisible();
    await expect.element(screen.getByText('Er is nog niet gecontroleerd op een nieuwe versie.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('says when there is no previous index', async () => {
    const { background, events } = await backgroundFor({}, 'bundled only');
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await expect.element(screen.getByText('Er is geen vorige index.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  for (const code of INDEX_OUTCOME_CODES) {
    test(`last check "${code}" is told in plain Dutch`, async () => {
      const services = await backgroundFor();
      await lastCheck(services.harness, { at: '2026-12-02T08:00:00Z', outcome: code, detail: `technical ${code}` });
      const screen = await renderIn(
        <IndexSection
          background={services.background}
          events={services.events}
          updateUrl={null}
          managed={NO_POLICY}
          trustedKeys={ONE_KEY}
          onSaveUpdateUrl={noSave}
        />,
      );
      const expected = dutchCatalog[`index_outcome_${code}`]?.message ?? '';
      expect(expected).not.toBe('');
      await expect.element(screen.getByText(expected)).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  }

  for (const code of ['updated', 'not_modified', 'signature_invalid', 'not_newer', 'network_error'] satisfies ServerAnswer[]) {
    test(`"check now" announces ${code} in the ${SUCCESS_OUTCOMES.has(code) ? 'status' : 'alert'} region`, async () => {
      // The real updater checks an update server that answers so.
      const services = await backgroundFor({ server: updateServer(code) });
      const screen = await renderIn(
        <IndexSection
          background={services.background}
          events={services.events}
          updateUrl={null}
          managed={NO_POLICY}
          trustedKeys={ONE_KEY}
          onSaveUpdateUrl={noSave}
        />,
      );
      await screen.getByRole('button', { name: 'Nu controleren' }).click();
      const role = SUCCESS_OUTCOMES.has(code) ? 'status' : 'alert';
      await expect
        .element(screen.getByRole(role).filter({ hasText: dutchCatalog[`index_outcome_${code}`]?.message ?? '?' }))
        .toBeVisible();
      expect(indexActions(services.harness)).toEqual(['index/check-now']);
      await expectNoAxeViolations(screen.container);
    });
  }

  test('rollback and reset ask the background and show the new status', async () => {
    const services = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={services.background}
        events={services.events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    const active = () => screen.getByRole('group', { name: 'Actieve index' });
    const previous = () => screen.getByRole('group', { name: 'Vorige index' });
    await expect.element(active().getByText('Update van https://index.example.org/regiolens.json')).toBeVisible();
    await screen.getByRole('button', { name: 'Terug naar de vorige index' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'De vorige index is weer actief.' })).toBeVisible();
    // The new status: the bundled index active again, the update now the previous one.
    await expect.element(active().getByText('Meegeleverd met de extensie')).toBeVisible();
    await expect.element(previous().getByText('Update van https://index.example.org/regiolens.json')).toBeVisible();
    await screen.getByRole('button', { name: 'Terug naar de meegeleverde index' }).click();
    await expect
      .element(screen.getByRole('status').filter({ hasText: dutchCatalog.index_outcome_reset_to_bundled?.message ?? '?' }))
      .toBeVisible();
    expect(indexActions(services.harness)).toEqual(['index/rollback', 'index/reset']);
  });

  test('with no previous index, going back is not offered (the button is disabled), and nothing changes', async () => {
    const services = await backgroundFor({}, 'bundled only');
    const screen = await renderIn(
      <IndexSection
        background={services.background}
        events={services.events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await expect.element(screen.getByText('Er is geen vorige index.')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Terug naar de vorige index' })).toBeDisabled();
    expect(indexActions(services.harness)).toEqual([]);
  });

  test('a failing background is reported as an alert', async () => {
    const services = await backgroundFor();
    services.harness.silence('index/check-now');
    const screen = await renderIn(
      <IndexSection
        background={services.background}
        events={services.events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await screen.getByRole('button', { name: 'Nu controleren' }).click();
    await expect
      .element(screen.getByRole('alert').filter({ hasText: 'Dat lukte niet: no answer to "index/check-now"' }))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('an update address is validated before it is saved: plain http elsewhere is refused with the reason', async () => {
    const saved: Array<string | null> = [];
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={async (url) => void saved.push(url)}
      />,
    );
    const field = screen.getByLabelText('Adres van de index');
    await field.fill('http://index.example.org/regiolens.json');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'moet met https beginnen' })).toBeVisible();
    await expect.element(screen.getByText(/not index\.example\.org/)).toBeVisible();
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    expect(saved).toEqual([]);
    await expectNoAxeViolations(screen.container);

    await field.fill('http://127.0.0.1:8080/index.json');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'Het adres is opgeslagen.' })).toBeVisible();
    await field.fill('');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'Het adres is gewist' })).toBeVisible();
    expect(saved).toEqual(['http://127.0.0.1:8080/index.json', null]);
  });

  test('an address that is not one is refused as invalid', async () => {
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await screen.getByLabelText('Adres van de index').fill('ftp://x.example.org/i.json');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'geen geldig webadres' })).toBeVisible();
  });

  test('an administrator preset address is read-only, with an explanation', async () => {
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl="https://mine.example.org/i.json"
        managed={{ kind: 'address', url: 'https://beheer.example.org/index.json' }}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    const field = screen.getByLabelText('Adres van de index');
    await expect.element(field).toHaveValue('https://beheer.example.org/index.json');
    await expect.element(field).toHaveAttribute('readonly');
    await expect
      .element(screen.getByText('Dit adres is ingesteld door je beheerder en kan hier niet worden gewijzigd.'))
      .toBeVisible();
    expect(screen.container.textContent).not.toContain('Adres opslaan');
    await expectNoAxeViolations(screen.container);
  });

  test('an administrator who switched updates off leaves no address to set, and says so', async () => {
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl="https://mine.example.org/i.json"
        managed={{ kind: 'off' }}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await expect.element(screen.getByText(/Je beheerder heeft updates via het netwerk uitgeschakeld/)).toBeVisible();
    expect(screen.container.querySelector('input.options__url')).toBeNull();
    expect(screen.container.textContent).not.toContain('Adres opslaan');
    expect(screen.container.textContent).not.toContain('https://mine.example.org/i.json');
    await expectNoAxeViolations(screen.container);
  });

  test.each([
    { fromPolicy: false, text: /In deze versie van Regiolens is geen sleutel van een uitgever ingebouwd/ },
    { fromPolicy: true, text: /Het beleid van je beheerder noemt geen bruikbare sleutel/ },
  ])(
    'without a trusted key (policy: $fromPolicy) the section says plainly that updates are off',
    async ({ fromPolicy, text }) => {
      const { background, events } = await backgroundFor();
      const screen = await renderIn(
        <IndexSection
          background={background}
          events={events}
          updateUrl={null}
          managed={NO_POLICY}
          trustedKeys={{ count: 0, fromPolicy }}
          onSaveUpdateUrl={noSave}
        />,
      );
      const notice = screen.getByText(text);
      await expect.element(notice).toBeVisible();
      expect(notice.element().textContent).toMatch(/^Updates staan uit\./);
      await expectNoAxeViolations(screen.container);
    },
  );

  test('with a trusted key there is no such notice', async () => {
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    await expect.element(screen.getByText('Meegeleverd met de extensie')).toBeVisible();
    expect(screen.container.textContent).not.toContain('Updates staan uit');
  });

  test('loading from a file needs an index file and sends it with its signature', async () => {
    const services = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={services.background}
        events={services.events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
      />,
    );
    const imports = () =>
      services.harness.sent
        .filter((message) => message.type === 'index/import-file')
        .map(({ payload }) => payload as { fileName: string | null; signature: string | null; indexBase64: string });
    await screen.getByRole('button', { name: 'Bestand laden' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'Kies eerst een indexbestand.' })).toBeVisible();
    await expectNoAxeViolations(screen.container);

    await screen.getByLabelText('Indexbestand (.json)').upload(new File(['{}'], 'index.json', { type: 'application/json' }));
    await screen.getByRole('button', { name: 'Bestand laden' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'er is geen handtekening' })).toBeVisible();
    expect(imports()).toEqual([{ fileName: 'index.json', signature: null, indexBase64: btoa('{}') }]);

    await screen.getByLabelText('Handtekening (.sig)').upload(new File(['sig'], 'index.json.sig'));
    await screen.getByRole('button', { name: 'Bestand laden' }).click();
    await expect.poll(imports).toEqual([
      { fileName: 'index.json', signature: null, indexBase64: btoa('{}') },
      { fileName: 'index.json', signature: 'sig', indexBase64: btoa('{}') },
    ]);
    // The background checked the file as it checks an update: a signature that is not one is refused.
    await expect
      .element(screen.getByRole('alert').filter({ hasText: dutchCatalog.index_outcome_signature_invalid?.message ?? '?' }))
      .toBeVisible();
  });
});

describe('access to an update server off the policy-site list', () => {
  test.each([
    { granted: true, expected: 'Het adres is opgeslagen.', warned: false },
    { granted: false, expected: 'Regiolens kreeg geen toegang tot deze server', warned: true },
  ])('access granted: $granted', async ({ granted, expected, warned }) => {
    const asked: string[] = [];
    const { background, events } = await backgroundFor();
    const screen = await renderIn(
      <IndexSection
        background={background}
        events={events}
        updateUrl={null}
        managed={NO_POLICY}
        trustedKeys={ONE_KEY}
        onSaveUpdateUrl={noSave}
        onRequestAccess={async (url) => {
          asked.push(url);
          return granted;
        }}
      />,
    );
    await screen.getByLabelText('Adres van de index').fill('https://index.example.org/regiolens.json');
    await screen.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: expected })).toBeVisible();
    expect(asked).toEqual(['https://index.example.org/regiolens.json']);
    expect(screen.container.textContent?.includes('Access-Control-Allow-Origin')).toBe(warned);
    await expectNoAxeViolations(screen.container);
  });
});
