/**
 * The extension's transports for the typed clients (lib/shared/messages/client.ts):
 * runtime messaging to the background, tab messaging to a content script.
 * Only protocol types are imported here, so senders (such as the content
 * script) do not bundle the schemas; the receiving side validates.
 */
import {
  createBackgroundClient,
  createContentClient,
  type BackgroundClient,
  type ContentClient,
  type Send,
} from '../messages/client';
import type { BackgroundProtocol } from '../messages/protocol';
import { browser } from 'wxt/browser';

/** The background, as every extension page and the content script reach it. */
export const backgroundClient: BackgroundClient = createBackgroundClient((envelope) => browser.runtime.sendMessage(envelope));

/** The content script's one use: reporting its page (`page/snapshot`). */
export const sendToBackground: Send<BackgroundProtocol> = backgroundClient.call;

/** The content script of one tab (top frame only). */
export function contentClient(tabId: number): ContentClient {
  return createContentClient((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}
