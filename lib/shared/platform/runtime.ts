/**
 * The extension itself: addresses of its packaged files, and the moments it
 * starts (installed or updated, or the browser started). The background checks
 * for a new index at both; the listeners must be added in the worker's first
 * turn, or a waking worker misses the event that woke it.
 */
import { browser } from 'wxt/browser';

/** Absolute address of one of our own files or pages, e.g. `/entry.html?id=x` or `/regiolens-index.json`. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as '/');
}

/** Calls back when the extension was installed or updated. */
export function onInstalled(listener: () => void): () => void {
  const handler = () => listener();
  browser.runtime.onInstalled.addListener(handler);
  return () => browser.runtime.onInstalled.removeListener(handler);
}

/**
 * Calls back when the extension was installed, not when it was updated or the browser was: the
 * welcome page is for a new user, once.
 */
export function onFreshInstall(listener: () => void): () => void {
  const handler = (details: { reason: string }) => {
    if (details.reason === 'install') listener();
  };
  browser.runtime.onInstalled.addListener(handler);
  return () => browser.runtime.onInstalled.removeListener(handler);
}

/** Calls back when the browser starts with the extension already installed. */
export function onBrowserStartup(listener: () => void): () => void {
  const handler = () => listener();
  browser.runtime.onStartup.addListener(handler);
  return () => browser.runtime.onStartup.removeListener(handler);
}
