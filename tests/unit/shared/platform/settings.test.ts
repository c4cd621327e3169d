/**
 * The settings live in the extension's IndexedDB, not in storage.local, which
 * content scripts can read and write (issue 11, item 2). Settings from an
 * earlier version are moved in once and deleted from storage.local; after that
 * a record written there (as a content script could) is never read again.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../lib/core/settings/schema';
import { resetSettingsStore } from '../../support/settings-store';

/** The settings module as a new context (page or worker) sees it: nothing opened yet. */
async function freshContext() {
  vi.resetModules();
  return import('../../../../lib/shared/platform/settings');
}

async function everythingLocal(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
});

test('saved settings are read back, and nothing is written to storage.local', async () => {
  const settings = await freshContext();
  await settings.saveSettings({ ignoredSites: ['voorbeeld.nl'], allowPrivateWindows: true });
  await settings.saveSettings({ indexUpdateUrl: 'https://index.example.org/i.json' });
  const expected = {
    ...DEFAULT_SETTINGS,
    ignoredSites: ['voorbeeld.nl'],
    allowPrivateWindows: true,
    indexUpdateUrl: 'https://index.example.org/i.json',
  };
  expect(await settings.loadSettings()).toEqual(expected);
  expect(await (await freshContext()).loadSettings()).toEqual(expected);
  expect(await everythingLocal()).toEqual({});
});

test('settings of an earlier version are moved out of storage.local once', async () => {
  await fakeBrowser.storage.local.set({
    settings: { language: 'en', ignoredSites: ['Voorbeeld.nl.'], allowPrivateWindows: true, indexUpdateUrl: null },
  });
  const settings = await freshContext();
  expect(await settings.loadSettings()).toEqual({
    ...DEFAULT_SETTINGS,
    language: 'en',
    ignoredSites: ['voorbeeld.nl'],
    allowPrivateWindows: true,
  });
  expect(await everythingLocal()).toEqual({});
});

test('after the move a record written to storage.local steers nothing, and is deleted', async () => {
  const first = await freshContext();
  expect(await first.loadSettings()).toEqual(DEFAULT_SETTINGS);
  // What a script in a page's content-script context could still write.
  await fakeBrowser.storage.local.set({
    settings: { ignoredSites: [], allowPrivateWindows: true, indexUpdateUrl: 'https://evil.example/i.json' },
  });
  expect(await first.loadSettings()).toEqual(DEFAULT_SETTINGS);
  const next = await freshContext();
  expect(await next.loadSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await everythingLocal()).toEqual({});
});

test('a damaged old record gives defaults field by field', async () => {
  await fakeBrowser.storage.local.set({ settings: { language: 'fr', ignoredSites: ['ok.nl', 42], allowPrivateWindows: 'yes' } });
  expect(await (await freshContext()).loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ignoredSites: ['ok.nl'] });
});

test("a save in one context is the 'settings/changed' event in another, with the settings as stored", async () => {
  const writer = await freshContext();
  vi.resetModules();
  const { events } = await import('../../../../lib/shared/platform/events');
  const heard: string[] = [];
  const stop = events.on('settings/changed', (settings) => heard.push(settings.language));
  await writer.saveSettings({ language: 'en' });
  await vi.waitFor(() => expect(heard).toEqual(['en']));
  stop();
});
