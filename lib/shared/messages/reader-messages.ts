/**
 * Messages only the PDF reader answers, on top of the content protocol it
 * shares with the content script (the reader answers `notes/highlight`,
 * `notes/scroll-to`, `page/selection` … for its document, so the side panel
 * and the background reach a reader tab as they reach a web page). Sent to
 * the reader's tab like a content message; a web page's content script does
 * not know them and answers "unknown type".
 */
import * as v from 'valibot';
import type { ReaderIdentity } from '../../core/notes/types';
import { defineMessage } from './define';

export const readerMessages = {
  /** Which document this reader tab shows (its address and fingerprint), so its notes can be found and written. */
  'reader/identity': defineMessage<ReaderIdentity>()('extension-page', v.strictObject({})),
};
