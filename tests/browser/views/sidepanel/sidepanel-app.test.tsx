import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { TabState } from '../../../../lib/core/tab-state';
import { expectNoAxeViolations } from '../../support/axe';
import { BUNDLED_ENTRIES } from '../../support/background';
import { translator } from '../../support/catalog';
import { analysedState, fakePage, pageNote, sidePanel, type PanelSetup } from '../../support/sidepanel-fakes';

const QUOTE = { exact: 'gemeenschappelijke regeling', prefix: 'in een ', suffix: '. Voor' };

/** The panel over the real background and a real notes store holding `setup.notes`. */
async function show(state: TabState, setup: PanelSetup = {}, lang: 'nl' | 'en' = 'nl') {
  const panel = await sidePanel({ ...setup, state });
  const screen = await render(
    <I18nProvider t={translator(lang)}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  return { screen, ...panel };
}

describe('SidePanelApp states', () => {
  const STATES: Array<{ name: string; state: TabState; expected: RegExp }> = [
    { name: 'unknown', state: { tabId: 7, status: 'unknown' }, expected: /zodra Regiolens deze pagina heeft gelezen/ },
    {
      name: 'restricted',
      state: { tabId: 7, status: 'restricted' },
      expected: /pagina van de browser of van een extensiewinkel/,
    },
    { name: 'closed tab', state: { tabId: -1, status: 'unknown' }, expected: /tabblad is gesloten/ },
  ];
  for (const { name, state, expected } of STATES) {
    test(`${name}: explains why there are no notes, with no axe violations`, async () => {
      const { screen } = await show(state);
      await expect.poll(() => screen.container.textContent).toMatch(expected);
      await expectNoAxeViolations(screen.container);
    });
  }

  test('not read: says so and offers to read the page, which asks the background', async () => {
    const { screen, background } = await show({ tabId: 7, status: 'not-allowed' });
    await expect.element(screen.getByText(/Niet gelezen: Regiolens leest deze site niet vanzelf\./)).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Lees deze pagina' }).click();
    await expect.poll(() => background.injected).toEqual([7]);
  });

  test('analysed: verdict, reasons and suggestions; opening one uses the entries source', async () => {
    const { screen, opened } = await show(analysedState());
    await expect.element(screen.getByRole('button', { name: /Hoe democratisch is de regio/ })).toBeVisible();
    expect(screen.container.textContent).toMatch(/gemeenschappelijke regeling \(3×\)/);
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: /Hoe democratisch is de regio/ }).click();
    expect(opened).toEqual(['ws-democratie']);
  });

  test('a reason leads to its words on the page; words the page lacks are said to be gone', async () => {
    const state = analysedState();
    const why = [
      { label: 'Gemeenschappelijke Regelingen', count: 3, weight: 0.6, find: 'Gemeenschappelijke Regelingen' },
      { label: 'gemeenten … brandbrief', count: 1, weight: 0.4, find: 'gemeenten' },
    ];
    const { screen, page } = await show({ ...state, recognition: state.recognition && { ...state.recognition, why } });
    page.pageText = 'De Gemeenschappelijke Regelingen van de gemeenten';
    await screen.getByRole('button', { name: /Gemeenschappelijke Regelingen \(3×\)/ }).click();
    await expect.poll(() => page.shown).toEqual(['Gemeenschappelijke Regelingen']);
    await expect.poll(() => screen.container.querySelector('.verdict [role=status]')?.textContent).toBe('');
    page.pageText = '';
    await screen.getByRole('button', { name: 'Laat zien waar "gemeenten … brandbrief" op de pagina staat' }).click();
    await expect.poll(() => page.shown.at(-1)).toBe('gemeenten');
    await expect
      .poll(() => screen.container.querySelector('.verdict [role=status]')?.textContent)
      .toBe('"gemeenten … brandbrief" staat niet (meer) op deze pagina.');
    await expectNoAxeViolations(screen.container);
  });

  test('notes list: hostile bodies and tags are shown as text, passages highlighted and scrolled to', async () => {
    const hostile = pageNote('<img src=x onerror="alert(1)"><script>alert(2)</script>', {
      tags: ['<b>vet</b>'],
      selectors: { quote: QUOTE },
    });
    const { screen, page } = await show(analysedState(), { notes: [hostile] });
    await expect.element(screen.getByText('<img src=x onerror="alert(1)"><script>alert(2)</script>')).toBeVisible();
    await expect.element(screen.getByText('<b>vet</b>')).toBeVisible();
    expect(screen.container.querySelector('img, script, b')).toBeNull();
    await expect.poll(() => page.highlighted.at(-1)).toEqual([hostile.id]);
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Toon in pagina' }).click();
    expect(page.scrolled).toEqual([hostile.id]);
  });

  test('write a page note, and annotate the selected passage with the panel button', async () => {
    const page = fakePage();
    const { screen, db } = await show(analysedState(), { page });
    await screen.getByLabelText('Notitie', { exact: true }).fill('Eerste gedachte');
    await screen.getByLabelText(/Tags/).fill('wgr, raad');
    await screen.getByRole('button', { name: 'Bewaren' }).click();
    await expect.element(screen.getByText('Eerste gedachte')).toBeVisible();
    expect((await db.allNotes())[0]).toMatchObject({
      body: 'Eerste gedachte',
      tags: ['wgr', 'raad'],
      url: 'https://www.vng.nl/demo/grip',
    });

    await screen.getByRole('button', { name: 'Notitie bij selectie' }).click();
    await expect.poll(() => screen.getByRole('alert').element().textContent).toContain('Selecteer eerst een passage');
    page.selectionAnswer = { exact: QUOTE.exact, selectors: { quote: QUOTE, position: { start: 10, end: 37 } } };
    await screen.getByRole('button', { name: 'Notitie bij selectie' }).click();
    await expect.element(screen.getByText('Geselecteerde passage')).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await screen.getByLabelText('Notitie', { exact: true }).fill('Over de Wgr');
    await screen.getByRole('button', { name: 'Bewaren' }).click();
    await expect
      .poll(async () => (await db.allNotes()).find((note) => note.body === 'Over de Wgr')?.selectors?.quote.exact)
      .toBe(QUOTE.exact);
  });

  test('a pending annotation from the context menu opens as a passage to annotate; a restricted page says so', async () => {
    const page = fakePage();
    page.pendingAnnotation = {
      tabId: 7,
      at: 1,
      status: 'selection',
      selection: { exact: QUOTE.exact, selectors: { quote: QUOTE } },
    };
    const { screen } = await show(analysedState(), { page });
    await expect.element(screen.getByText('Notitie bij de geselecteerde passage', { exact: true }).first()).toBeVisible();
    expect(page.pendingAnnotation).toBeUndefined();

    const restricted = fakePage();
    restricted.pendingAnnotation = { tabId: 7, at: 1, status: 'restricted' };
    const second = await show(analysedState(), { page: restricted });
    await expect.poll(() => second.screen.getByRole('alert').element().textContent).toContain('extensiewinkel');
  });

  test('orphan: listed as such and re-attached to the current selection', async () => {
    const orphan = pageNote('Weg?', { selectors: { quote: { exact: 'oude tekst die weg is', prefix: '', suffix: '' } } });
    const page = fakePage();
    page.orphans.add(orphan.id);
    const { screen, db } = await show(analysedState(), { notes: [orphan], page });
    await expect.element(screen.getByText(/niet meer te vinden op de pagina/)).toBeVisible();
    await expect.element(screen.getByText('1 notitie wordt niet meer gevonden op de pagina.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
    page.selectionAnswer = { exact: QUOTE.exact, selectors: { quote: QUOTE } };
    page.orphans.clear();
    await screen.getByRole('button', { name: 'Koppel aan huidige selectie' }).click();
    await expect.poll(async () => (await db.getNote(orphan.id))?.selectors?.quote.exact).toBe(QUOTE.exact);
    await expect.element(screen.getByText(/opnieuw gekoppeld/)).toBeVisible();
  });

  test('editing: body, tags and linked entries; then a conflict is explained with a reload', async () => {
    const note = pageNote('Oud', { tags: ['a'] });
    const { screen, db, otherWindow } = await show(analysedState(), { notes: [note] });
    await screen.getByRole('button', { name: 'Bewerken' }).click();
    const form = screen.getByRole('form', { name: 'Notitie bewerken' });
    await expect.element(form).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await form.getByLabelText('Notitie', { exact: true }).fill('Nieuw');
    await form.getByText(/Gekoppeld materiaal/).click();
    await form.getByLabelText('Niet alleen ambt, ook een ambacht').click();
    await form.getByRole('button', { name: 'Bewaren' }).click();
    await expect.poll(() => db.getNote(note.id)).toMatchObject({ body: 'Nieuw', links: ['pub-rob-ambacht'], revision: 2 });

    // Another window changes the note while this panel edits it: the panel's save is based on revision 2.
    await screen.getByRole('button', { name: 'Bewerken' }).click();
    const other = await otherWindow();
    await other.updateNote(note.id, 2, { tags: ['elders'] });
    await screen.getByLabelText('Notitie', { exact: true }).last().fill('Botsing');
    await screen.getByRole('form', { name: 'Notitie bewerken' }).getByRole('button', { name: 'Bewaren' }).click();
    await expect.poll(() => screen.getByRole('alert').element().textContent).toContain('intussen ergens anders gewijzigd');
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    expect(await db.getNote(note.id)).toMatchObject({ body: 'Nieuw', tags: ['elders'], revision: 3 });
  });

  test("linked material: the page's suggestion first, at most 20 more, found by title; a ticked entry stays in view", async () => {
    const { screen } = await show(analysedState(), { entries: BUNDLED_ENTRIES });
    const form = screen.getByRole('form', { name: 'Nieuwe notitie' });
    await form.getByText(/Gekoppeld materiaal/).click();
    const choices = () => [...form.element().querySelectorAll('.note-editor__link')].map((label) => label.textContent?.trim());
    await expect.poll(() => choices()[0]).toBe('Hoe democratisch is de regio?');
    expect(choices().length).toBe(20);
    await expect.element(form.getByText('Er past meer materiaal: typ meer van de titel.')).toBeVisible();
    await expectNoAxeViolations(screen.container);

    await form.getByLabelText('Zoek op titel').fill('AMBACHT');
    await expect.poll(choices).toEqual(['Niet alleen ambt, ook een ambacht']);
    await form.getByLabelText('Niet alleen ambt, ook een ambacht').click();
    await form.getByLabelText('Zoek op titel').fill('zwembad');
    await expect.poll(choices).toEqual(['Niet alleen ambt, ook een ambacht']);
    await form.getByLabelText('Zoek op titel').fill('zwembadrenovatie');
    await form.getByLabelText('Niet alleen ambt, ook een ambacht').click();
    await expect.element(form.getByText('Geen materiaal met die woorden in de titel.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('delete with undo', async () => {
    const note = pageNote('Bewaar mij');
    const { screen, db } = await show(analysedState(), { notes: [note] });
    await screen.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.element(screen.getByText('Notitie verwijderd.')).toBeVisible();
    expect(await db.count()).toBe(0);
    await expectNoAxeViolations(screen.container);
    await screen.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.element(screen.getByText('Bewaar mij')).toBeVisible();
    expect(await db.getNote(note.id)).toEqual(note);
  });

  test('all notes: fuzzy search, filters by tag, site and linked entry, sort by date', async () => {
    const notes = [
      pageNote('Democratische legitimiteit van de regio', { tags: ['raad'], links: ['ws-democratie'] }, '2024-01-01T10:00:00Z'),
      pageNote('Financiering van regiodeals', { tags: ['geld'] }, '2024-02-01T10:00:00Z'),
      createOther('Een notitie elders', '2024-03-01T10:00:00Z'),
    ];
    const { screen, db } = await show(analysedState(), { notes });
    await screen.getByRole('button', { name: 'Alle notities' }).click();
    await expect.element(screen.getByText('3 notities')).toBeVisible();
    await expectNoAxeViolations(screen.container);
    const bodies = () => [...screen.container.querySelectorAll('.note__body')].map((node) => node.textContent);
    expect(bodies()).toEqual(['Een notitie elders', 'Financiering van regiodeals', 'Democratische legitimiteit van de regio']);
    await screen.getByLabelText('Sorteren').selectOptions('oldest');
    expect(bodies()[0]).toBe('Democratische legitimiteit van de regio');

    await screen.getByLabelText('Zoek in notities').fill('democratish');
    await expect.poll(bodies).toEqual(['Democratische legitimiteit van de regio']);
    await screen.getByLabelText('Zoek in notities').fill('');
    await screen.getByLabelText('Tag').selectOptions('geld');
    await expect.poll(bodies).toEqual(['Financiering van regiodeals']);
    await screen.getByLabelText('Tag').selectOptions('');
    await screen.getByLabelText('Site').selectOptions('example.org');
    await expect.poll(bodies).toEqual(['Een notitie elders']);
    await screen.getByLabelText('Site').selectOptions('');
    await screen.getByRole('combobox', { name: 'Gekoppeld materiaal' }).selectOptions('ws-democratie');
    await expect.poll(bodies).toEqual(['Democratische legitimiteit van de regio']);
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.element(screen.getByText('Notitie verwijderd.')).toBeVisible();
    await screen.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => db.count()).toBe(3);
  });

  test('updates when notes change elsewhere, and says when persistent storage was refused (English)', async () => {
    const { screen, db } = await show(analysedState(), { persistence: 'denied' }, 'en');
    await expect.element(screen.getByText(/did not grant persistent storage/)).toBeVisible();
    await db.addNote({ url: 'https://www.vng.nl/demo/grip', title: 'x', body: 'From another window' });
    await expect.element(screen.getByText('From another window')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});

function createOther(body: string, now: string) {
  return pageNote(body, { url: 'https://example.org/elders', title: 'Elders' }, now);
}
