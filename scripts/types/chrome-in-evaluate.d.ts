/** `chrome` inside `worker.evaluate(...)` callbacks, which run in the extension's service worker. */
declare const chrome: typeof import('wxt/browser').browser;
