/**
 * The reader before a document shows: a local file without the browser's file access says how to
 * allow it (Chromium's "Allow access to file URLs"), with no axe violations, and asks for nothing.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test, vi } from 'vitest';
import { ReaderApp } from '../../../../lib/views/reader/ReaderApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { ReaderSource } from '../../../../lib/views/reader/reader-source';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';

const LOCAL = 'file:///home/griffier/raadsvoorstel.pdf';

describe('ReaderApp on a local file', () => {
  test('without file access it says how to allow it, and fetches and asks for nothing', async () => {
    const source: ReaderSource = {
      hasAccess: vi.fn(async () => false),
      requestAccess: vi.fn(async () => true),
      fetchPdf: vi.fn(async () => new Uint8Array()),
    };
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <ReaderApp search={`?url=${encodeURIComponent(LOCAL)}`} source={source} />
      </I18nProvider>,
    );
    await expect.element(screen.getByRole('alert').filter({ hasText: /Toegang tot bestands-URL/ })).toBeVisible();
    expect(source.hasAccess).toHaveBeenCalledWith(LOCAL);
    expect(source.fetchPdf).not.toHaveBeenCalled();
    expect(source.requestAccess).not.toHaveBeenCalled();
    expect(screen.container.querySelector('button')).toBeNull();
    await expect.element(screen.getByRole('link', { name: 'Origineel adres' })).toHaveAttribute('href', LOCAL);
    await expectNoAxeViolations(screen.container);
  });
});
