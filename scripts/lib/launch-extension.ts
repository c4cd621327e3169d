/**
 * Launching Chromium with the built extension loaded. Policy-site host names
 * (www.vng.nl, ...) are mapped to a local server, so the production build's
 * own host permissions and content-script matches are what runs, in the
 * end-to-end tests and in `npm start`'s demo.
 */
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

export const EXTENSION_DIR = new URL('../../.output/chrome-mv3', import.meta.url).pathname;

/** Host names that resolve to the test server: on the policy-site list, and one that is not. */
export const MAPPED_HOSTS = ['www.vng.nl', 'www.rijksoverheid.nl', 'nieuws.example.org'];

export async function launchWithExtension(
  serverPort: number,
  {
    extensionDir = EXTENSION_DIR,
    headless = true,
    hosts = MAPPED_HOSTS,
  }: { extensionDir?: string; headless?: boolean; hosts?: string[] } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${serverPort}`).join(', ');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'regiolens-e2e-')), {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    // Chromium on Linux takes its UI language (which the extension's i18n follows) from the environment.
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
    args: [
      ...CHROMIUM_ARGS,
      '--lang=nl',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
