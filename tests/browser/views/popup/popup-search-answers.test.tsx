/**
 * The popup asks the background for its results (the search index lives there,
 * built once per active index). Answers are played late and out of order here:
 * an older answer is never shown for the current query, Enter pressed before the
 * answer opens its first result once it comes, an index change is searched
 * again, and a background that cannot search says so without breaking the popup.
 */
import { render } from 'vitest-browser-preact';
import { userEvent } from 'vitest/browser';
import { describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../../../lib/views/popup/PopupApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { translator } from '../../support/catalog';
import { testBackground } from '../../support/background';
import { ANALYSED, BUNDLED_ENTRIES } from '../../support/popup-fakes';

async function renderPopup() {
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
      />
    </I18nProvider>,
  );
  await expect.element(screen.getByRole('heading', { name: /werksessies/i })).toBeVisible();
  const input = screen.getByRole('combobox').first();
  const resultIds = () =>
    [...screen.container.querySelectorAll('[role="option"] [data-entry-id]')].map((node) => node.getAttribute('data-entry-id'));
  const listbox = () => screen.container.querySelector('[role="listbox"]');
  return { screen, input, onOpen, background, resultIds, listbox };
}

describe('popup answers from the background', () => {
  test('an older answer arriving late is never shown for the current query', async () => {
    const { input, background, resultIds, listbox } = await renderPopup();
    const answers = background.hold('search/entries');
    await userEvent.fill(input, 'democratie');
    await userEvent.fill(input, 'sfeerverslag');
    await expect.poll(() => answers.count).toBe(2);
    expect(listbox()?.getAttribute('aria-busy')).toBe('true');
    answers.release(1);
    await expect.poll(() => resultIds()).toEqual(['conf-sfeerverslag']);
    expect(listbox()?.getAttribute('aria-busy')).toBe('false');
    answers.release(0);
    // Give the late answer every chance to land: it must be dropped.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resultIds()).toEqual(['conf-sfeerverslag']);
  });

  test('Enter pressed before the answer arrives opens its first result when it comes', async () => {
    const { input, background, onOpen } = await renderPopup();
    const answers = background.hold('search/entries');
    await userEvent.fill(input, 'sfeerverslag');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).not.toHaveBeenCalled();
    // The question is asked from an effect after the render: wait until it is held.
    await expect.poll(() => answers.count).toBe(1);
    answers.release(0);
    await expect.poll(() => onOpen.mock.calls.length).toBe(1);
    expect(onOpen.mock.calls[0]?.[0].id).toBe('conf-sfeerverslag');
  });

  test('typing on after Enter cancels the pending Enter', async () => {
    const { input, background, onOpen, resultIds } = await renderPopup();
    const answers = background.hold('search/entries');
    await userEvent.fill(input, 'sfeerverslag');
    await expect.poll(() => answers.count).toBe(1);
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(input, 'democratie');
    await expect.poll(() => answers.count).toBe(2);
    answers.release(0);
    answers.release(1);
    await expect.poll(() => resultIds().length).toBeGreaterThan(0);
    expect(onOpen).not.toHaveBeenCalled();
  });

  test('after the active index changed, the query on screen is searched again', async () => {
    const { input, background, resultIds } = await renderPopup();
    await userEvent.fill(input, 'kwartiermaker');
    await expect.poll(() => input.element().getAttribute('aria-expanded')).toBe('false');
    expect(resultIds()).toEqual([]);
    const fresh: IndexEntry = {
      id: 'kwartiermaker-regio',
      title: 'De kwartiermaker van de regio',
      kind: 'artikel',
      themes: ['ws-democratie'],
      keywords: ['kwartiermaker'],
      summary: 'Over het werk van een kwartiermaker.',
    };
    await background.activate([...BUNDLED_ENTRIES, fresh]);
    await expect.poll(() => resultIds()).toEqual(['kwartiermaker-regio']);
  });

  test('a background that cannot search says so, and the popup stays usable', async () => {
    const { screen, input, background } = await renderPopup();
    background.silence('search/entries');
    await userEvent.fill(input, 'democratie');
    await expect
      .poll(() => screen.container.querySelector('[role="alert"]')?.textContent)
      .toBe('De index kon niet worden geladen: no answer to "search/entries"');
    await userEvent.fill(input, '');
    await expect.element(screen.getByRole('heading', { name: /werksessies/i })).toBeVisible();
  });
});
