/**
 * Launching Chromium with the built extension loaded. Policy-site host names
 * (www.vng.nl, ...) are mapped to a local server, so the build's own host
 * permissions and content-script matches are what runs, in the end-to-end
 * tests and in `npm start`'s demo.
 *
 * Both load the test-key build (REGIOLENS_TEST_KEYS=1, .output/test-keys/):
 * the release build trusts no publisher key until one is built in or set by
 * policy (lib/core/index/trusted-keys.ts), and the end-to-end tests sign
 * updates with the demo key. Apart from that one key it is the release build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Settings } from '../../lib/core/settings/schema';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';
import { settingsWrite, writeSettings } from './settings-write';

const ROOT = new URL('../../', import.meta.url).pathname;
export const EXTENSION_DIR = join(ROOT, '.output/test-keys/chrome-mv3');

/** Host names that resolve to the test server: on the policy-site list, and one that is not. */
export const MAPPED_HOSTS = ['www.vng.nl', 'www.rijksoverheid.nl', 'nieuws.example.org'];

/** What a build is made from; a test-key build older than any of these is rebuilt. */
const SOURCES = ['lib', 'entrypoints', 'public', 'locales', 'content', 'wxt.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** Builds the Chrome extension with the test keys into .output/test-keys/chrome-mv3; false when the build failed. */
export function buildWithTestKeys(stdio: 'inherit' | 'errors-only' = 'inherit'): boolean {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REGIOLENS_TEST_KEYS: '1' },
  });
  return result.status === 0;
}

/** Whether the build in `extensionDir` exists and is newer than every source it is made from. */
export function isBuildCurrent(extensionDir: string): boolean {
  const manifest = join(extensionDir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  return built > Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))));
}

/** Makes sure the test-key build exists and is newer than every source; builds it when not. */
export function ensureTestKeysBuild(): void {
  if (isBuildCurrent(EXTENSION_DIR)) return;
  if (!buildWithTestKeys('errors-only')) throw new Error('The test-key build (REGIOLENS_TEST_KEYS=1 npx wxt build) failed.');
}

export async function launchWithExtension(
  serverPort: number,
  {
    extensionDir = EXTENSION_DIR,
    headless = true,
    hosts = MAPPED_HOSTS,
    executablePath = chromiumPath(),
    keepWelcome = false,
    profileDir,
    timezoneId,
  }: {
    extensionDir?: string;
    headless?: boolean;
    hosts?: string[];
    executablePath?: string;
    keepWelcome?: boolean;
    /** A profile to start again (no welcome page then: not a fresh install); a fresh one when left out. */
    profileDir?: string;
    /** The time zone pages see (the README's screenshots show a note's date); the machine's when left out. */
    timezoneId?: string;
  } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "REGIOLENS_TEST_KEYS=1 npx wxt build" first.`);
  }
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${serverPort}`).join(', ');
  const context = await chromium.launchPersistentContext(profileDir ?? mkdtempSync(join(tmpdir(), 'regiolens-e2e-')), {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    ...(timezoneId ? { timezoneId } : {}),
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
  // Only a fresh install opens the welcome page.
  if (profileDir !== undefined && existsSync(join(profileDir, 'Default'))) return context;
  const welcome = await welcomePage(context);
  if (!keepWelcome) await welcome.close();
  return context;
}

/**
 * The welcome page Regiolens opens once on a fresh install (lib/background/welcome-feature.ts). Every
 * launch on a fresh profile waits for it: closed, each test and the demo start on the tab they
 * open, with no tab appearing later in front of it.
 */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = context.pages().find((open) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(open.url()));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('Regiolens did not open its welcome page on a fresh install within 60 s.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

/**
 * Changes settings from outside, as the options page would (scripts/lib/settings-write.ts). Run in
 * the service worker, so no page needs to be open.
 */
export async function saveSettingsIn(worker: Worker, changes: Partial<Settings>): Promise<void> {
  await worker.evaluate(writeSettings, settingsWrite(changes));
}
