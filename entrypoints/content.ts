import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../lib/page/extract-page';
import { startContentScript } from '../lib/page/content-script';
import { POLICY_SITE_MATCHES } from '../lib/core/sites';

export default defineContentScript({
  matches: POLICY_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, (doc) => extractPage(doc));
  },
});
