import { describe, expect, test } from 'vitest';
import { ScopeSection } from '../../../../lib/views/options/ScopeSection';
import { ShortcutsSection } from '../../../../lib/views/options/ShortcutsSection';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/options-fakes';
import { renderIn } from '../../support/render-options';

function renderScope(knobs: Parameters<typeof fakeServices>[0] & { failPdfSave?: boolean } = {}, sites: string[] = []) {
  const services = fakeServices(knobs);
  let ignored = sites;
  const saves: string[][] = [];
  const privateSaves: boolean[] = [];
  const pdfSaves: boolean[] = [];
  const view = (
    <ScopeSection
      scope={services.scope}
      policySites={['vng.nl', 'ipo.nl', 'rli.nl']}
      ignoredSites={ignored}
      onSaveIgnoredSites={async (next) => {
        saves.push(next);
        ignored = next;
      }}
      allowPrivateWindows={false}
      onSavePrivateWindows={async (allow) => {
        privateSaves.push(allow);
      }}
      openPdfsInReader={false}
      onSaveOpenPdfs={async (open) => {
        if (open && knobs.failPdfSave) throw new Error('De opslag is vol');
        pdfSaves.push(open);
      }}
    />
  );
  return { services, saves, privateSaves, pdfSaves, view };
}

describe('ScopeSection', () => {
  test('explains the default list (collapsible), the toolbar button and private windows', async () => {
    const { view } = renderScope();
    const screen = await renderIn(view);
    const summary = screen.getByText('Bekijk de 3 websites op de lijst');
    await expect.element(summary).toBeVisible();
    await expect.element(screen.getByText('rli.nl')).not.toBeVisible();
    await summary.click();
    await expect.element(screen.getByText('rli.nl')).toBeVisible();
    await expect.element(screen.getByText(/knop van Regiolens in de werkbalk/)).toBeVisible();
    await expect.element(screen.getByText(/geen pagina's in privévensters/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('sites the user always reads are listed and can be withdrawn one by one', async () => {
    const { view, services } = renderScope({ sitesRead: ['gemeente-voorbeeld.nl', 'example.org'] });
    const screen = await renderIn(view);
    await expect.element(screen.getByText('gemeente-voorbeeld.nl')).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'gemeente-voorbeeld.nl niet meer lezen' }).click();
    await expect.element(screen.getByText('Regiolens leest gemeente-voorbeeld.nl niet meer vanzelf.')).toBeVisible();
    expect(services.calls).toContain('stop-reading:gemeente-voorbeeld.nl');
    await expect.element(screen.getByRole('button', { name: 'example.org niet meer lezen' })).toBeVisible();
    expect(screen.container.querySelector('[aria-label="gemeente-voorbeeld.nl niet meer lezen"]')).toBeNull();
  });

  test('with no sites of their own the user is told how to add one', async () => {
    const { view } = renderScope();
    const screen = await renderIn(view);
    await expect.element(screen.getByText('Je hebt nog geen sites toegevoegd.')).toBeVisible();
  });

  test('private windows stay off until the user ticks the box', async () => {
    const { view, privateSaves } = renderScope();
    const screen = await renderIn(view);
    const box = screen.getByRole('checkbox', { name: "Ook pagina's in privévensters herkennen" });
    await expect.element(box).not.toBeChecked();
    await box.click();
    expect(privateSaves).toEqual([true]);
    await expectNoAxeViolations(screen.container);
  });

  test("PDFs open in the browser's viewer until the user ticks the box, and the text says why", async () => {
    const { view, pdfSaves } = renderScope();
    const screen = await renderIn(view);
    const box = screen.getByRole('checkbox', { name: "Pdf's op beleidssites openen in Regiolens" });
    await expect.element(box).not.toBeChecked();
    await expect.element(box).toHaveAccessibleDescription(/Het staat uit tot je het zelf kiest/);
    await box.click();
    expect(pdfSaves).toEqual([true]);
    await expectNoAxeViolations(screen.container);
  });

  test('a PDF choice that cannot be saved puts the box back and says why', async () => {
    const { view, pdfSaves } = renderScope({ failPdfSave: true });
    const screen = await renderIn(view);
    const box = screen.getByRole('checkbox', { name: "Pdf's op beleidssites openen in Regiolens" });
    await box.click();
    await expect.element(screen.getByRole('alert').filter({ hasText: /De opslag is vol/ })).toBeVisible();
    await expect.element(box).not.toBeChecked();
    expect(pdfSaves).toEqual([]);
  });

  test('"every site" is requested from the click, and can be withdrawn', async () => {
    const { view, services } = renderScope({ allSites: false, grant: true });
    const screen = await renderIn(view);
    await expect.element(screen.getByText(/^Uit:/)).toBeVisible();
    await screen.getByRole('button', { name: 'Toestemming geven voor elke website' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'Regiolens herkent nu pagina' })).toBeVisible();
    await expect.element(screen.getByText(/^Aan:/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Toestemming voor elke website intrekken' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: 'De toestemming is ingetrokken' })).toBeVisible();
    expect(services.calls).toEqual(['request', 'revoke']);
  });

  test('a refused permission prompt says nothing changed', async () => {
    const { view } = renderScope({ allSites: false, grant: false });
    const screen = await renderIn(view);
    await screen.getByRole('button', { name: 'Toestemming geven voor elke website' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'geen toestemming gegeven' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('ignored sites: add (from a pasted address), refuse invalid and duplicates', async () => {
    const { view, saves } = renderScope({}, ['example.org']);
    const screen = await renderIn(view);
    await expect
      .poll(() => screen.getByRole('list', { name: 'Overgeslagen websites' }).element().textContent ?? '')
      .toMatch('example.org');
    const field = screen.getByLabelText('Websitenaam, bijvoorbeeld voorbeeld.nl');
    await field.fill('not a host!');
    await screen.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'Dit is geen geldige websitenaam' })).toBeVisible();
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(screen.container);
    await field.fill('EXAMPLE.org');
    await screen.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'example.org staat al op de lijst.' })).toBeVisible();
    await field.fill('www.example.org.');
    await screen.getByRole('button', { name: 'Toevoegen' }).click();
    await expect
      .element(screen.getByRole('alert').filter({ hasText: 'www.example.org valt al onder example.org, dat op de lijst staat.' }))
      .toBeVisible();
    await field.fill('https://www.Nieuws.nl/artikel?x=1');
    await screen.getByRole('button', { name: 'Toevoegen' }).click();
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'www.nieuws.nl wordt voortaan overgeslagen.' }))
      .toBeVisible();
    expect(saves).toEqual([['example.org', 'www.nieuws.nl']]);
  });

  test('ignored sites: remove, and an empty list says so', async () => {
    const { view, saves } = renderScope({}, []);
    const screen = await renderIn(view);
    await expect.element(screen.getByText('Er staan nog geen websites op deze lijst.')).toBeVisible();
    const withOne = renderScope({}, ['example.org']);
    const second = await renderIn(withOne.view);
    await second.getByRole('button', { name: 'example.org verwijderen' }).click();
    await expect
      .element(second.getByRole('status').filter({ hasText: 'example.org wordt niet meer overgeslagen.' }))
      .toBeVisible();
    expect(withOne.saves).toEqual([[]]);
    expect(saves).toEqual([]);
  });
});

describe('ShortcutsSection', () => {
  test('lists the commands with their keys (or none) and how to change them', async () => {
    const { commands } = fakeServices();
    const screen = await renderIn(<ShortcutsSection commands={commands} />);
    await expect.poll(() => screen.getByRole('table').element().textContent ?? '').toMatch(/Alt\+Shift\+L/);
    await expect.element(screen.getByText('geen sneltoets')).toBeVisible();
    await expect.element(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('in Firefox it explains about:addons and offers the browser page when it can', async () => {
    const opened: string[] = [];
    const { commands } = fakeServices();
    const screen = await renderIn(
      <ShortcutsSection
        commands={{ ...commands, family: 'firefox', openShortcutSettings: async () => void opened.push('open') }}
      />,
      'en',
    );
    await expect.element(screen.getByText(/about:addons/)).toBeVisible();
    await screen.getByRole('button', { name: "Open the browser's shortcut settings" }).click();
    await expect.poll(() => opened).toEqual(['open']);
    await expectNoAxeViolations(screen.container);
  });

  test('a failure to read the commands is reported', async () => {
    const { commands } = fakeServices();
    const screen = await renderIn(
      <ShortcutsSection commands={{ ...commands, list: async () => Promise.reject(new Error('nope')) }} />,
    );
    await expect
      .element(screen.getByRole('alert').filter({ hasText: 'De sneltoetsen konden niet worden opgevraagd.' }))
      .toBeVisible();
  });
});
