/**
 * The side panel over time and at scale: it follows the active index when it
 * changes (an update or rollback brings suggestions with new ids and new link
 * choices), and "all notes" renders one page at a time with an honest count.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { Note } from '../../../../lib/core/notes/types';
import type { TabState } from '../../../../lib/core/tab-state';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { analysedState, ENTRIES, pageNote, sidePanel } from '../../support/sidepanel-fakes';

/** The panel over the real background with `entries` bundled, and a real notes store holding `notes`. */
async function show(state: TabState, entries: readonly IndexEntry[], notes: Note[] = [], lang: 'nl' | 'en' = 'nl') {
  const panel = await sidePanel({ state, entries, notes });
  const screen = await render(
    <I18nProvider t={translator(lang)}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  return { screen, ...panel };
}

/** `count` notes on one page, one minute apart (the last one newest), each body saying its number. */
function manyNotes(count: number, body = (n: number) => `Notitie ${n} over de regio`): Note[] {
  const start = Date.parse('2024-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, n) => pageNote(body(n), {}, new Date(start + n * 60_000).toISOString()));
}

const NO_SUGGESTIONS = 'Geen gerelateerd materiaal voor deze pagina.';

describe('the side panel follows the active index', () => {
  test('an update brings a suggestion whose id only the new index knows, and its link choice; a rollback takes them away', async () => {
    const [democratie, ambacht] = ENTRIES as [IndexEntry, IndexEntry];
    const { screen, background, opened } = await show(analysedState(), [ambacht]);
    await expect.element(screen.getByText(NO_SUGGESTIONS)).toBeVisible();
    const choices = () => [...screen.container.querySelectorAll('.note-editor__link')].map((label) => label.textContent?.trim());
    await expect.poll(choices).toEqual([ambacht.title]);

    // An update: the background publishes 'index/changed', the panel loads the new index.
    await background.activate([democratie, ambacht]);
    await expect.element(screen.getByRole('button', { name: /Hoe democratisch is de regio/ })).toBeVisible();
    // The page's suggestion comes first among the choices, then the index in its order.
    await expect.poll(choices).toEqual([democratie.title, ambacht.title]);
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: /Hoe democratisch is de regio/ }).click();
    expect(opened).toEqual(['ws-democratie']);

    // A rollback to the older index: the suggestion goes again.
    await background.rollback();
    await expect.element(screen.getByText(NO_SUGGESTIONS)).toBeVisible();
    await expect.poll(choices).toEqual([ambacht.title]);
    // The suggestion's card was asked for once per active index.
    expect(background.sent.filter((message) => message.type === 'search/cards').map((message) => message.payload)).toEqual([
      { ids: ['ws-democratie'] },
      { ids: ['ws-democratie'] },
      { ids: ['ws-democratie'] },
    ]);
  });

  test('a linked entry shows its title once the index that has it becomes active', async () => {
    const linked = pageNote('Gekoppeld', { links: ['ws-democratie'] });
    const { screen, background } = await show(analysedState(), [], [linked]);
    const links = () => screen.container.querySelector('.note__links')?.textContent;
    await expect.poll(links).toBe('ws-democratie');
    await background.activate(ENTRIES);
    await expect.poll(links).toBe('Hoe democratisch is de regio?');
  });
});

describe('all notes, one page at a time', () => {
  const bodies = (container: HTMLElement) => [...container.querySelectorAll('.note__body')].map((node) => node.textContent);

  test('renders 50, says "50 van 120", adds 50 per "Meer tonen" with focus on the first new note', async () => {
    const { screen } = await show(analysedState(), ENTRIES, manyNotes(120));
    await screen.getByRole('button', { name: 'Alle notities' }).click();
    const count = () => screen.container.querySelector('[data-notes-count]');
    await expect.poll(() => count()?.textContent).toBe('50 van 120 notities');
    expect(count()?.getAttribute('aria-live')).toBe('polite');
    expect(screen.container.querySelectorAll('article.note')).toHaveLength(50);
    expect(bodies(screen.container)[0]).toBe('Notitie 119 over de regio');
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Meer tonen' }).click();
    await expect.poll(() => count()?.textContent).toBe('100 van 120 notities');
    expect(screen.container.querySelectorAll('article.note')).toHaveLength(100);
    await expect.poll(() => document.activeElement?.querySelector('.note__body')?.textContent).toBe('Notitie 69 over de regio');
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Meer tonen' }).click();
    await expect.poll(() => count()?.textContent).toBe('120 notities');
    expect(screen.container.querySelectorAll('article.note')).toHaveLength(120);
    expect(screen.container.querySelector('.all-notes__more')).toBeNull();

    // A new search, filter or order starts again from the first page.
    await screen.getByLabelText('Sorteren').selectOptions('oldest');
    await expect.poll(() => count()?.textContent).toBe('50 van 120 notities');
    expect(bodies(screen.container)[0]).toBe('Notitie 0 over de regio');
  });

  test('English, thousands: "50 of 1,234 notes"; a search that hits the ceiling says so instead of cutting silently', async () => {
    const notes = manyNotes(1234, (n) => (n % 2 === 0 ? `Regio ${n}` : `Gemeente ${n}`));
    const { screen } = await show(analysedState(), ENTRIES, notes, 'en');
    await screen.getByRole('button', { name: 'All notes' }).click();
    const count = () => screen.container.querySelector('[data-notes-count]');
    await expect.poll(() => count()?.textContent).toBe('50 of 1,234 notes');
    expect(screen.container.querySelectorAll('article.note')).toHaveLength(50);
    expect(screen.container.querySelector('[data-notes-capped]')).toBeNull();

    // 617 notes match, more than one search returns (200): paged, and the ceiling is named.
    await screen.getByLabelText('Search notes').fill('regio');
    await expect.poll(() => count()?.textContent).toBe('50 of 200 notes');
    expect(screen.container.querySelector('[data-notes-capped]')?.textContent).toMatch(/Only the 200 best matches are shown/);
    expect(bodies(screen.container).every((body) => body?.startsWith('Regio'))).toBe(true);
    await expectNoAxeViolations(screen.container);

    // Clearing the search: every note again, one page of them, and no ceiling.
    await screen.getByLabelText('Search notes').fill('');
    await expect.poll(() => count()?.textContent).toBe('50 of 1,234 notes');
    expect(screen.container.querySelector('[data-notes-capped]')).toBeNull();
  });
});
