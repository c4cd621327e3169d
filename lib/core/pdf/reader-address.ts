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
