import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../lib/page/extract-page';
import { extensionHost, keepStartQuiet, startContentScript } from '../lib/page/content-script';
import { POLICY_SITE_MATCHES } from '../lib/core/sites';

// WXT builds its ContentScriptContext right after this module has run, and the context announces itself
// to the page with an event named after the extension id: that one event is swallowed.
keepStartQuiet(document);

export default defineContentScript({
  matches: POLICY_SITE_MATCHES,
  runAt: 'document_idle',
  // Nor does the context post its older announcement, a window message with the id.
  noScriptStartedPostMessage: true,
  // The context goes unused: the page could invalidate it (lib/page/content-script.ts).
  main() {
    startContentScript(extensionHost(extractPage));
  },
});
