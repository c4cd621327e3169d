/** Bundle size budgets (issue 2, item 5), checked on the production Chrome build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUDGETS_KB, OUTPUT_DIR, contentScriptFile, gzipKb, popupInitialScripts } from '../../bench/lib/bundle-sizes';

test(`content script is at most ${BUDGETS_KB.contentScript} kB gzip`, () => {
  expect(gzipKb(readFileSync(contentScriptFile()))).toBeLessThanOrEqual(BUDGETS_KB.contentScript);
});

test(`popup's initial JavaScript is at most ${BUDGETS_KB.popupInitialJs} kB gzip`, () => {
  const scripts = popupInitialScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const total = scripts.reduce((sum, file) => sum + gzipKb(readFileSync(join(OUTPUT_DIR, file))), 0);
  expect(total).toBeLessThanOrEqual(BUDGETS_KB.popupInitialJs);
});
