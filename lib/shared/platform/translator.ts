/** The translator a view starts with: the language chosen in options, else the browser's; and new ones when that choice changes. */
import { translatorForChoice } from './i18n';
import { events } from './events';
import { loadSettings } from './settings';
import type { Translate } from '../../core/i18n/translator';
import type { LanguageChoice } from '../../core/settings/schema';

export async function viewTranslator(): Promise<Translate> {
  const settings = await loadSettings();
  return translatorForChoice(settings.language);
}

/**
 * Calls back with a new translator each time the language setting changes
 * (other settings changing do not count), so an open view can switch language
 * in place. Changes are handled one after another, so the last choice wins.
 */
export function onViewTranslatorChanged(listener: (t: Translate) => void): () => void {
  let shown: Promise<LanguageChoice | null> = loadSettings().then(
    (settings) => settings.language,
    (error: unknown) => {
      console.warn('Regiolens: the settings could not be read', error);
      return null;
    },
  );
  let stopped = false;
  const stop = events.on('settings/changed', ({ language }) => {
    shown = shown.then(async (previous) => {
      if (previous === language) return previous;
      try {
        const t = await translatorForChoice(language);
        if (!stopped) listener(t);
        return language;
      } catch (error) {
        console.warn('Regiolens: the translator for the new language could not be loaded', error);
        return previous;
      }
    });
  });
  return () => {
    stopped = true;
    stop();
  };
}
