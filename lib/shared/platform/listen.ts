/**
 * Receiving typed messages. Listeners answer through `sendResponse` and
 * `return true`: a Promise returned from a listener is ignored by WXT's
 * fakeBrowser and by some browsers, `sendResponse` works in all.
 */
import { isEnvelope, type Result } from '../messages/define';
import type { SenderInfo, TrustedOrigin } from '../messages/router';
import { browser } from 'wxt/browser';

/** Who we are, for the router's sender checks. */
export function trustedOrigin(): TrustedOrigin {
  // Not `new URL(…).origin`: for non-web schemes such as chrome-extension: some URL implementations
  // (Node's among them) answer "null".
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/**
 * Registers a router as the runtime message listener. Messages that are not
 * ours are left alone (no response), so other listeners are unaffected.
 */
export function listenForMessages(route: (message: unknown, sender: SenderInfo) => Promise<Result<unknown>>): () => void {
  const listener = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    void route(message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Like listenForMessages, for a page that answers only some messages (the PDF reader): every
 * extension page hears the messages other pages send the background, and answering one of those
 * (even with "unknown type") would take the background's place, so others are left alone. Kept
 * apart from listenForMessages, which the content script bundles (its size has a budget).
 */
export function listenForMessagesOf(
  types: ReadonlySet<string>,
  route: (message: unknown, sender: SenderInfo) => Promise<Result<unknown>>,
): () => void {
  const listener = (message: unknown, sender: SenderInfo, respond: (answer: unknown) => void): true | undefined =>
    isEnvelope(message) && types.has(message.type) ? (void route(message, sender).then(respond), true) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
