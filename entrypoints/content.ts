import { defineContentScript } from 'wxt/utils/define-content-script';
import { POLICY_SITE_MATCHES } from '../lib/sites';
import { startContentScript } from '../lib/services/content-script';

export default defineContentScript({
  matches: POLICY_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, (doc) => ({
      url: doc.location.href,
      title: doc.title,
      headings: [],
      text: (doc.body?.textContent ?? '').slice(0, 200_000),
      truncated: false,
    }));
  },
});
