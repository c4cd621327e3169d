/**
 * An I18nProvider whose translator can be replaced while the view is open:
 * when the user picks another language in options, an open view (the side
 * panel stays open for hours) re-renders in it without losing what is typed,
 * and the document's language and title follow.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/translator';
import { I18nProvider } from './i18n';

/** Subscribes to new translators; returns the function that stops listening. */
export type TranslatorChanges = (listener: (t: Translate) => void) => () => void;

export interface LiveI18nProviderProps {
  initial: Translate;
  changes?: TranslatorChanges;
  children: ComponentChildren;
}

export function LiveI18nProvider({ initial, changes, children }: LiveI18nProviderProps) {
  const [t, setT] = useState<Translate>(() => initial);
  // A translator is a function: wrap it, or useState would call it as an updater.
  useEffect(() => changes?.((next) => setT(() => next)), [changes]);
  useEffect(() => {
    document.documentElement.lang = t('localeCode');
    document.title = t('extName');
  }, [t]);
  return <I18nProvider t={t}>{children}</I18nProvider>;
}
