import { defineConfig } from '@playwright/test';

/** End-to-end tests on the built test-key extension (.output/test-keys/, see wxt.config.ts) in Debian's Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../../test-results/e2e',
});
