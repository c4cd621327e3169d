/**
 * Strings reach views through context: the entrypoint provides a translator
 * (the browser's, or a chosen language's), tests provide one over the catalogue.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../../core/i18n/translator';

const I18nContext = createContext<Translate | null>(null);

export function I18nProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  const t = useContext(I18nContext);
  if (!t) throw new Error('useT() needs an <I18nProvider> above it');
  return t;
}
