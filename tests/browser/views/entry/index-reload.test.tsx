/**
 * The shared "load the index, reload when another becomes active" hook, as the
 * entry page, the side panel and the popup use it: the newest load wins, so an
 * older load that answers late never overwrites a newer index. The background
 * is the real one; its answers are held back and let through in the order each
 * test needs. The entry page asks for its one entry only, the side panel for
 * the cards it shows.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { EntryApp } from '../../../../lib/views/entry/EntryApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { expectNoAxeViolations } from '../../support/axe';
import { testBackground } from '../../support/background';
import { translator } from '../../support/catalog';
import { analysedState, fakePage, notesSource } from '../../support/sidepanel-fakes';
import { BUNDLED_ENTRIES } from '../../support/popup-fakes';

const entry = BUNDLED_ENTRIES.find((candidate) => candidate.id === 'ws-democratie') as IndexEntry;
const other = BUNDLED_ENTRIES.find((candidate) => candidate.id !== entry.id) as IndexEntry;
const renamed: IndexEntry = { ...entry, title: 'Hoe democratisch is de regio? (nieuwe index)' };

/**
 * The real background with `entries` bundled, every answer held: the entry page asks for its entry
 * (`search/by-id`), the side panel for its suggestions' cards (`search/cards`).
 */
function heldBackground(entries: readonly IndexEntry[], held: 'search/by-id' | 'search/cards' = 'search/by-id') {
  const background = testBackground({ entries });
  return { background, answers: background.hold(held) };
}

describe('newest load wins', () => {
  test('entry page: the new index answers first, the old one late; the page keeps the new entry', async () => {
    const { background, answers } = heldBackground([entry]);
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryApp entryId="ws-democratie" background={background.client} events={background.events} />
      </I18nProvider>,
    );
    await expect.poll(() => answers.count).toBe(1);
    await background.activate([renamed]);
    await expect.poll(() => answers.count).toBe(2);
    answers.release(1);
    await expect.element(screen.getByRole('heading', { level: 1, name: renamed.title })).toBeVisible();
    answers.release(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1 }).element().textContent).toBe(renamed.title);
    // Only its own entry crossed.
    expect(background.sent.filter((message) => message.type === 'search/by-id').map((message) => message.payload)).toEqual([
      { ids: ['ws-democratie'] },
      { ids: ['ws-democratie'] },
    ]);
    await expectNoAxeViolations(screen.container);
  });

  test('entry page: an index without the entry says it is gone', async () => {
    const { background, answers } = heldBackground([entry]);
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryApp entryId="ws-democratie" background={background.client} events={background.events} />
      </I18nProvider>,
    );
    await expect.poll(() => answers.count).toBe(1);
    answers.release(0);
    await expect.element(screen.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
    await background.activate([other]);
    await expect.poll(() => answers.count).toBe(2);
    answers.release(1);
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(screen.container.textContent).toContain('staat niet (meer) in de index');
  });

  test('side panel: a late answer of the old index does not take back the new suggestion', async () => {
    const { background, answers } = heldBackground([], 'search/cards');
    background.seedTab(analysedState());
    const { notes } = await notesSource();
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <SidePanelApp
          tabs={background.tabSource()}
          notes={notes}
          page={fakePage()}
          background={background.client}
          events={background.events}
          onOpenEntry={() => undefined}
        />
      </I18nProvider>,
    );
    await expect.poll(() => answers.count).toBe(1);
    await background.activate([renamed]);
    await expect.poll(() => answers.count).toBe(2);
    answers.release(1);
    await expect.element(screen.getByRole('button', { name: /nieuwe index/ })).toBeVisible();
    answers.release(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect.element(screen.getByRole('button', { name: /nieuwe index/ })).toBeVisible();
  });
});
