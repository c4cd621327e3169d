import { render } from 'vitest-browser-preact';
import { userEvent } from 'vitest/browser';
import { describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../../../lib/views/popup/PopupApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { TabState } from '../../../../lib/core/tab-state';
import type { QueryMemory } from '../../../../lib/views/popup/query-memory-source';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { testBackground } from '../../support/background';
import { ANALYSED, BUNDLED_ENTRIES, HOSTILE, memory } from '../../support/popup-fakes';

interface Setup {
  entries?: readonly IndexEntry[];
  state?: TabState;
  memory?: QueryMemory;
  lang?: 'nl' | 'en';
}

async function renderPopup(setup: Setup = {}) {
  const onOpen = vi.fn<(entry: IndexEntry) => void>();
  const onOpenSidePanel = vi.fn();
  const onClose = vi.fn();
  // The real background: the tab's state as the tracker holds it, the index as the store has it.
  const state = setup.state ?? ANALYSED;
  const background = testBackground({ entries: setup.entries ?? BUNDLED_ENTRIES, activeTab: state.tabId });
  background.seedTab(state);
  const screen = await render(
    <I18nProvider t={translator(setup.lang ?? 'nl')}>
      <PopupApp
        tabs={background.tabSource()}
        background={background.client}
        events={background.events}
        memory={setup.memory}
        onOpen={onOpen}
        onOpenSidePanel={onOpenSidePanel}
        onClose={onClose}
      />
    </I18nProvider>,
  );
  const input = () => screen.getByRole('combobox').first();
  // The werksessies show once the index is built: the popup is interactive then (a remembered query shows results instead).
  if (!setup.memory) await expect.element(screen.getByRole('heading', { name: /werksessies|working sessions/i })).toBeVisible();
  return { screen, input, onOpen, onOpenSidePanel, onClose, background };
}

/** Text of a located element ('' while it is missing); polled, because results render after the index loads. */
function textOf(locator: { query(): Element | null }): string {
  return locator.query()?.textContent ?? '';
}

function resultIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[role="option"] [data-entry-id]')].map(
    (node) => node.getAttribute('data-entry-id') ?? '',
  );
}

async function typeQuery(input: () => ReturnType<ReturnType<typeof render>['getByRole']>, text: string) {
  await userEvent.fill(input(), text);
}

const QUERIES: Array<{ query: string; targets: string[] }> = [
  { query: 'ecosyteem', targets: ['art-ecosysteem-lokaal', 'ws-ecosystemen', 'art-ecosystemen-ambitieus'] },
  { query: 'democratisch regio', targets: ['ws-democratie'] },
  {
    query: 'gemeenschapelijke regeling',
    targets: ['vng-procesaanpak-wgr-2022', 'wgr-wijziging-2022', 'raad-van-state-advies-wgr'],
  },
  { query: 'rob ambacht', targets: ['pub-rob-ambacht'] },
];

describe('PopupApp search', () => {
  test('the search box has focus when the popup opens', async () => {
    const { input } = await renderPopup();
    await expect.element(input()).toHaveFocus();
  });

  for (const { query, targets } of QUERIES) {
    test(`"${query}" finds ${targets.join(' or ')} in the top 5, highlighted and explained`, async () => {
      const { screen, input } = await renderPopup();
      await typeQuery(input, query);
      await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(0);
      const top = resultIds(screen.container).slice(0, 5);
      expect(
        top.some((id) => targets.includes(id)),
        `top 5: ${top.join(', ')}`,
      ).toBe(true);
      expect(screen.container.querySelectorAll('[role="option"] mark').length).toBeGreaterThan(0);
      expect(screen.container.querySelector('[role="option"] .entry-card__why')?.textContent).toMatch(/^Gevonden op: /);
      await expect.element(input()).toHaveAttribute('aria-expanded', 'true');
      await expect
        .poll(() => screen.getByRole('status').first().element().textContent)
        .toMatch(/^(\d+ resultaten|1 resultaat|Meer dan 20 resultaten; .*)$/);
      await expectNoAxeViolations(screen.container);
    });
  }

  test('a result shows title, kind, publisher or event, and year', async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'sfeerverslag');
    const option = screen.getByRole('option').first();
    await expect.poll(() => textOf(option)).toMatch(/Verslag/);
    const entry = BUNDLED_ENTRIES.find((candidate) => candidate.id === 'conf-sfeerverslag');
    expect(entry).toBeDefined();
    await expect.poll(() => textOf(option)).toMatch(entry?.date?.slice(0, 4) ?? 'missing');
    await expect.poll(() => textOf(option)).toMatch((entry?.publisher ?? entry?.event) as string);
    // Without an address the card says it opens Regiolens' own summary.
    await expect.poll(() => textOf(option)).toMatch(/samenvatting in Regiolens/);
  });

  test("every result card says where its link goes: the publisher's site", async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'evaluatie city deals');
    const card = screen.container.querySelector('[data-entry-id="pbl-evaluatie-city-deals"] .entry-card__link');
    await expect.poll(() => screen.container.querySelector('[data-entry-id="pbl-evaluatie-city-deals"]')).not.toBeNull();
    expect(
      (card ?? screen.container.querySelector('[data-entry-id="pbl-evaluatie-city-deals"] .entry-card__link'))?.textContent,
    ).toBe('naar pbl.nl');
    const links = [...screen.container.querySelectorAll('[role="option"]')].map((option) =>
      option.querySelector('.entry-card__link'),
    );
    expect(links.every((link) => link !== null && link.textContent !== '')).toBe(true);
    await expectNoAxeViolations(screen.container);
  });

  test('ArrowDown and Enter open the active entry; ArrowUp wraps; Home and End jump', async () => {
    const { screen, input, onOpen } = await renderPopup();
    await typeQuery(input, 'ecosysteem');
    await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(2);
    const ids = resultIds(screen.container);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(input()).toHaveAttribute('aria-activedescendant', `popup-option-${ids[1]}`);
    await expect.element(screen.getByRole('option', { selected: true })).toHaveAttribute('id', `popup-option-${ids[1]}`);
    await userEvent.keyboard('{End}');
    await expect.element(input()).toHaveAttribute('aria-activedescendant', `popup-option-${ids[ids.length - 1]}`);
    await userEvent.keyboard('{Home}');
    await expect.element(input()).toHaveAttribute('aria-activedescendant', `popup-option-${ids[0]}`);
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(input()).toHaveAttribute('aria-activedescendant', `popup-option-${ids[ids.length - 1]}`);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]?.[0].id).toBe(ids[1]);
  });

  test('clicking an option opens it', async () => {
    const { screen, input, onOpen } = await renderPopup();
    await typeQuery(input, 'sfeerverslag');
    await screen.getByRole('option').first().click();
    expect(onOpen.mock.calls[0]?.[0].id).toBe('conf-sfeerverslag');
  });

  test('Escape clears the query; a second Escape closes the popup', async () => {
    const { screen, input, onClose } = await renderPopup();
    await typeQuery(input, 'democratie');
    await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(0);
    await userEvent.keyboard('{Escape}');
    await expect.element(input()).toHaveValue('');
    expect(resultIds(screen.container)).toEqual([]);
    await expect.element(input()).toHaveAttribute('aria-expanded', 'false');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('Alt+S opens the side panel, and the footer says so', async () => {
    const { screen, onOpenSidePanel } = await renderPopup();
    await expect.element(screen.getByText(/Alt\+S zijpaneel/)).toBeVisible();
    await userEvent.keyboard('{Alt>}s{/Alt}');
    expect(onOpenSidePanel).toHaveBeenCalledTimes(1);
  });

  test('one letter asks for a second instead of listing noise', async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'w');
    await expect.poll(() => textOf(screen.getByRole('status').first())).toBe('Typ minstens twee letters om te zoeken.');
    expect(resultIds(screen.container)).toEqual([]);
    await expectNoAxeViolations(screen.container);
  });

  test('when more match than are shown, the count says so and "show more" shows the rest, from the keyboard', async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'regionale samenwerking');
    await expect.poll(() => resultIds(screen.container).length).toBe(20);
    await expect
      .poll(() => textOf(screen.getByRole('status').first()))
      .toBe('Meer dan 20 resultaten; de beste 20 staan hieronder.');
    const firstTwenty = resultIds(screen.container);
    const more = screen.getByRole('button', { name: 'Toon 20 resultaten meer' });
    await more.click();
    await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(20);
    expect(resultIds(screen.container).slice(0, 20)).toEqual(firstTwenty);
    // Focus is back in the search box, with the first new result active, so the arrows go on from there.
    await expect.element(input()).toHaveFocus();
    const active = input().element().getAttribute('aria-activedescendant') ?? '';
    expect(document.getElementById(active)?.querySelector('[data-entry-id]')?.getAttribute('data-entry-id')).toBe(
      resultIds(screen.container)[20],
    );
    await expectNoAxeViolations(screen.container);
    // A new query starts again from 20.
    await typeQuery(input, 'regionale samenwerking gemeenten');
    await expect.poll(() => resultIds(screen.container).length).toBeLessThanOrEqual(20);
  });

  test('a query given at opening (the search page from the address bar) is searched at once', async () => {
    const onOpen = vi.fn<(entry: IndexEntry) => void>();
    const background = testBackground({ entries: BUNDLED_ENTRIES, activeTab: ANALYSED.tabId });
    background.seedTab(ANALYSED);
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <PopupApp
          tabs={background.tabSource()}
          background={background.client}
          events={background.events}
          onOpen={onOpen}
          onOpenSidePanel={() => undefined}
          initialQuery="zzqxv"
        />
      </I18nProvider>,
    );
    await expect.element(screen.getByRole('combobox')).toHaveValue('zzqxv');
    await expect.poll(() => textOf(screen.getByRole('status').first())).toMatch('Niets gevonden voor ‘zzqxv’.');
  });

  test('a long query with no results wraps instead of widening the popup', async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'gemeenschappelijkeregelingbedrijfsvoeringsorganisatiesamenwerkingsverbandxyz'.repeat(2));
    await expect.poll(() => textOf(screen.getByRole('status').first())).toMatch(/^Niets gevonden/);
    const popup = screen.container.querySelector<HTMLElement>('main.popup');
    expect(popup?.scrollWidth).toBeLessThanOrEqual(popup?.clientWidth ?? 0);
  });

  test('no results: a helpful message, announced, with no axe violations', async () => {
    const { screen, input } = await renderPopup();
    await typeQuery(input, 'zzqxv');
    await expect.poll(() => textOf(screen.getByRole('status').first())).toMatch('Niets gevonden voor ‘zzqxv’.');
    await expect.element(screen.getByText(/Probeer een ander of korter woord/)).toBeVisible();
    await expect.element(input()).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(screen.container);
  });

  test('filters by kind and theme (fieldset with legend), with no axe violations while open', async () => {
    const { screen, input } = await renderPopup();
    const toggle = screen.getByRole('button', { name: 'Filters' });
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('group', { name: 'Filters' })).toBeVisible();
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('combobox', { name: 'Soort' }).selectOptions('werksessie');
    await expect.poll(() => resultIds(screen.container).length).toBe(7);
    await typeQuery(input, 'democratie');
    await expect.poll(() => resultIds(screen.container).every((id) => id.startsWith('ws-'))).toBe(true);
    expect(resultIds(screen.container).length).toBeGreaterThan(0);

    await screen.getByRole('combobox', { name: 'Soort' }).selectOptions('');
    await screen.getByRole('combobox', { name: 'Thema' }).selectOptions('ws-ecosystemen');
    await typeQuery(input, 'regio');
    await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(0);
    const byId = new Map(BUNDLED_ENTRIES.map((entry) => [entry.id, entry]));
    for (const id of resultIds(screen.container)) expect(byId.get(id)?.themes).toContain('ws-ecosystemen');
    await expect.element(screen.getByRole('button', { name: 'Filters (1 actief)' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('filters by place: only material naming it, each result with its place chips', async () => {
    const { screen } = await renderPopup();
    await screen.getByRole('button', { name: 'Filters' }).click();
    const place = screen.getByRole('combobox', { name: 'Plaats of regio' });
    await expect.element(place).toBeVisible();
    await place.selectOptions('Twente (regio)');
    await expect.poll(() => resultIds(screen.container)).toEqual(['boogers-raadsel-van-de-regio']);
    const chips = [...screen.container.querySelectorAll('[role="option"] .entry-card__places .chip')].map(
      (chip) => chip.textContent,
    );
    expect(chips).toEqual(['Twente']);
    await expect.element(screen.getByRole('button', { name: 'Filters (1 actief)' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('empty query: verdict, the suggestions with shared terms, and the seven werksessies', async () => {
    const { screen, onOpen } = await renderPopup();
    await expect.element(screen.getByText('Over regionale samenwerking')).toBeVisible();
    const suggestions = screen.getByRole('region', { name: 'Gerelateerd materiaal' });
    await expect.poll(() => textOf(suggestions)).toMatch(/Gedeelde termen: democratische legitimiteit, verlengd lokaal bestuur/);
    const werksessies = screen.getByRole('region', { name: /zeven werksessies/ });
    expect(werksessies.element().querySelectorAll('li').length).toBe(7);
    await expectNoAxeViolations(screen.container);
    await suggestions.getByRole('button').first().click();
    expect(onOpen.mock.calls[0]?.[0].id).toBe('ws-democratie');
  });

  test('titles and terms from the index are rendered as text, never as HTML', async () => {
    const { screen, input } = await renderPopup({ entries: [...BUNDLED_ENTRIES, HOSTILE] });
    await typeQuery(input, 'regiobestuur');
    await expect.poll(() => textOf(screen.getByRole('option').first())).toMatch(HOSTILE.title);
    expect(screen.container.querySelector('img, script, b, svg, iframe')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    await expectNoAxeViolations(screen.container);
  });

  test('a remembered query comes back, but never over what the user typed', async () => {
    const remembered = memory('democratie');
    const { screen, input } = await renderPopup({ memory: remembered });
    await expect.element(input()).toHaveValue('democratie');
    await expect.poll(() => resultIds(screen.container).length).toBeGreaterThan(0);
    await typeQuery(input, 'ambacht');
    expect(remembered.saved.at(-1)).toBe('ambacht');
  });

  test('English labels', async () => {
    const { screen, input } = await renderPopup({ lang: 'en' });
    await expect.element(screen.getByRole('combobox', { name: 'Search the conference material and publications' })).toBeVisible();
    await typeQuery(input, 'zzqxv');
    await expect.poll(() => textOf(screen.getByRole('status').first())).toMatch('Nothing found for ‘zzqxv’.');
  });

  test('without an analysed tab the start view still offers the werksessies', async () => {
    const { screen, background } = await renderPopup({ state: { tabId: 1, status: 'not-allowed' } });
    await expect.element(screen.getByRole('button', { name: 'Lees deze pagina' })).toBeVisible();
    expect(screen.container.textContent).not.toContain('Gerelateerd materiaal');
    await expectNoAxeViolations(screen.container);
    // Reading the page asks the background, which injects the content script into that tab.
    await screen.getByRole('button', { name: 'Lees deze pagina' }).click();
    await expect.poll(() => background.injected).toEqual([1]);
    expect(background.sent.map((message) => message.type)).toContain('tab/analyse');
  });
});
