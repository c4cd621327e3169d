/** Translators backed by the browser: its UI language, or a language the user chose in options. */
import { createTranslator, type Translate } from '../../core/i18n/translator';
import type { Catalog, Locale } from '../../core/i18n/catalog';
import { browser } from 'wxt/browser';

/** Follows the browser's UI language, falling back to Dutch (the default locale). */
export function browserTranslator(): Translate {
  return (key, substitutions) => {
    const values =
      substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
    return browser.i18n.getMessage(key as never, values) || key;
  };
}

/** A translator for an explicitly chosen language, read from the shipped catalogue. */
export async function translatorFor(locale: Locale): Promise<Translate> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as '/'));
  return createTranslator((await response.json()) as Catalog);
}

/** The translator for the user's language choice: the browser's own, or a fixed catalogue. */
export async function translatorForChoice(choice: 'auto' | Locale): Promise<Translate> {
  return choice === 'auto' ? browserTranslator() : translatorFor(choice);
}
