/**
 * The extension's transports for the typed clients (lib/shared/messages/client.ts):
 * runtime messaging to the background, tab messaging to a content script.
 * Only protocol types are imported here, so senders (such as the content
 * script) do not bundle the schemas; the receiving side validates.
 */
import {
  createBackgroundClient,
  createContentClient,
  createClient,
  type BackgroundClient,
  type ContentClient,
  type ReaderClient,
  type Send,
} from '../messages/client';
import type { BackgroundProtocol, ReaderProtocol } from '../messages/protocol';
import { browser } from 'wxt/browser';

/** The background, as every extension page and the content script reach it. */
export const backgroundClient: BackgroundClient = createBackgroundClient((envelope) => browser.runtime.sendMessage(envelope));

/** The content script's one use: reporting its page (`page/snapshot`). */
export const sendToBackground: Send<BackgroundProtocol> = backgroundClient.call;

/** The content script of one tab (top frame only). */
export function contentClient(tabId: number): ContentClient {
  return createContentClient((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}

/** The PDF reader in one tab (an extension page, reached through the tab as a content script is). */
export function readerClient(tabId: number): ReaderClient {
  return createClient<ReaderProtocol>((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}
