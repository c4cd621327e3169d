import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { BROWSER_TEST_DEPS } from './scripts/lib/browser-test-deps.ts';
import { findChromium, CHROMIUM_ARGS } from './scripts/lib/chromium.ts';

/**
 * Four projects: `unit` runs pure logic in Node (WXT's fakeBrowser where an
 * extension API is touched); `browser` runs storage and Preact components in
 * real Chromium, with real IndexedDB; `build` checks the built extension
 * (manifests, bundle budgets, web-ext lint) and needs both builds first;
 * `e2e-firefox` drives the built Firefox add-on in Firefox.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Some tests start tsx or ESLint (seconds each on a busy or one-core laptop, `taskset -c 0 npm test`):
          // a test is judged by its assertions, never by vitest's 5-second default.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // Firefox with the built add-on, driven over WebDriver BiDi (tests/e2e-firefox/support/firefox.ts).
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          fileParallelism: false,
          // Starting Firefox takes half a minute on a busy two-core machine; tests are judged by what it shows.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [preact()],
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: { include: BROWSER_TEST_DEPS },
        // Tests import the built index from public/ as a module; nothing is served from there.
        publicDir: false,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
