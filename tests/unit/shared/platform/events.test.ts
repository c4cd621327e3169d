/**
 * The extension's bus carries what is written elsewhere too: a settings write
 * (storage.onChanged) and a committed notes write (the notes store's own
 * channel) reach subscribers by event name.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EVENT_CHANNELS } from '../../../../lib/shared/messages/events';
import { events } from '../../../../lib/shared/platform/events';
import { saveSettings } from '../../../../lib/shared/platform/settings';
import { NOTES_CHANNEL, openNotesDb } from '../../../../lib/shared/stores/notes-db';
import type { Settings } from '../../../../lib/core/settings/schema';
import { resetSettingsStore } from '../../support/settings-store';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
});

test("a settings write is the 'settings/changed' event, with the settings as stored", async () => {
  const heard: Settings[] = [];
  const stop = events.on('settings/changed', (settings) => heard.push(settings));
  await saveSettings({ language: 'en' });
  await vi.waitFor(() => expect(heard.map((settings) => settings.language)).toEqual(['en']));
  stop();
});

test("a committed notes write arrives as 'notes/changed' on the notes store's own channel", async () => {
  expect(EVENT_CHANNELS['notes/changed']).toBe(NOTES_CHANNEL);
  const db = await openNotesDb({ name: `events-test-${Date.now()}` });
  const heard: string[][] = [];
  const stop = events.on('notes/changed', (change) => heard.push(change.ids));
  const note = await db.addNote({ url: 'https://www.vng.nl/a', title: 'A', body: 'Over de regio' });
  await vi.waitFor(() => expect(heard).toEqual([[note.id]]));
  stop();
  db.close();
});
