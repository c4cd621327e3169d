/**
 * "Je naam (optioneel)" from the options page to the export (#16, creator):
 * typed and saved in options, the name lands in the real settings store
 * (IndexedDB), is shown again on a fresh page over a fresh connection, and
 * the export built from the real notes store names it as every note's
 * creator; cleared, exports name nobody. An imported note keeps its own.
 */
import { deleteDB } from 'idb';
import { describe, expect, onTestFinished, test } from 'vitest';
import { escapeMarkdownInline } from '../../../../lib/core/notes/markdown-escape';
import type { Note } from '../../../../lib/core/notes/types';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import { DEFAULT_SETTINGS } from '../../../../lib/core/settings/schema';
import { OptionsApp } from '../../../../lib/views/options/OptionsApp';
import { buildExport, type ExportedFile } from '../../../../lib/views/options/export-file';
import { openNotesDb } from '../../../../lib/shared/stores/notes-db';
import { openSettingsDb, type SettingsDb } from '../../../../lib/shared/stores/settings-db';
import { NOTES } from '../../../fixtures/notes/notes';
import { expectNoAxeViolations } from '../../support/axe';
import { freshName } from '../../support/db-helpers';
import { fakeServices } from '../../support/options-fakes';
import { renderIn } from '../../support/render-options';

const [own] = NOTES as [Note];
const colleagues: Note = {
  ...(NOTES[1] as Note),
  origin: { creator: [{ id: 'acct:griffier.twente@hypothes.is' }] },
};

type Items = Array<{ id: string; creator?: unknown }>;

/** The options page over a real settings store and a real notes store; exports are collected. */
async function optionsPage(settingsName: string, notesName: string) {
  const settings: SettingsDb = await openSettingsDb({ name: settingsName, channel: null });
  const notes = await openNotesDb({ name: notesName, channel: null });
  const saved: ExportedFile[] = [];
  const services = fakeServices();
  services.settings = {
    ...services.settings,
    load: async () => (await settings.load()) ?? DEFAULT_SETTINGS,
    save: (changes) => settings.save(changes),
    subscribe: () => () => undefined,
  };
  services.notes = {
    ...services.notes,
    count: () => notes.count(),
    exportAll: async (format, labels, creatorName) =>
      buildExport(await notes.allNotes(), format, labels, creatorName, new Date()),
    save: (file) => saved.push(file),
  };
  const screen = await renderIn(<OptionsApp services={services} />, 'nl');
  return {
    screen,
    saved,
    notes,
    close: () => {
      screen.unmount();
      settings.close();
      notes.close();
    },
  };
}

describe('your name as the creator of exported notes', () => {
  test('saved, shown again after reopening, named by JSON-LD and Markdown exports; cleared, named nowhere', async () => {
    const settingsName = freshName();
    const notesName = freshName();
    onTestFinished(async () => {
      await deleteDB(settingsName);
      await deleteDB(notesName);
    });

    const first = await optionsPage(settingsName, notesName);
    await first.notes.importNotes(exportJsonLd([own, colleagues]));
    const field = first.screen.getByLabelText('Je naam (optioneel)');
    await expect.element(field).toHaveValue('');
    await field.fill('  Anne   de Vries ');
    await first.screen.getByRole('button', { name: 'Naam bewaren' }).click();
    await expect
      .element(first.screen.getByRole('status').filter({ hasText: 'Je naam staat voortaan bij je notities' }))
      .toBeVisible();
    await expectNoAxeViolations(first.screen.container);
    first.close();

    // A fresh page over a fresh connection reads the name back from the store.
    const second = await optionsPage(settingsName, notesName);
    onTestFinished(second.close);
    await expect.element(second.screen.getByLabelText('Je naam (optioneel)')).toHaveValue('Anne de Vries');

    await second.screen.getByRole('button', { name: 'Exporteren als JSON-LD' }).click();
    await expect.poll(() => second.saved.length).toBe(1);
    const jsonld = second.saved[0]?.text ?? '';
    const items = (JSON.parse(jsonld) as { first: { items: Items } }).first.items;
    const creatorOf = (note: Note) => items.find((item) => item.id === `urn:uuid:${note.id}`)?.creator;
    expect(creatorOf(own)).toEqual({ type: 'Person', name: 'Anne de Vries' });
    // The colleague's note is theirs: it keeps its creator as it came.
    expect(creatorOf(colleagues)).toBe('acct:griffier.twente@hypothes.is');

    await second.screen.getByRole('button', { name: 'Exporteren als Markdown' }).click();
    await expect.poll(() => second.saved.length).toBe(2);
    expect(second.saved[1]?.text).toContain('Door: Anne de Vries');
    expect(second.saved[1]?.text).toContain(`Door: ${escapeMarkdownInline('acct:griffier.twente@hypothes.is')}`);

    // Cleared: the store keeps an empty name and exports name no creator of our own.
    await second.screen.getByLabelText('Je naam (optioneel)').fill('   ');
    await second.screen.getByRole('button', { name: 'Naam bewaren' }).click();
    await expect
      .element(second.screen.getByRole('status').filter({ hasText: 'Exports noemen voortaan geen maker.' }))
      .toBeVisible();
    await second.screen.getByRole('button', { name: 'Exporteren als JSON-LD' }).click();
    await expect.poll(() => second.saved.length).toBe(3);
    const cleared = (JSON.parse(second.saved[2]?.text ?? '{}') as { first: { items: Items } }).first.items;
    expect(cleared.find((item) => item.id === `urn:uuid:${own.id}`)).not.toHaveProperty('creator');
    const reread = await openSettingsDb({ name: settingsName, channel: null });
    expect((await reread.load())?.creatorName).toBe('');
    reread.close();
  });
});
