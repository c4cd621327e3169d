/** Running our content script in a tab the user handed us (activeTab) or granted (all sites). */
import { browser } from 'wxt/browser';

/** Path of the built content script; WXT writes `content-scripts/<name>.js`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
