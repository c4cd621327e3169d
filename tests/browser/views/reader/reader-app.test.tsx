/**
 * The reader before a document shows, for a local file: without the browser's file access it says how
 * to allow it (Chromium's "Allow access to file URLs") and asks for nothing; with it, it asks, in
 * context, for Regiolens's own permission for local files, and opens the file once given.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test, vi } from 'vitest';
import { ReaderApp } from '../../../../lib/views/reader/ReaderApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { ReaderSource } from '../../../../lib/views/reader/reader-source';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';

const LOCAL = 'file:///home/griffier/raadsvoorstel.pdf';

function localSource(switchOn: boolean, localFiles: ReaderSource['localFiles'] = 'behind-switch') {
  return {
    localFiles,
    hasAccess: vi.fn(async () => false),
    requestAccess: vi.fn(async () => true),
    // Not a PDF: the test ends at the fetch, which is what the permission leads to.
    fetchPdf: vi.fn(async () => new Uint8Array([1, 2, 3])),
    fileSchemeAllowed: vi.fn(async () => switchOn),
  } satisfies ReaderSource;
}

async function renderReader(source: ReaderSource) {
  return render(
    <I18nProvider t={translator('nl')}>
      <ReaderApp search={`?url=${encodeURIComponent(LOCAL)}`} source={source} />
    </I18nProvider>,
  );
}

describe('ReaderApp on a local file', () => {
  test("without the browser's file access it says how to allow it, and fetches and asks for nothing", async () => {
    const source = localSource(false);
    const screen = await renderReader(source);
    await expect.element(screen.getByRole('alert').filter({ hasText: /Toegang tot bestands-URL/ })).toBeVisible();
    expect(source.hasAccess).toHaveBeenCalledWith(LOCAL);
    expect(source.fetchPdf).not.toHaveBeenCalled();
    expect(source.requestAccess).not.toHaveBeenCalled();
    expect(screen.container.querySelector('button')).toBeNull();
    await expect.element(screen.getByRole('link', { name: 'Origineel adres' })).toHaveAttribute('href', LOCAL);
    await expectNoAxeViolations(screen.container);
  });

  test('in Firefox, which lets no extension read local files, it says so and asks for nothing', async () => {
    const source = localSource(true, 'never');
    const screen = await renderReader(source);
    await expect
      .element(screen.getByRole('alert').filter({ hasText: 'Firefox laat extensies geen bestanden op deze computer lezen.' }))
      .toBeVisible();
    expect(source.fileSchemeAllowed).not.toHaveBeenCalled();
    expect(source.requestAccess).not.toHaveBeenCalled();
    expect(source.fetchPdf).not.toHaveBeenCalled();
    expect(screen.container.querySelector('button')).toBeNull();
    await expectNoAxeViolations(screen.container);
  });

  test('with it, the permission for local files is asked from a click, and the file is read once given', async () => {
    const source = localSource(true);
    const screen = await renderReader(source);
    const button = screen.getByRole('button', { name: 'Bestanden op deze computer toestaan' });
    await expect.element(button).toBeVisible();
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
    await expectNoAxeViolations(screen.container);
    await button.click();
    await expect.poll(() => source.fetchPdf.mock.calls.length).toBe(1);
    expect(source.requestAccess).toHaveBeenCalledWith(LOCAL);
    expect(source.fetchPdf).toHaveBeenCalledWith(LOCAL, expect.anything());
  });
});
