/**
 * The translator cache: one translator per language choice, kept until the
 * language setting changes (other settings do not count); then a new one, and
 * word to every listener; the last choice wins; nothing arrives after stop; a
 * failed load is not kept.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Translate } from '../../../../lib/core/i18n/translator';
import type { LanguageChoice } from '../../../../lib/core/settings/schema';
import { saveSettings } from '../../../../lib/shared/platform/settings';
import { createTranslatorCache, extensionTranslators } from '../../../../lib/shared/platform/translator';
import { installI18n, packagedFetch } from '../../support/fake-apis';
import { resetSettingsStore } from '../../support/settings-store';

/** Lets the storage event and the catalogue fetch run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
  installI18n('nl');
  vi.stubGlobal('fetch', packagedFetch());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('extensionTranslators', () => {
  test('starts in the stored language, and keeps one translator until the language changes', async () => {
    await saveSettings({ language: 'en' });
    const translators = extensionTranslators();
    const first = translators.current();
    expect((await first)('sidepanel_tab_all')).toBe('All notes');
    expect(translators.current()).toBe(first);

    await saveSettings({ ignoredSites: ['example.org'] });
    await settle();
    expect(translators.current()).toBe(first);

    await saveSettings({ language: 'nl' });
    await vi.waitFor(() => expect(translators.current()).not.toBe(first));
    expect((await translators.current())('sidepanel_tab_all')).toBe('Alle notities');
  });

  test('each language change gives a translator in that language; other settings give none', async () => {
    const received: Translate[] = [];
    const translators = extensionTranslators();
    const stop = translators.onChange((t) => received.push(t));
    await settle();

    await saveSettings({ ignoredSites: ['example.org'] });
    await settle();
    expect(received).toHaveLength(0);

    // Waited for, not slept on: loading a catalogue takes a varying number of turns on a busy machine.
    // Exactly one arrives per language change, so the settings change above gave none.
    await saveSettings({ language: 'en' });
    await vi.waitFor(() => expect(received.map((t) => t('sidepanel_tab_all'))).toEqual(['All notes']));

    await saveSettings({ ignoredSites: [] });
    await saveSettings({ language: 'nl' });
    await vi.waitFor(() => expect(received.map((t) => t('sidepanel_tab_all'))).toEqual(['All notes', 'Alle notities']));

    // Back to the browser's language (Dutch here): a new translator too, from the browser's catalogue.
    await saveSettings({ language: 'auto' });
    await vi.waitFor(() => expect(received).toHaveLength(3));
    expect(received[2]?.('localeCode')).toBe('nl');
    expect(await extensionTranslators().current()).toBeTypeOf('function');
    stop();
  });

  test('quick changes arrive in order, the last one last; after stop nothing arrives', async () => {
    const received: string[] = [];
    const translators = extensionTranslators();
    const stop = translators.onChange((t) => received.push(t('localeCode')));
    await settle();
    await Promise.all([saveSettings({ language: 'en' }), saveSettings({ language: 'nl' })]);
    await vi.waitFor(() => expect(received.at(-1)).toBe('nl'));
    expect(received[0]).toBe('en');
    expect((await translators.current())('localeCode')).toBe('nl');

    stop();
    await saveSettings({ language: 'en' });
    await settle();
    expect(received.at(-1)).toBe('nl');
  });
});

describe('createTranslatorCache', () => {
  test('a failed load is not kept: the next call loads again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let attempts = 0;
    const cache = createTranslatorCache({
      language: async () => 'en' as LanguageChoice,
      onSettingsChanged: () => () => undefined,
      translatorFor: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('catalogue unavailable');
        return (key) => `t:${key}`;
      },
    });
    await expect(cache.current()).rejects.toThrow('catalogue unavailable');
    expect((await cache.current())('extName')).toBe('t:extName');
    expect(attempts).toBe(2);
  });

  test('unreadable settings fall back to the browser language', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const asked: LanguageChoice[] = [];
    const cache = createTranslatorCache({
      language: () => Promise.reject(new Error('storage is broken')),
      onSettingsChanged: () => () => undefined,
      translatorFor: async (choice) => {
        asked.push(choice);
        return (key) => key;
      },
    });
    await cache.current();
    expect(asked).toEqual(['auto']);
  });
});
