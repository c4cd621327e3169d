/**
 * The popup on a tab showing a PDF in the browser's own viewer: never a verdict, "not read" with the
 * way to where it can be read, "Open in Regiolens", which the real background answers by opening the
 * reader in that tab for the tab's own address.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../../../lib/views/popup/PopupApp';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import { readerPath } from '../../../../lib/core/pdf/reader-address';
import type { TabState } from '../../../../lib/core/tab-state';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { testBackground } from '../../support/background';

const DOCUMENT = 'https://www.vng.nl/docs/investeringsagenda.pdf';
const PDF_TAB: TabState = { tabId: 12, status: 'pdf', url: DOCUMENT };

async function renderPopup(lang: 'nl' | 'en' = 'nl') {
  const onOpenedInReader = vi.fn();
  const background = testBackground({ activeTab: PDF_TAB.tabId });
  background.seedTab(PDF_TAB);
  const screen = await render(
    <I18nProvider t={translator(lang)}>
      <PopupApp
        tabs={background.tabSource()}
        background={background.client}
        events={background.events}
        onOpen={vi.fn()}
        onOpenSidePanel={vi.fn()}
        onOpenedInReader={onOpenedInReader}
      />
    </I18nProvider>,
  );
  return { screen, background, onOpenedInReader };
}

describe("the popup on a PDF in the browser's viewer", () => {
  test('says it is not read (no verdict) and opens the reader in that tab', async () => {
    const { screen, background, onOpenedInReader } = await renderPopup();
    await expect
      .element(
        screen.getByText('Niet gelezen: dit is een pdf in de pdf-weergave van de browser, en daar kan geen extensie hem lezen.'),
      )
      .toBeVisible();
    expect(screen.container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('pdf');
    expect(screen.container.querySelector('[data-verdict="no"]')).toBeNull();
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Openen in Regiolens' }).click();
    await expect
      .poll(() => background.shownInTab)
      .toEqual([{ tabId: 12, url: `chrome-extension://regiolens-test${readerPath(DOCUMENT)}` }]);
    expect(background.sent.filter((message) => message.type === 'tab/open-reader')).toEqual([
      { type: 'tab/open-reader', payload: { tabId: 12 } },
    ]);
    await expect.poll(() => onOpenedInReader.mock.calls.length).toBe(1);
  });

  test('English labels', async () => {
    const { screen } = await renderPopup('en');
    await expect
      .element(screen.getByText("Not read: this is a PDF in the browser's own viewer, where no extension can read it."))
      .toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Open in Regiolens' })).toBeVisible();
  });
});
