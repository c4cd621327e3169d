/**
 * The side panel's places: the region the page is about with its members, each
 * named place with its kinds and the material naming it, a Regio Deal's page,
 * and names the data cannot settle said to be unclear. The places come from the
 * real gazetteer reading a page we wrote.
 */
import { render } from 'vitest-browser-preact';
import { page as browserPage } from 'vitest/browser';
import { expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import { placesOnPage } from '../../../../lib/core/places/places';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { analysedState, ENTRIES, sidePanel } from '../../support/sidepanel-fakes';

const TEXT =
  'Enschede, Hengelo, Almelo en Borne werken samen in Twente. Enschede trekt. De Regio Deal Twente loopt door. ' +
  'De gemeente Bergen organiseert een avond.';
const TWENTE_ENTRY: IndexEntry = {
  id: 'twente-board',
  title: 'Samenwerken in Twente',
  kind: 'artikel',
  themes: ['ws-samenwerking'],
  keywords: ['Twente', 'regio deal'],
  summary: 'Hoe de Twentse gemeenten samen investeren.',
};

async function show(lang: 'nl' | 'en' = 'nl', text = TEXT, title = 'Twente') {
  const base = analysedState();
  const recognition = base.recognition && { ...base.recognition, places: placesOnPage({ title, text }) };
  const panel = await sidePanel({ state: { ...base, recognition }, entries: [...ENTRIES, TWENTE_ENTRY] });
  const screen = await render(
    <I18nProvider t={translator(lang)}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  return { screen, ...panel };
}

test('the region, its members, the places named and the material naming them', async () => {
  await browserPage.viewport(320, 900);
  const { screen, opened } = await show();
  const section = screen.getByRole('region', { name: 'Plaatsen op deze pagina' });
  await expect.element(section.getByRole('heading', { name: 'De pagina gaat over Twente' })).toBeVisible();
  expect(section.element().textContent).toContain('4 van de 14 gemeenten van deze regio staan op de pagina.');
  await section.getByText('Gemeenten in Twente').click();
  const members = section.element().querySelectorAll('.places__members li');
  expect(members).toHaveLength(14);
  expect([...members].filter((li) => li.hasAttribute('data-named')).map((li) => li.textContent)).toEqual([
    'Almelo (genoemd op de pagina)',
    'Borne (genoemd op de pagina)',
    'Enschede (genoemd op de pagina)',
    'Hengelo (O.) (genoemd op de pagina)',
  ]);
  const enschede = section.element().querySelector('[data-place="gemeente:enschede"]');
  expect(enschede?.textContent).toBe('Enschede gemeente · 2 keer genoemd');
  const twente = section.element().querySelector('[data-place="regio:twente"]');
  expect(twente?.textContent).toContain('COROP-gebied, veiligheidsregio, arbeidsmarktregio');
  const deal = section.getByRole('link', { name: /Meer over Regio Deal Twente/ });
  await expect.element(deal).toHaveAttribute('href', 'https://twente.com/twente-board/wat-doen-we/investeren/regio-deals');
  expect(section.element().querySelector('[data-ambiguous]')?.textContent).toBe(
    'Bergen: niet duidelijk welke gemeente: Bergen (NH.) of Bergen (L.).',
  );
  await section.getByText('1 item in het materiaal noemt Twente').click();
  await expectNoAxeViolations(screen.container);
  await section.getByRole('button', { name: 'Samenwerken in Twente' }).click();
  expect(opened).toEqual(['twente-board']);
});

test('English, and a page without places says so', async () => {
  const { screen } = await show('en', 'A page about nothing in particular.', 'Nothing');
  const section = screen.getByRole('region', { name: 'Places on this page' });
  await expect.element(section.getByText('This page names no municipality, province or region.')).toBeVisible();
  await expectNoAxeViolations(screen.container);
});
