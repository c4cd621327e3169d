/**
 * Putting a large index into the built extension the way a publisher would: a signed update served from
 * 127.0.0.1 (plain http is accepted for this machine only) and fetched by the extension's own updater
 * (`index/check-now`, the options page's "check now"). The test-key build trusts the demo publisher key
 * that signs it, as in the end-to-end tests (tests/e2e/options.e2e.ts); nothing is added to the
 * extension for the benchmark, and a release build would refuse these files.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { IndexActionResult } from '../../lib/shared/messages/index-messages';
import type { IndexEntry, IndexFile } from '../../lib/core/index/schema';
import { formatSignatureFile, publicKeyOf, signBytes } from '../../lib/core/index/signature';
import { CHANNEL } from '../../lib/shared/messages/define';
import { INDEX_DB_NAME } from '../../lib/shared/stores/index-db';
import { readPrivateKeyFile } from '../../scripts/lib/index-keys';
import { settingsWrite, writeSettings } from '../../scripts/lib/settings-write';
import type { TestServer } from '../../scripts/lib/static-server';
import { indexEntries } from '../../tests/fixtures/search/corpus';

const DEMO_KEY = new URL('../../tests/fixtures/keys/demo-regiolens-publisher.key', import.meta.url).pathname;
const BUNDLED = JSON.parse(readFileSync(new URL('../../public/regiolens-index.json', import.meta.url), 'utf8')) as IndexFile;
const INDEX_PATH = '/bench/regiolens-index.json';

/** What the update address serves now; replaced for each size. */
interface Served {
  body: Buffer;
  signature: string;
}

/**
 * The corpus the Node and Chromium search benchmarks use (tests/fixtures/search/corpus.ts), made to fit the
 * extension's 10 MB limit (INDEX_MAX_BYTES): at 10,000 entries it is 12.6 MB, so each generated entry keeps
 * the first paragraph of its body (8.7 MB). The real and planted entries, which the query must find, are whole.
 */
function underSizeLimit(entries: IndexEntry[]): IndexEntry[] {
  return entries.map((entry) =>
    entry.id.startsWith('gen-') && entry.body ? { ...entry, body: entry.body.split('\n\n')[0] ?? '' } : entry,
  );
}

/** Serves the update address and its signature; `publish` changes what is served. */
export function indexHost(server: TestServer): { url: string; publish(size: number): Promise<void> } {
  let served: Served | undefined;
  let version = BUNDLED.version;
  server.route(INDEX_PATH, (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'application/json');
    response.end(served?.body ?? '');
  });
  server.route(`${INDEX_PATH}.sig`, (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'text/plain');
    response.end(served?.signature ?? '');
  });
  return {
    url: `${server.origin}${INDEX_PATH}`,
    async publish(size) {
      version += 1;
      const entries = underSizeLimit(indexEntries(size) as unknown as IndexEntry[]);
      const index: IndexFile = { format: BUNDLED.format, version, created: '2027-01-15T00:00:00Z', entries };
      const body = Buffer.from(JSON.stringify(index));
      const key = readPrivateKeyFile(DEMO_KEY);
      served = { body, signature: formatSignatureFile(await signBytes(key, body), await publicKeyOf(key)) };
    },
  };
}

/** Sends one background message from an extension page, as a view's client does (lib/shared/messages/client.ts). */
export async function askBackground<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ channel, type, payload }) => (await chrome.runtime.sendMessage({ channel, type, payload })) as unknown,
    { channel: CHANNEL, type, payload },
  );
  const result = answer as { ok: boolean; value?: T; error?: { message: string } } | undefined;
  if (!result?.ok) throw new Error(`"${type}" failed: ${result?.error?.message ?? 'no answer'}`);
  return result.value as T;
}

/**
 * Points the extension at the host and has its updater fetch, verify and activate the index of `size`
 * entries; throws unless that index is active afterwards.
 */
export async function installIndex(driver: Page, host: ReturnType<typeof indexHost>, size: number): Promise<void> {
  await host.publish(size);
  // Written from the extension page, as the options page saves it (the worker may be stopped now).
  await driver.evaluate(writeSettings, settingsWrite({ indexUpdateUrl: host.url }));
  const { outcome, status } = await askBackground<IndexActionResult>(driver, 'index/check-now', {});
  if (!outcome.ok || status.active.entryCount !== size) {
    throw new Error(`the ${size}-entry update was not activated: ${outcome.code} ${outcome.detail}`);
  }
}

/** Whether the background has stored its search of the active index (a woken worker loads it instead of building). */
export function hasStoredSearch(driver: Page): Promise<boolean> {
  return driver.evaluate(
    (name) =>
      new Promise<boolean>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('search', 'readonly').objectStore('search').count('active');
          get.onsuccess = () => {
            db.close();
            resolve(get.result > 0);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    INDEX_DB_NAME,
  );
}
