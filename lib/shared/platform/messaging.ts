/**
 * Sending typed messages over the extension runtime. Only protocol types are
 * imported here, so senders (such as the content script) do not bundle the
 * schemas; the receiving side validates.
 */
import { createClient } from '../messages/client';
import type { BackgroundProtocol, ContentProtocol, SendToBackground, SendToContent } from '../messages/protocol';
import { browser } from 'wxt/browser';

/** Sends a typed request to the background. */
export const sendToBackground: SendToBackground = createClient<BackgroundProtocol>((envelope) =>
  browser.runtime.sendMessage(envelope),
);

/** Sends a typed request to the content script of one tab (top frame only). */
export function sendToTab(tabId: number): SendToContent {
  return createClient<ContentProtocol>((envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}
