/** Running our content script in a tab the user handed us (activeTab) or granted (all sites). */
import { browser } from 'wxt/browser';

/** Path of the built content script; WXT writes `content-scripts/<name>.js`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * The content type of the document in a tab's top frame, asked with a one-line function rather than
 * the content script: Chromium's own PDF viewer wraps the document in a page with no text, where our
 * content script runs and reads nothing, and only `document.contentType` tells it is a PDF there.
 * Needs the same access as the content script had (host permission or the activeTab grant).
 */
export async function documentContentType(tabId: number): Promise<string | undefined> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => document.contentType });
  return typeof frame?.result === 'string' ? frame.result : undefined;
}
