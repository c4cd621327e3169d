/**
 * Bundle sizes of the built Chrome extension as figures (gzip), next to the
 * budgets the foundation issue sets. Reads .output/chrome-mv3 when it exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

export const OUTPUT_DIR = new URL('../../.output/chrome-mv3/', import.meta.url).pathname;

export const BUDGETS_KB = { contentScript: 10, popupInitialJs: 40 } as const;

export function gzipKb(bytes: Uint8Array): number {
  return Math.round((gzipSync(bytes, { level: 9 }).length / 1024) * 100) / 100;
}

/** Scripts a page loads before it is interactive (popup.html by default): its module scripts and their static imports. */
export function popupInitialScripts(outputDir = OUTPUT_DIR, page = 'popup.html'): string[] {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(join(outputDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(outputDir, file), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? '';
      queue.push(target.startsWith('/') ? target.slice(1) : join(file, '..', target).replace(/^\.\//, ''));
    }
    for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
      queue.push((match[1] ?? '').replace(/^\//, ''));
  }
  return [...seen];
}

export function contentScriptFile(outputDir = OUTPUT_DIR): string {
  return join(
    outputDir,
    'content-scripts',
    readdirSync(join(outputDir, 'content-scripts')).find((file) => file.endsWith('.js')) ?? 'content.js',
  );
}

export function sizeFigures(outputDir = OUTPUT_DIR): Figure[] {
  const figures: Figure[] = [];
  if (!existsSync(outputDir)) return [];
  const content = gzipKb(readFileSync(contentScriptFile(outputDir)));
  const popup = popupInitialScripts(outputDir).reduce((sum, file) => sum + gzipKb(readFileSync(join(outputDir, file))), 0);
  const reader = popupInitialScripts(outputDir, 'reader.html').reduce(
    (sum, file) => sum + gzipKb(readFileSync(join(outputDir, file))),
    0,
  );
  const worker = readdirSync(join(outputDir, 'assets')).find((file) => file.startsWith('pdf.worker'));
  // The PDF reader is its own page: pdf.js and its worker load there only (tests/build/budgets.test.ts).
  figures.push({ name: 'bundle.reader-initial-js.gzip', value: Math.round(reader * 100) / 100, unit: 'kB' });
  if (worker)
    figures.push({ name: 'bundle.pdf-worker.gzip', value: gzipKb(readFileSync(join(outputDir, 'assets', worker))), unit: 'kB' });
  return [
    ...figures,
    { name: 'bundle.content-script.gzip', value: content, unit: 'kB', budget: BUDGETS_KB.contentScript },
    { name: 'bundle.popup-initial-js.gzip', value: Math.round(popup * 100) / 100, unit: 'kB', budget: BUDGETS_KB.popupInitialJs },
  ];
}
