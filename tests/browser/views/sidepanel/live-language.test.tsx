/**
 * The open side panel switches language when the language setting changes
 * (mount's LiveI18nProvider fed by lib/shared/platform/translator.ts'
 * extensionTranslators().onChange, the view's one translator cache), keeping what the user was typing.
 */
import { render } from 'vitest-browser-preact';
import { expect, test } from 'vitest';
import { LiveI18nProvider, type TranslatorChanges } from '../../../../lib/views/common/LiveI18nProvider';
import { SidePanelApp } from '../../../../lib/views/sidepanel/SidePanelApp';
import type { Translate } from '../../../../lib/core/i18n/translator';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { sidePanel } from '../../support/sidepanel-fakes';

function translatorChanges(): TranslatorChanges & { emit(t: Translate): void; listeners: number } {
  const listeners = new Set<(t: Translate) => void>();
  const changes = Object.assign(
    (listener: (t: Translate) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    {
      emit: (t: Translate) => listeners.forEach((listener) => listener(t)),
      get listeners() {
        return listeners.size;
      },
    },
  );
  return changes;
}

test('a new translator re-renders the panel in the new language, keeps the draft, and sets the document language', async () => {
  const changes = translatorChanges();
  const panel = await sidePanel();
  const screen = await render(
    <LiveI18nProvider initial={translator('nl')} changes={changes}>
      <SidePanelApp {...panel.props} />
    </LiveI18nProvider>,
  );
  await expect.element(screen.getByRole('button', { name: 'Alle notities' })).toBeVisible();
  expect(document.documentElement.lang).toBe('nl');
  await screen.getByLabelText('Notitie', { exact: true }).fill('Half geschreven');

  changes.emit(translator('en'));
  await expect.element(screen.getByRole('button', { name: 'All notes' })).toBeVisible();
  await expect.element(screen.getByRole('heading', { name: 'Notes on this page' })).toBeVisible();
  await expect.poll(() => document.documentElement.lang).toBe('en');
  await expect.element(screen.getByLabelText('Note', { exact: true })).toHaveValue('Half geschreven');
  await expectNoAxeViolations(screen.container);

  changes.emit(translator('nl'));
  await expect.element(screen.getByRole('button', { name: 'Alle notities' })).toBeVisible();
  await expect.poll(() => document.documentElement.lang).toBe('nl');
  expect(document.title).toBe('Regiolens');

  screen.unmount();
  expect(changes.listeners).toBe(0);
});
