/** Bundle size budgets (issue 2, item 5), checked on the production Chrome build. */
import { readFileSync, readdirSync } from 'node:fs';
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

test('pdf.js loads in the PDF reader only: not in the popup, the side panel, the background or the content script', () => {
  const pdfjs = (file: string) => readFileSync(join(OUTPUT_DIR, file), 'utf8').includes('GlobalWorkerOptions');
  const pages = ['popup.html', 'sidepanel.html', 'options.html'].flatMap((page) => popupInitialScripts(OUTPUT_DIR, page));
  expect(pages.filter(pdfjs)).toEqual([]);
  expect(pdfjs('background.js')).toBe(false);
  expect(readFileSync(contentScriptFile(), 'utf8').includes('GlobalWorkerOptions')).toBe(false);
  // And the reader does load it, with its worker shipped as a file of the extension.
  expect(popupInitialScripts(OUTPUT_DIR, 'reader.html').some(pdfjs)).toBe(true);
  expect(readdirSync(join(OUTPUT_DIR, 'assets')).some((file) => file.startsWith('pdf.worker'))).toBe(true);
});
