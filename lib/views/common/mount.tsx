/** Mounts a view with its translator; the one place each page's root is rendered. */
import { render, type ComponentChildren } from 'preact';
import type { Translate } from '../../core/i18n/translator';
import { LiveI18nProvider, type TranslatorChanges } from './LiveI18nProvider';
import '../styles/base.css';

export interface MountOptions {
  /** Where to render; the page's #app element by default. */
  root?: HTMLElement | null;
  /** New translators while the view is open (the language setting changed); the view re-renders in place. */
  onTranslatorChanged?: TranslatorChanges;
}

export function mount(t: Translate, view: ComponentChildren, options: MountOptions = {}): void {
  const root = options.root === undefined ? document.getElementById('app') : options.root;
  if (!root) throw new Error('Regiolens: the page has no #app element');
  // Set before the first render as well, so the page never shows without a language.
  document.documentElement.lang = t('localeCode');
  document.title = t('extName');
  render(
    <LiveI18nProvider initial={t} changes={options.onTranslatorChanged}>
      {view}
    </LiveI18nProvider>,
    root,
  );
}
