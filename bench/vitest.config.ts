import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { BROWSER_TEST_DEPS } from '../scripts/lib/browser-test-deps.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/lib/chromium.ts';

/**
 * Benchmarks: Node ones and Chromium ones, run one file at a time so figures do not disturb each other
 * (the two projects one after the other, by group order: side by side they would share the cores).
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ['dot', './bench/lib/figure-reporter.ts'],
    // Figures are collected by the reporter and printed as one table; keep them out of the run's log.
    onConsoleLog: (log) => !log.includes('[[regiolens-figure]]'),
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'bench-node',
          environment: 'node',
          // bench/extension/: the built extension in Chromium, driven from Node by Playwright.
          include: ['bench/*.bench.ts', 'bench/extension/*.bench.ts'],
          testTimeout: 300_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [preact()],
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: { include: BROWSER_TEST_DEPS },
        // Tests import the built index from public/ as a module; nothing is served from there.
        publicDir: false,
        test: {
          name: 'bench-browser',
          include: ['bench/browser/**/*.bench.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
