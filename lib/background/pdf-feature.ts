/**
 * Getting a PDF into Regiolens's reader (issue 13, item 2). The browsers' own
 * PDF viewers admit no extension script, so a document is read only in the
 * reader (`reader.html?url=…`). Three ways lead there, all decided here:
 *
 * - `tab/open-reader`: the popup's or side panel's "Open in Regiolens" on a tab
 *   showing a PDF; the tab's address is the browser's, never the view's claim.
 * - the context menu item on a link to a PDF (`.pdf` addresses, by the
 *   browser's own `targetUrlPatterns`), which opens the reader in a new tab.
 * - the setting `openPdfsInReader` (off by default: no document moves to
 *   another page unless the user chose it): a PDF loading on a policy site
 *   opens in the reader instead. It needs no permission beyond the policy-site
 *   hosts we hold, whose tab addresses the browser shows us as they load. A
 *   document the user opened in the browser's viewer on purpose (the reader's
 *   own link, marked `#regiolens=browser`) stays there, and so does one the
 *   user went back to from the reader: the same address again in the same tab
 *   is not taken over twice, so Back is never a trap.
 */
import { documentForReader, isBrowserViewerUrl, isPdfAddress, isReaderPage } from '../core/pdf/reader-address';
import { isPolicySite } from '../core/sites';
import type { Settings } from '../core/settings/schema';
import { MessageError } from '../shared/messages/define';
import type { MenuClickInfo, MenuClickTab, MenuContext } from '../shared/platform/context-menu';
import type { Translators } from '../shared/platform/translator';
import { whileRunning, type BackgroundFeature } from './feature';
import type { TabFacts } from './tabs-feature';

export const OPEN_IN_READER_MENU_ID = 'regiolens-open-pdf-link';

/** Links whose address names a PDF file (path, or path before a query); http(s) and local files. */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.PDF',
  '*://*/*.pdf?*',
  '*://*/*.PDF?*',
  'file:///*.pdf',
  'file:///*.PDF',
];

export interface PdfFeatureDeps {
  /** The tab with this id as the browser gives it; rejects when it is gone. */
  tab(tabId: number): Promise<TabFacts>;
  settings(): Promise<Settings>;
  /** The reader's full extension address for a document. */
  readerUrl(documentUrl: string): string;
  /** Shows an address in an existing tab. */
  showInTab(tabId: number, url: string): Promise<void>;
  openInNewTab(url: string): Promise<void>;
  ensureMenuItem(id: string, title: string, contexts: [MenuContext, ...MenuContext[]], patterns?: string[]): Promise<void>;
  onMenuItemClicked(id: string, listener: (tab: MenuClickTab | undefined, info: MenuClickInfo) => void): () => void;
  /** Calls back when a tab starts loading a page (url undefined without host access). */
  onTabLoading(listener: (tabId: number, url: string | undefined, incognito: boolean) => void): () => void;
  onTabRemoved(listener: (tabId: number) => void): () => void;
  translators: Pick<Translators, 'current' | 'onChange'>;
}

export interface PdfFeature extends BackgroundFeature {
  /** A tab turned out to show a PDF at an address that does not end in `.pdf` (told by the tabs feature). */
  pdfShown(tabId: number, url: string): void;
}

export function createPdfFeature(deps: PdfFeatureDeps): PdfFeature {
  /** Per tab, the document last taken into the reader automatically: loaded again there, it is the user going back. */
  const takenOver = new Map<number, string>();

  /** The setting's decision for a PDF loading in a tab. */
  async function maybeTakeOver(tabId: number, url: string, incognito: boolean): Promise<void> {
    const document = documentForReader(url);
    if (document === null || isBrowserViewerUrl(url) || !URL.canParse(url)) return;
    if (!isPolicySite(new URL(url).hostname)) return;
    if (takenOver.get(tabId) === document) {
      takenOver.delete(tabId);
      return;
    }
    const settings = await deps.settings();
    if (!settings.openPdfsInReader || (incognito && !settings.allowPrivateWindows)) return;
    takenOver.set(tabId, document);
    await deps.showInTab(tabId, deps.readerUrl(document));
  }
  const takeOver = (tabId: number, url: string, incognito: boolean) =>
    void maybeTakeOver(tabId, url, incognito).catch((error: unknown) =>
      console.warn('Regiolens: the PDF was not opened in the reader', error),
    );

  return {
    handlers: {
      'tab/open-reader': async ({ tabId }) => {
        const tab = await deps.tab(tabId);
        const document = tab.url === undefined ? null : documentForReader(tab.url);
        if (document === null) throw new MessageError('unavailable', 'the tab shows no document the reader can open');
        await deps.showInTab(tab.id, deps.readerUrl(document));
        return null;
      },
    },
    pdfShown(tabId, url) {
      void deps.tab(tabId).then(
        (tab) => takeOver(tabId, url, tab.incognito),
        (error: unknown) => console.debug('Regiolens: the PDF tab is gone', error),
      );
    },
    start(signal) {
      let menuWork = Promise.resolve();
      const refreshMenu = () =>
        (menuWork = menuWork
          .then(async () =>
            deps.ensureMenuItem(
              OPEN_IN_READER_MENU_ID,
              (await deps.translators.current())('openInReader'),
              ['link'],
              PDF_LINK_PATTERNS,
            ),
          )
          .catch((error: unknown) => console.warn('Regiolens: the PDF menu item was not created', error)));
      whileRunning(
        signal,
        deps.onMenuItemClicked(OPEN_IN_READER_MENU_ID, (_tab, { linkUrl }) => {
          // The browser matched the patterns; the address is checked again, like all input from outside.
          const document = linkUrl === undefined ? null : documentForReader(linkUrl);
          if (document === null) return;
          deps
            .openInNewTab(deps.readerUrl(document))
            .catch((error: unknown) => console.warn('Regiolens: the reader did not open', error));
        }),
        deps.onTabLoading((tabId, url, incognito) => {
          if (url === undefined) return;
          if (isPdfAddress(url)) takeOver(tabId, url, incognito);
          // Anywhere else but the reader, the tab has moved on: its next PDF may be taken over again.
          else if (!isReaderPage(url, deps.readerUrl(''))) takenOver.delete(tabId);
        }),
        deps.onTabRemoved((tabId) => takenOver.delete(tabId)),
        deps.translators.onChange(refreshMenu),
      );
      refreshMenu();
    },
  };
}
