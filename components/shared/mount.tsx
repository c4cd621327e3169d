/** Mounts a view with its translator; the one place each page's root is rendered. */
import { render, type ComponentChildren } from 'preact';
import type { Translate } from '../../lib/i18n/translator';
import { I18nProvider } from './i18n';
import '../styles/base.css';

export function mount(t: Translate, view: ComponentChildren, root: HTMLElement | null = document.getElementById('app')): void {
  if (!root) throw new Error('Regiolens: the page has no #app element');
  document.documentElement.lang = t('localeCode');
  document.title = t('extName');
  render(<I18nProvider t={t}>{view}</I18nProvider>, root);
}
