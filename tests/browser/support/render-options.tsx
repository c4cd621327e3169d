/** Renders a view component in a language with the shipped catalogue. */
import type { ComponentChildren } from 'preact';
import { render } from 'vitest-browser-preact';
import { I18nProvider } from '../../../lib/views/common/i18n';
import { translator } from './catalog';

export function renderIn(view: ComponentChildren, locale: 'nl' | 'en' = 'nl') {
  return render(<I18nProvider t={translator(locale)}>{view}</I18nProvider>);
}
