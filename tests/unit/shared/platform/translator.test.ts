/**
 * onViewTranslatorChanged: an open view gets a new translator when the
 * language setting changes, and only then (other settings do not count); the
 * last choice wins, and nothing arrives after the view stopped listening.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Translate } from '../../../../lib/core/i18n/translator';
import { saveSettings } from '../../../../lib/shared/platform/settings';
import { onViewTranslatorChanged } from '../../../../lib/shared/platform/translator';
import { installI18n, packagedFetch } from '../../support/fake-apis';

/** Lets the storage event and the catalogue fetch run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('nl');
  vi.stubGlobal('fetch', packagedFetch());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('onViewTranslatorChanged', () => {
  test('each language change gives a translator in that language; other settings give none', async () => {
    const received: Translate[] = [];
    const stop = onViewTranslatorChanged((t) => received.push(t));
    await settle();

    await saveSettings({ ignoredSites: ['example.org'] });
    await settle();
    expect(received).toHaveLength(0);

    await saveSettings({ language: 'en' });
    await settle();
    expect(received.map((t) => t('sidepanel_tab_all'))).toEqual(['All notes']);

    await saveSettings({ ignoredSites: [] });
    await saveSettings({ language: 'nl' });
    await settle();
    expect(received.map((t) => t('sidepanel_tab_all'))).toEqual(['All notes', 'Alle notities']);

    // Back to the browser's language (Dutch here): a new translator too, from the browser's catalogue.
    await saveSettings({ language: 'auto' });
    await settle();
    expect(received).toHaveLength(3);
    expect(received[2]?.('localeCode')).toBe('nl');
    stop();
  });

  test('quick changes arrive in order, the last one last; after stop nothing arrives', async () => {
    const received: string[] = [];
    const stop = onViewTranslatorChanged((t) => received.push(t('localeCode')));
    await settle();
    await Promise.all([saveSettings({ language: 'en' }), saveSettings({ language: 'nl' })]);
    await vi.waitFor(() => expect(received.at(-1)).toBe('nl'));
    expect(received[0]).toBe('en');

    stop();
    await saveSettings({ language: 'en' });
    await settle();
    expect(received.at(-1)).toBe('nl');
  });
});
