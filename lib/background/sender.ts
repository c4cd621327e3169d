/**
 * Who sent a content script's message, as the browser says: the tab, and the
 * address of the page in its top frame. A page's own claims (its `url`) are
 * never believed, so a page taken over by its site cannot ask for another
 * site's verdict or notes.
 */
import { READER_PAGE, readerAddress } from '../core/pdf/reader-address';
import { MessageError } from '../shared/messages/define';
import type { SenderInfo } from '../shared/messages/router';

export function tabIdOf(sender: SenderInfo): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new MessageError('forbidden', 'only a tab can report a page');
  return id;
}

/**
 * The address of the page a report came from, as the browser gives it. The page's own claim is not
 * believed: a content script taken over by its page could name another site's address and so have
 * the user's notes for that address (their quoted passages) sent to it. Only the top frame reports:
 * a frame inside the page is not the page the user is reading.
 */
export function senderAddress(sender: SenderInfo): string {
  if (sender.frameId !== 0) throw new MessageError('forbidden', "only a tab's top frame can report its page");
  const url = sender.url ?? sender.tab?.url;
  if (url === undefined || !URL.canParse(url)) throw new MessageError('forbidden', 'the browser did not say which page reported');
  return url;
}

/**
 * The document the PDF reader in a tab shows: the `url` of the reader's own address, as the browser gives
 * it for the sending page. The reader is our own page, so its text is believed, but a report about any
 * other document than the one it shows is refused.
 */
export function readerDocument(sender: SenderInfo, reported: string): string {
  const page = sender.url !== undefined && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
  const address = page?.pathname === READER_PAGE ? readerAddress(page.search) : undefined;
  if (address?.kind !== 'ok') throw new MessageError('forbidden', 'only the PDF reader reports a document');
  if (address.url !== reported) throw new MessageError('forbidden', 'the reader reported another document than it shows');
  return address.url;
}

/** The demo page that ships with Regiolens, relative to the extension's root. */
export const DEMO_PAGE = '/demo.html';

/**
 * The address of the bundled demo page a report came from, as the browser gives it. Only that page may
 * report itself this way: no other extension page (and no content script) can pass a report off as the demo.
 */
export function demoAddress(sender: SenderInfo): string {
  const page = sender.url !== undefined && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
  if (page?.pathname !== DEMO_PAGE) throw new MessageError('forbidden', 'only the demo page reports itself');
  // Not `origin`: for an extension address that is "null" outside Chromium.
  return `${page.protocol}//${page.host}${page.pathname}`;
}
