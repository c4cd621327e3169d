/**
 * The whole protocol, in two directions. Each feature declares its messages in
 * its own file; this one only joins them, so the type of every request and
 * response is known wherever a message is sent (client.ts derives the typed
 * clients from these) or answered (router.ts).
 */
import { contentMessages } from './content-messages';
import type { Handlers } from './router';
import { indexMessages } from './index-messages';
import { pageMessages } from './page-messages';
import { readerMessages } from './reader-messages';
import { searchMessages } from './search-messages';

/** Messages the background answers. */
export const backgroundProtocol = { ...pageMessages, ...indexMessages, ...searchMessages };
export type BackgroundProtocol = typeof backgroundProtocol;
export type BackgroundHandlers = Handlers<BackgroundProtocol>;

/** Messages a content script answers. */
export const contentProtocol = { ...contentMessages };
export type ContentProtocol = typeof contentProtocol;
export type ContentHandlers = Handlers<ContentProtocol>;

/** Messages the PDF reader answers in its tab: the content protocol for its document, and its own. */
export const readerProtocol = { ...contentMessages, ...readerMessages };
export type ReaderProtocol = typeof readerProtocol;
export type ReaderHandlers = Handlers<ReaderProtocol>;
