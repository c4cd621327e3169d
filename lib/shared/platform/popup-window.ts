/**
 * Whether this document is the toolbar popup, or popup.html in a tab (tests, the search page, a
 * detached window). They differ in one way the views must know: the browser sizes a toolbar popup's
 * window from its content, so nothing in it may depend on the window's width (popup.css).
 */
import { browser } from 'wxt/browser';

/** True when the browser lists this window among the extension's popups. */
export function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    // A browser without popup views to list (none of ours): treat it as a page in a tab.
    return false;
  }
}
