/**
 * The settings store in real Chromium IndexedDB (issue 11, item 2): changes
 * from two pages at once both stay, a move from storage.local never overwrites
 * what is stored, a damaged record reads as defaults field by field, and each
 * committed change is announced on the store's channel. Nothing is faked.
 */
import { openDB } from 'idb';
import { afterEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/core/settings/schema';
import {
  onSettingsSaved,
  openSettingsDb,
  SETTINGS_DB_VERSION,
  SETTINGS_KEY,
  SETTINGS_STORE,
  type SettingsDb,
} from '../../../../lib/shared/stores/settings-db';

const opened: SettingsDb[] = [];
const freshName = () => `regiolens-settings-test-${crypto.randomUUID()}`;

async function open(name: string, channel: string | null = null): Promise<SettingsDb> {
  const db = await openSettingsDb({ name, channel });
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

test('nothing stored reads as null; saves merge into defaults and persist across connections', async () => {
  const name = freshName();
  const first = await open(name);
  expect(await first.load()).toBeNull();
  await first.save({ language: 'en' });
  expect(await (await open(name)).load()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
});

test('two pages saving different fields at once both keep theirs', async () => {
  const name = freshName();
  const [a, b] = await Promise.all([open(name), open(name)]);
  await Promise.all([a.save({ ignoredSites: ['voorbeeld.nl'] }), b.save({ allowPrivateWindows: true })]);
  expect(await a.load()).toEqual({ ...DEFAULT_SETTINGS, ignoredSites: ['voorbeeld.nl'], allowPrivateWindows: true });
});

test('adopting old settings stores them only when nothing is stored yet', async () => {
  const db = await open(freshName());
  const old: Settings = { ...DEFAULT_SETTINGS, language: 'en' };
  expect(await db.adopt(old)).toEqual(old);
  expect(await db.adopt({ ...DEFAULT_SETTINGS, allowPrivateWindows: true })).toEqual(old);
  expect(await db.load()).toEqual(old);
});

test('a damaged record reads as defaults field by field', async () => {
  const name = freshName();
  await open(name);
  const raw = await openDB(name, SETTINGS_DB_VERSION);
  await raw.put(SETTINGS_STORE, { language: 'xx', ignoredSites: ['ok.nl', 7], indexUpdateUrl: 5 }, SETTINGS_KEY);
  raw.close();
  expect(await (await open(name)).load()).toEqual({ ...DEFAULT_SETTINGS, ignoredSites: ['ok.nl'] });
});

test('each committed change is announced with the settings as stored', async () => {
  const channel = `regiolens-settings-test-${crypto.randomUUID()}`;
  const heard: Settings[] = [];
  const stop = onSettingsSaved((settings) => heard.push(settings), channel);
  const db = await open(freshName(), channel);
  await db.save({ ignoredSites: ['Voorbeeld.NL.'] });
  await vi.waitFor(() => expect(heard).toEqual([{ ...DEFAULT_SETTINGS, ignoredSites: ['voorbeeld.nl'] }]));
  await db.adopt(DEFAULT_SETTINGS);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(heard).toHaveLength(1);
  stop();
});
