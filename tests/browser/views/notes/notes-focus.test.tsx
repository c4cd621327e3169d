/**
 * Keyboard focus in the notes views: opening the editor focuses its text;
 * closing it (save or cancel) returns focus to that note's Edit button, also
 * when saving moves the note to the top of the list; a delete focuses Undo,
 * and undo focuses the restored note's Edit button. Focus never falls to the
 * body, and every state passes axe.
 */
import { render } from 'vitest-browser-preact';
import { userEvent } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { Note } from '../../../../lib/core/notes/types';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { pageNote, sidePanel } from '../../support/sidepanel-fakes';

const OLDER = pageNote('Oudere notitie', {}, '2024-01-01T10:00:00Z');
const NEWER = pageNote('Nieuwere notitie', {}, '2024-02-01T10:00:00Z');
const NEWEST = pageNote('Nieuwste notitie', {}, '2024-03-01T10:00:00Z');

/**
 * `slowChanges`: word of a change arrives well after the write resolved (as the
 * real store's broadcast can), so the list re-sorts after the editor closed.
 */
async function show(notes: Note[], view: 'page' | 'all', slowChanges = false) {
  const panel = await sidePanel({ notes, changeDelay: slowChanges ? 100 : 0 });
  const screen = await render(
    <I18nProvider t={translator('nl')}>
      <SidePanelApp {...panel.props} />
    </I18nProvider>,
  );
  if (view === 'all') await screen.getByRole('button', { name: 'Alle notities' }).click();
  await expect.poll(() => screen.container.querySelectorAll('article.note').length).toBe(notes.length);
  return { screen, db: panel.db };
}

const active = () => document.activeElement;
const editButtonOf = (id: string) =>
  document.querySelector<HTMLElement>(`article[data-note-id="${id}"] button[data-note-action="edit"]`);
/** What has the focus, in words a failure message can show. */
function describeActive(): string {
  const element = active();
  if (!element || element === document.body) return 'body';
  const note = element.closest('[data-note-id]')?.getAttribute('data-note-id');
  return `${element.tagName.toLowerCase()} "${element.textContent?.trim() ?? ''}"${note ? ` of ${note}` : ''}`;
}
const editOf = (id: string) => `button "Bewerken" of ${id}`;
const bodiesInOrder = () => [...document.querySelectorAll('.note__body')].map((node) => node.textContent);

for (const view of ['page', 'all'] as const) {
  describe(`focus in the notes list (${view === 'page' ? 'this page' : 'all notes'})`, () => {
    test.each([
      { changes: 'at once', slow: false },
      { changes: 'late', slow: true },
    ])(
      'Edit focuses the text; Cancel returns to Edit; Save returns to Edit after the note moved to the top (changes $changes)',
      async ({ slow }) => {
        const { screen, db } = await show([OLDER, NEWER, NEWEST], view, slow);
        expect(bodiesInOrder()).toEqual(['Nieuwste notitie', 'Nieuwere notitie', 'Oudere notitie']);

        editButtonOf(OLDER.id)?.focus();
        await userEvent.keyboard('{Enter}');
        const form = screen.getByRole('form', { name: 'Notitie bewerken' });
        await expect.element(form).toBeVisible();
        await expect.poll(() => active()).toBe(form.getByLabelText('Notitie', { exact: true }).element());
        await expectNoAxeViolations(screen.container);

        await form.getByRole('button', { name: 'Annuleren' }).click();
        await expect.poll(describeActive).toBe(editOf(OLDER.id));
        await expectNoAxeViolations(screen.container);

        // Keyboard only: Enter opens the editor, typing edits, Enter on Save saves.
        await userEvent.keyboard('{Enter}');
        await expect.poll(() => active()?.tagName).toBe('TEXTAREA');
        await userEvent.keyboard('{Control>}a{/Control}Bijgewerkt');
        form.getByRole('button', { name: 'Bewaren' }).element().focus();
        await userEvent.keyboard('{Enter}');
        await expect.poll(async () => (await db.getNote(OLDER.id))?.body).toBe('Bijgewerkt');
        // The saved note is now the newest, so it moved to the top of a list sorted newest first.
        await expect.poll(bodiesInOrder).toEqual(['Bijgewerkt', 'Nieuwste notitie', 'Nieuwere notitie']);
        await expect.poll(describeActive).toBe(editOf(OLDER.id));
        await expectNoAxeViolations(screen.container);
      },
    );

    test('Delete focuses Undo; Undo focuses the restored note', async () => {
      const { screen, db } = await show([OLDER, NEWER], view);
      screen.container.querySelector<HTMLElement>(`article[data-note-id="${OLDER.id}"] .button--danger`)?.focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(async () => (await db.getNote(OLDER.id)) !== undefined).toBe(false);
      await expect.poll(describeActive).toBe('button "Ongedaan maken"');
      await expectNoAxeViolations(screen.container);

      await userEvent.keyboard('{Enter}');
      await expect.poll(async () => (await db.getNote(OLDER.id)) !== undefined).toBe(true);
      await expect.poll(describeActive).toBe(editOf(OLDER.id));
      await expect.element(screen.getByText('Notitie teruggezet.')).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    test('deleting the only note and undoing it: focus goes to the note once the list is back', async () => {
      const { screen, db } = await show([NEWER], view);
      await screen.getByRole('button', { name: 'Verwijderen' }).click();
      await expect.poll(describeActive).toBe('button "Ongedaan maken"');
      await expect.poll(() => screen.container.querySelectorAll('article.note').length).toBe(0);
      await screen.getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect.poll(() => db.count()).toBe(1);
      await expect.poll(describeActive).toBe(editOf(NEWER.id));
      await expectNoAxeViolations(screen.container);
    });
  });
}

describe('a focus request ends when the user moves on: a later reload does not pull focus back', () => {
  const MOVES = [
    { name: 'Tab to the next button', move: () => userEvent.keyboard('{Tab}'), expected: `button "Verwijderen" of ${OLDER.id}` },
    {
      name: 'a click on plain text',
      move: () => userEvent.click(document.querySelector('.note__body') as HTMLElement),
      expected: 'body',
    },
  ];
  for (const { name, move, expected } of MOVES) {
    test(name, async () => {
      const { screen, db } = await show([OLDER, NEWER], 'page');
      await screen.getByRole('button', { name: 'Bewerken' }).last().click();
      await screen.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(describeActive).toBe(editOf(OLDER.id));
      await move();
      await expect.poll(describeActive).toBe(expected);
      // Another window adds a note: the list reloads, and focus stays where the user put it.
      await db.addNote({ url: OLDER.url, title: OLDER.title, body: 'Van elders' });
      await expect.element(screen.getByText('Van elders')).toBeVisible();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(describeActive()).toBe(expected);
    });
  }
});

test('all notes, oldest first: a saved note moves to the bottom and keeps the focus on its Edit button', async () => {
  const { screen } = await show([OLDER, NEWER, NEWEST], 'all', true);
  await screen.getByLabelText('Sorteren').selectOptions('oldest');
  await expect.poll(bodiesInOrder).toEqual(['Oudere notitie', 'Nieuwere notitie', 'Nieuwste notitie']);
  await screen.getByRole('button', { name: 'Bewerken' }).first().click();
  const form = screen.getByRole('form', { name: 'Notitie bewerken' });
  await form.getByLabelText('Notitie', { exact: true }).fill('Bijgewerkt');
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect.poll(bodiesInOrder).toEqual(['Nieuwere notitie', 'Nieuwste notitie', 'Bijgewerkt']);
  await expect.poll(describeActive).toBe(editOf(OLDER.id));
  await expectNoAxeViolations(screen.container);
});
