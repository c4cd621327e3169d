/**
 * The shared "load the index, reload when another becomes active" hook, as the
 * entry page, the side panel and the popup use it: the newest load wins, so an
 * older load that answers late never overwrites a newer index.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { EntryApp } from '../../../../lib/views/entry/EntryApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { EntrySource } from '../../../../lib/views/common/entry-source';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { analysedState, fakeNotes, fakePage, fakeTabs } from '../../support/sidepanel-fakes';
import { BUNDLED_ENTRIES } from '../../support/popup-fakes';

/** An index whose loads the test answers by hand, in any order. */
function manualSource(): EntrySource & { pending: Array<(entries: readonly IndexEntry[]) => void>; activate(): void } {
  const listeners = new Set<() => void>();
  const source = {
    pending: [] as Array<(entries: readonly IndexEntry[]) => void>,
    load: () => new Promise<readonly IndexEntry[]>((resolve) => source.pending.push(resolve)),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activate: () => listeners.forEach((listener) => listener()),
  };
  return source;
}

const entry = BUNDLED_ENTRIES.find((candidate) => candidate.id === 'ws-democratie') as IndexEntry;
const renamed: IndexEntry = { ...entry, title: 'Hoe democratisch is de regio? (nieuwe index)' };

describe('newest load wins', () => {
  test('entry page: the new index answers first, the old one late; the page keeps the new entry', async () => {
    const source = manualSource();
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryApp entryId="ws-democratie" entries={source} />
      </I18nProvider>,
    );
    await expect.poll(() => source.pending.length).toBe(1);
    source.activate();
    await expect.poll(() => source.pending.length).toBe(2);
    const [older, newer] = source.pending as [(entries: readonly IndexEntry[]) => void, (entries: readonly IndexEntry[]) => void];
    newer([renamed]);
    await expect.element(screen.getByRole('heading', { level: 1, name: renamed.title })).toBeVisible();
    older([entry]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1 }).element().textContent).toBe(renamed.title);
    await expectNoAxeViolations(screen.container);
  });

  test('entry page: an index without the entry says it is gone', async () => {
    const source = manualSource();
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryApp entryId="ws-democratie" entries={source} />
      </I18nProvider>,
    );
    await expect.poll(() => source.pending.length).toBe(1);
    source.pending[0]?.([entry]);
    await expect.element(screen.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
    source.activate();
    await expect.poll(() => source.pending.length).toBe(2);
    source.pending[1]?.([]);
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(screen.container.textContent).toContain('staat niet (meer) in de index');
  });

  test('side panel: a late answer of the old index does not take back the new suggestion', async () => {
    const source = manualSource();
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <SidePanelApp
          tabs={fakeTabs(analysedState())}
          notes={fakeNotes()}
          page={fakePage()}
          entries={source}
          onOpenEntry={() => undefined}
        />
      </I18nProvider>,
    );
    await expect.poll(() => source.pending.length).toBe(1);
    source.activate();
    await expect.poll(() => source.pending.length).toBe(2);
    source.pending[1]?.([renamed]);
    await expect.element(screen.getByRole('button', { name: /nieuwe index/ })).toBeVisible();
    source.pending[0]?.([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect.element(screen.getByRole('button', { name: /nieuwe index/ })).toBeVisible();
  });
});
