/**
 * The side panel asks the background only for what it shows (issue 12, "At
 * scale"): its suggestions' cards, the material naming the page's places, the
 * titles of notes' links (in batches of MAX_IDS_PER_CALL) and the picker's
 * choices, never the whole index. The background is the real one, over an
 * index larger than any one answer may carry.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { Note } from '../../../../lib/core/notes/types';
import { placesOnPage } from '../../../../lib/core/places/places';
import type { TabState } from '../../../../lib/core/tab-state';
import { MAX_IDS_PER_CALL, MAX_MATERIAL_PER_PLACE } from '../../../../lib/shared/messages/search-messages';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { analysedState, ENTRIES, pageNote, sidePanel } from '../../support/sidepanel-fakes';

/** `count` entries about Twente (their titles name it), numbered from 1. */
function twenteEntries(count: number): IndexEntry[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `twente-${n + 1}`,
    title: `Samenwerken in Twente, deel ${n + 1}`,
    kind: 'artikel',
    themes: ['ws-samenwerking'],
    keywords: ['regio'],
    summary: 'Hoe de Twentse gemeenten samen investeren.',
    body: 'Een lange tekst die alleen de eigen pagina van het item toont. '.repeat(50),
  }));
}

/** A "yes" page naming Twente and Enschede, suggesting the first bundled entry. */
function twentePage(): TabState {
  const base = analysedState();
  return {
    ...base,
    recognition: base.recognition && {
      ...base.recognition,
      places: placesOnPage({ title: 'Twente', text: 'Enschede en Hengelo werken samen in Twente.' }),
    },
  };
}

async function show(entries: readonly IndexEntry[], notes: Note[] = []) {
  const panel = await sidePanel({ state: twentePage(), entries, notes });
  const screen = await render(
    <I18nProvider t={translator('nl')}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  return { screen, ...panel };
}

const typesSent = (sent: ReadonlyArray<{ type: string }>) => new Set(sent.map((message) => message.type));

describe('what the panel asks of the background', () => {
  test('opening a page: its suggestions by id, its places by name, the picker once; never the index', async () => {
    const { screen, background } = await show(
      [...ENTRIES, ...twenteEntries(3)],
      [pageNote('Gekoppeld', { links: ['twente-2'] })],
    );
    await expect.element(screen.getByRole('button', { name: /Hoe democratisch is de regio/ })).toBeVisible();
    await expect.poll(() => screen.container.querySelector('.note__links')?.textContent).toBe('Samenwerken in Twente, deel 2');
    await expect
      .poll(() => screen.container.querySelector('[data-place="regio:twente"] summary')?.textContent)
      .toBe('3 items in het materiaal noemen Twente');
    await expect.poll(() => screen.container.querySelectorAll('.note-editor__link').length).toBe(5);

    // The index's questions it asked: these three, nothing else.
    const indexQuestions = [...typesSent(background.sent)].filter(
      (type) => type.startsWith('search/') || type.startsWith('index/'),
    );
    expect(indexQuestions.sort()).toEqual(['search/by-place', 'search/cards', 'search/link-choices']);
    const payloads = (type: string) =>
      background.sent.filter((message) => message.type === type).map((message) => message.payload);
    expect(payloads('search/cards')).toEqual(expect.arrayContaining([{ ids: ['ws-democratie'] }, { ids: ['twente-2'] }]));
    expect(payloads('search/by-place')).toEqual([{ names: ['Enschede', 'Hengelo (O.)', 'Twente'] }]);
    expect(payloads('search/link-choices')).toEqual([{ linked: [], suggested: ['ws-democratie'], filter: '' }]);
  });

  test(`a place named by more than ${MAX_MATERIAL_PER_PLACE} entries: the first of them, the count of all, and where the rest are`, async () => {
    const { screen, opened } = await show(twenteEntries(27));
    const place = () => screen.container.querySelector<HTMLElement>('[data-place="regio:twente"]');
    await expect.poll(() => place()?.querySelector('summary')?.textContent).toBe('27 items in het materiaal noemen Twente');
    const twente = place();
    await screen.getByText('27 items in het materiaal noemen Twente').click();
    const listed = [...(twente?.querySelectorAll('.places__material li') ?? [])].map((item) => item.textContent);
    expect(listed).toEqual(twenteEntries(MAX_MATERIAL_PER_PLACE).map((entry) => entry.title));
    expect(twente?.querySelector('[data-material-capped]')?.textContent).toBe(
      `De eerste ${MAX_MATERIAL_PER_PLACE} staan hier; zoek in de popup op Twente voor de rest.`,
    );
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Samenwerken in Twente, deel 20' }).click();
    expect(opened).toEqual(['twente-20']);
  });

  test(`all notes: the titles of more linked entries than one question may name, asked in batches of ${MAX_IDS_PER_CALL}`, async () => {
    const entries = twenteEntries(60);
    const notes = entries.map((entry, n) =>
      pageNote(`Notitie ${n}`, { links: [entry.id] }, `2024-05-01T10:${String(n).padStart(2, '0')}:00Z`),
    );
    const { screen, background } = await show(entries, notes);
    await screen.getByRole('button', { name: 'Alle notities' }).click();
    const select = screen.getByRole('combobox', { name: 'Gekoppeld materiaal' });
    const options = () => [...select.element().querySelectorAll('option')].map((option) => option.textContent);
    // "Any" and one option per linked entry, each named by its title (an unresolved one would show its id).
    await expect.poll(() => options().filter((text) => text?.startsWith('Samenwerken in Twente')).length).toBe(60);
    expect(options()).toHaveLength(61);
    const asked = background.sent
      .filter((message) => message.type === 'search/cards')
      .map((message) => (message.payload as { ids: string[] }).ids.length);
    expect(Math.max(...asked)).toBe(MAX_IDS_PER_CALL);
    expect(asked).toContain(10);
  });
});
