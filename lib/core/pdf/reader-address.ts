/**
 * The reader's address: `reader.html?url=<address of the PDF>`. Pure, so the
 * popup, the background (context menu, redirect) and the reader all build and
 * read it the same way.
 */

/** The reader page, relative to the extension's root. */
export const READER_PAGE = '/reader.html';

/** Marks an address opened in the browser's own viewer on purpose, so Regiolens does not send it back to the reader. */
export const BROWSER_VIEWER_MARK = 'regiolens=browser';

export type ReaderAddress =
  { kind: 'missing' } | { kind: 'bad'; text: string } | { kind: 'ok'; url: string; host: string; local: boolean };

/** What the reader opens, from its query string: only http(s) and local files. */
export function readerAddress(search: string): ReaderAddress {
  const text = new URLSearchParams(search).get('url');
  if (!text) return { kind: 'missing' };
  if (!URL.canParse(text)) return { kind: 'bad', text };
  const url = new URL(text);
  if (url.protocol === 'file:') return { kind: 'ok', url: url.href, host: '', local: true };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'bad', text };
  return { kind: 'ok', url: url.href, host: url.host, local: false };
}

/** True for an address whose path names a PDF file (what can be told without fetching it: an index entry, a link, a tab). */
export function isPdfAddress(url: string): boolean {
  return URL.canParse(url) && /\.pdf$/i.test(new URL(url).pathname);
}

/**
 * The document address to hand the reader for a tab or a link: http(s) or a local file, without the mark
 * that kept it in the browser's viewer (opening it in Regiolens is the user's new choice). Null for any
 * other address (a browser page, data:, blob:), which the reader would refuse.
 */
export function documentForReader(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return null;
  if (parsed.hash === `#${BROWSER_VIEWER_MARK}`) parsed.hash = '';
  return parsed.href;
}

/** The reader's path and query for a document (pass it to the platform to make a full extension address). */
export function readerPath(documentUrl: string): string {
  return `${READER_PAGE}?${new URLSearchParams({ url: documentUrl }).toString()}`;
}

/** The document's address for the browser's own viewer, marked so that it stays there. */
export function browserViewerUrl(documentUrl: string): string {
  const url = new URL(documentUrl);
  url.hash = BROWSER_VIEWER_MARK;
  return url.href;
}

/** True for an address the user opened in the browser's viewer on purpose (see BROWSER_VIEWER_MARK). */
export function isBrowserViewerUrl(documentUrl: string): boolean {
  return URL.canParse(documentUrl) && new URL(documentUrl).hash === `#${BROWSER_VIEWER_MARK}`;
}

/** True when `address` is our reader page (whose full address, without query, is `readerPage`), whatever document it shows. */
export function isReaderPage(address: string, readerPage: string): boolean {
  return URL.canParse(address) && URL.canParse(readerPage) && address.split(/[?#]/)[0] === readerPage.split(/[?#]/)[0];
}

/**
 * The reader's path and query for a document, opened at a page: the fragment `page=N` is the one
 * RFC 3778 defines for PDFs, which the reader honours as the browsers' own viewers do.
 */
export function readerPathAtPage(documentUrl: string, page?: number): string {
  return page === undefined ? readerPath(documentUrl) : `${readerPath(documentUrl)}#page=${page}`;
}

/** The page a `#page=N` fragment names (RFC 3778), or null. */
export function pageOfFragment(hash: string): number | null {
  const match = /(?:^#|&)page=(\d{1,6})(?:&|$)/u.exec(hash);
  const page = match ? Number(match[1]) : 0;
  return page >= 1 ? page : null;
}
