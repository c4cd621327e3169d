import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../lib/extract/extract-page';
import { startContentScript } from '../lib/services/content-script';
import { POLICY_SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: POLICY_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, (doc) => extractPage(doc));
  },
});
