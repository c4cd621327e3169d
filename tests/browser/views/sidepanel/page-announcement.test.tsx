/**
 * The side panel announces a page change with one short polite status (page
 * and verdict), not by making the whole verdict section live: the heading and
 * reasons are not in any live region, and no live region sits inside another.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { TabState } from '../../../../lib/core/tab-state';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { analysedState, sidePanel } from '../../support/sidepanel-fakes';

const LIVE = '[aria-live], [role="status"], [role="alert"], [role="log"]';

async function show(state: TabState, lang: 'nl' | 'en' = 'nl') {
  const panel = await sidePanel({ state });
  const screen = await render(
    <I18nProvider t={translator(lang)}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  const announcement = () => screen.container.querySelector('[data-page-status]');
  return { screen, background: panel.background, announcement };
}

/** Live regions in the panel that contain another live region. */
function nestedLiveRegions(container: HTMLElement): Element[] {
  return [...container.querySelectorAll(LIVE)].filter((region) => region.querySelector(LIVE) !== null);
}

describe('the side panel announces page changes briefly', () => {
  test('one polite status with page and verdict; the verdict section and its reasons are not live', async () => {
    const { screen, background, announcement } = await show(analysedState());
    await expect.poll(() => announcement()?.textContent).toBe('Grip op regionale samenwerking: Over regionale samenwerking');
    expect(announcement()?.getAttribute('role')).toBe('status');
    expect(announcement()?.closest('section')).toBeNull();

    const heading = screen.getByRole('heading', { level: 2, name: 'Grip op regionale samenwerking' }).element();
    const section = heading.closest('section') as HTMLElement;
    expect(section.hasAttribute('aria-live')).toBe(false);
    expect(section.closest(LIVE)).toBeNull();
    const reason = screen.getByText('gemeenschappelijke regeling (3×)').element();
    expect(reason.closest(LIVE)).toBeNull();
    expect(nestedLiveRegions(screen.container)).toEqual([]);
    await expectNoAxeViolations(screen.container);

    // The user switches to another tab: the panel asks the background, and the status says so in one short line.
    const other = analysedState({ tabId: 8, url: 'https://www.vng.nl/demo/overig', title: 'Afvalinzameling' });
    if (other.recognition) other.recognition = { ...other.recognition, verdict: 'no', why: [] };
    background.seedTab(other);
    background.switchTo(8);
    await expect.poll(() => announcement()?.textContent).toBe('Afvalinzameling: Niet over regionale samenwerking');
    expect(nestedLiveRegions(screen.container)).toEqual([]);
    expect(screen.container.querySelectorAll('[data-page-status]')).toHaveLength(1);
    await expectNoAxeViolations(screen.container);
  });

  test.each([
    {
      name: 'a page not read yet',
      state: { tabId: 7, status: 'unknown', title: 'Nieuws' },
      expected: 'Nieuws: Deze pagina is nog niet bekeken',
    },
    {
      name: 'a browser page',
      state: { tabId: 7, status: 'restricted' },
      expected: 'Deze pagina: Regiolens kan deze pagina niet lezen',
    },
    { name: 'a closed tab', state: { tabId: -1, status: 'unknown' }, expected: 'Deze pagina: Tabblad gesloten' },
  ] satisfies Array<{ name: string; state: TabState; expected: string }>)('$name: $expected', async ({ state, expected }) => {
    const { screen, announcement } = await show(state);
    await expect.poll(() => announcement()?.textContent).toBe(expected);
    expect(nestedLiveRegions(screen.container)).toEqual([]);
  });

  test('English', async () => {
    const { announcement } = await show(analysedState(), 'en');
    await expect.poll(() => announcement()?.textContent).toBe('Grip op regionale samenwerking: About regional cooperation');
  });
});
