/**
 * The one door to extension APIs. Everything that touches `browser.*` lives in
 * lib/shared/platform (and the entrypoints that wire it); the lint configuration keeps
 * lib/views and pure logic out, so they stay testable without a browser.
 */
export { browser, type Browser } from 'wxt/browser';
