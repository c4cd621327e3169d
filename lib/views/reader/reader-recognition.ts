/**
 * Recognition in the reader: the document's text is read page by page, in the
 * background of the reader (pdf.js extracts it in its worker; between pages the
 * reader gives the browser a turn, so scrolling and typing never wait), up to
 * the stated bound, and reported to the background as the reader tab's page.
 */
import { pdfSnapshot } from '../../core/pdf/pdf-snapshot';
import { MAX_PDF_PAGES_READ, readDocumentText, type DocumentText } from '../../core/pdf/pdf-text';
import type { TabState } from '../../core/tab-state';
import { backgroundClient } from '../../shared/platform/messaging';
import { yieldToBrowser } from './page-texts';
import { markMilestone } from './reader-marks';
import type { OpenedDocument } from './ReaderView';

export interface ReadingOutcome {
  reading: Pick<DocumentText, 'pageCount' | 'pagesRead' | 'truncated' | 'empty'>;
  /** The tab's state after the report (its verdict), or null when the background did not recognise it. */
  state: TabState | null;
}

/** Reads and reports; `report` defaults to the background (tests pass their own). */
export async function recogniseDocument(
  opened: OpenedDocument,
  report: (payload: { page: ReturnType<typeof pdfSnapshot>; empty: boolean }) => Promise<TabState> = (payload) =>
    backgroundClient.call('reader/snapshot', payload),
): Promise<ReadingOutcome> {
  const text = await readDocumentText(opened.texts.asSource(), { maxPages: MAX_PDF_PAGES_READ, between: yieldToBrowser });
  const flatten = (nodes: OpenedDocument['outline']): string[] =>
    nodes.flatMap((node) => [node.title, ...flatten(node.children)]);
  markMilestone('text-read');
  const page = pdfSnapshot({ url: opened.url, ...opened.facts, outlineTitles: flatten(opened.outline) }, text);
  const reading = { pageCount: text.pageCount, pagesRead: text.pagesRead, truncated: text.truncated, empty: text.empty };
  try {
    const state = await report({ page, empty: text.empty });
    markMilestone('verdict');
    return { reading, state };
  } catch (error) {
    console.warn('Regiolens: the document could not be recognised', error);
    return { reading, state: null };
  }
}
