/**
 * The one translator cache of a context. The service worker (badge titles, the
 * omnibox, the context menu) and each view hold one, made at start-up, and
 * every string they show comes from it. It loads the translator for the
 * language chosen in options (else the browser's) once, and replaces it only
 * when the language setting changes; then it tells its listeners, so an open
 * view re-renders and the background re-titles its menu. Other settings
 * changing do not count, and changes are handled one after another, so the
 * last choice wins.
 */
import { translatorForChoice } from './i18n';
import { events } from './events';
import { loadSettings } from './settings';
import type { Translate } from '../../core/i18n/translator';
import type { LanguageChoice } from '../../core/settings/schema';

export interface Translators {
  /** The translator for the current language choice (loaded on first use). */
  current(): Promise<Translate>;
  /** Calls back with the new translator after each change of the language choice; returns the stop function. */
  onChange(listener: (t: Translate) => void): () => void;
}

/** Where the cache learns the language choice and gets translators; the extension's is `extensionTranslators()`. */
export interface LanguageSource {
  language(): Promise<LanguageChoice>;
  /** Calls back with the language choice whenever settings change (also when something else changed). */
  onSettingsChanged(listener: (language: LanguageChoice) => void): () => void;
  translatorFor(choice: LanguageChoice): Promise<Translate>;
}

export function createTranslatorCache(source: LanguageSource): Translators {
  const listeners = new Set<(t: Translate) => void>();
  let choice: Promise<LanguageChoice> = source.language().catch((error: unknown) => {
    console.warn('Regiolens: the settings could not be read; following the browser language', error);
    return 'auto' as const;
  });
  let translator: Promise<Translate> | undefined;

  /** Loads the translator for the choice; a failed load is not kept, so the next call tries again. */
  const load = (): Promise<Translate> => {
    const loading = choice.then(source.translatorFor);
    loading.catch(() => {
      if (translator === loading) translator = undefined;
    });
    return loading;
  };

  // The one invalidation: a different language choice.
  source.onSettingsChanged((language) => {
    choice = choice.then(async (previous) => {
      if (previous === language) return previous;
      // From now on current() answers in the new language, as soon as its catalogue is there.
      const loading = source.translatorFor(language);
      translator = loading;
      try {
        const next = await loading;
        for (const listener of [...listeners]) listener(next);
        return language;
      } catch (error) {
        console.warn('Regiolens: the translator for the new language could not be loaded', error);
        // The next current() loads the previous choice again.
        if (translator === loading) translator = undefined;
        return previous;
      }
    });
  });

  return {
    current: () => (translator ??= load()),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The cache over the extension's settings (storage, the 'settings/changed' event) and shipped
 * catalogues. Make one per context at start-up: it starts listening at once, and the service
 * worker must listen in its first turn, or a language change made while it slept is missed.
 */
export function extensionTranslators(): Translators {
  return createTranslatorCache({
    language: async () => (await loadSettings()).language,
    onSettingsChanged: (listener) => events.on('settings/changed', (settings) => listener(settings.language)),
    translatorFor: translatorForChoice,
  });
}
