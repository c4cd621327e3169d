/**
 * The shared end-to-end fixture: a test server on 127.0.0.1, Chromium with the
 * built extension, its id, and a collector that fails the test on console
 * errors from any extension page or the service worker.
 */
import { readFile } from 'node:fs/promises';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { ensureTestKeysBuild, launchWithExtension, saveSettingsIn, serviceWorkerOf, extensionIdOf } from './extension';
import { startServer, type TestServer } from './server';

export interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  consoleErrors: string[];
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument.
    async ({}, use) => {
      // The test-key build (the demo key signs the updates the tests serve), rebuilt when a source is newer.
      ensureTestKeysBuild();
      const server = await startServer(new URL('../pages/', import.meta.url).pathname);
      // The regional test page is npm start's demo page: one realistic page, kept once.
      const demo = await readFile(new URL('../../../scripts/demo/regionale-samenwerking.html', import.meta.url));
      server.route('/regional.html', (_request, response) => {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(demo);
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const context = await launchWithExtension(server.port);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    // The tests read Dutch (the default locale); headless Chromium's UI language is English.
    await saveSettingsIn(worker, { language: 'nl' });
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(extensionIdOf(worker));
  },
  consoleErrors: async ({ context, extensionId }, use) => {
    const errors: string[] = [];
    const watch = (page: import('@playwright/test').Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error' && page.url().startsWith(`chrome-extension://${extensionId}`))
          errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});

export { expect };
