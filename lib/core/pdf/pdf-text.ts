/**
 * A PDF's text as Regiolens reads it, the same in the reader and in the
 * command-line recogniser. Pure: it works on the shape of pdf.js's text
 * content, not on pdf.js itself, so each context loads pdf.js its own way (the
 * reader with its bundled worker, Node with the legacy build) and the text
 * comes out the same.
 */
import { MAX_TEXT } from '../page-limits';

/** What pdf.js's `getTextContent()` gives per item: text items have `str`; marked-content items have none. */
export interface PdfTextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export interface PdfTextSource {
  numPages: number;
  /** Page numbers start at 1, as in pdf.js. */
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
}

/** A page's text, and where each text item starts in it (index = the item's place among items with `str`). */
export interface PageText {
  text: string;
  itemStarts: number[];
}

/** Joins one page's text items: an item that ends a line gets a line break, so words of two lines never run together. */
export function pageText(items: readonly object[]): PageText {
  let text = '';
  const itemStarts: number[] = [];
  for (const item of items as readonly PdfTextItemLike[]) {
    if (typeof item.str !== 'string') continue;
    itemStarts.push(text.length);
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return { text, itemStarts };
}

/**
 * The bound on reading a long document for recognition: at most this many pages, and no more text than a
 * page snapshot holds (MAX_TEXT). A 1,000-page document is read up to here, and the reader says so.
 */
export const MAX_PDF_PAGES_READ = 500;

export interface DocumentText {
  text: string;
  pageCount: number;
  /** Pages read, from the first. */
  pagesRead: number;
  /** True when the bound stopped the reading before the last page (or cut the text). */
  truncated: boolean;
  /** True when no page held any text (a scan without a text layer). */
  empty: boolean;
}

export interface ReadOptions {
  maxPages?: number;
  maxChars?: number;
  /** Called between pages; the reader yields to the browser there, so reading never blocks it. */
  between?: (pagesRead: number) => Promise<void>;
  /** Stops reading when aborted (the document was closed). */
  signal?: AbortSignal;
}

/** Reads a document's text page by page, up to the bound. */
export async function readDocumentText(doc: PdfTextSource, options: ReadOptions = {}): Promise<DocumentText> {
  const maxPages = Math.min(doc.numPages, options.maxPages ?? MAX_PDF_PAGES_READ);
  const maxChars = options.maxChars ?? MAX_TEXT;
  const parts: string[] = [];
  let length = 0;
  let pagesRead = 0;
  let cut = false;
  while (pagesRead < maxPages) {
    options.signal?.throwIfAborted();
    const page = await doc.getPage(pagesRead + 1);
    const { text } = pageText((await page.getTextContent()).items);
    pagesRead++;
    const room = maxChars - length;
    const piece = text.trim();
    if (piece.length > room) {
      parts.push(piece.slice(0, Math.max(0, room)));
      length = maxChars;
      cut = true;
      break;
    }
    parts.push(piece);
    length += piece.length + 2;
    if (options.between) await options.between(pagesRead);
  }
  const text = parts.join('\n\n').slice(0, maxChars);
  return {
    text,
    pageCount: doc.numPages,
    pagesRead,
    truncated: cut || pagesRead < doc.numPages,
    empty: text.trim().length === 0,
  };
}
