/**
 * The update check against a REAL HTTP server on 127.0.0.1 (node:http, port 0).
 * Every bad answer must end in a clear outcome with the active index untouched.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { encodeBase64 } from '../../../lib/core/index/base64';
import { createMemoryIndexStore, type MemoryIndexStore } from '../../../lib/core/index/memory-store';
import type { IndexOutcomeCode } from '../../../lib/core/index/outcomes';
import type { IndexFile } from '../../../lib/core/index/schema';
import { createIndexHandlers } from '../../../lib/background/index-handlers';
import {
  checkForIndexUpdate,
  createIndexUpdater,
  loadIndexFromFile,
  type IndexUpdaterDeps,
} from '../../../lib/background/index-updater';
import { indexBytes, makeEntry, makeIndex, textBytes } from '../../fixtures/index/make-index';
import { signatureFor, TEST_KEY, UNTRUSTED_KEY } from '../../fixtures/index/keys';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let base: string;
let routes = new Map<string, Route>();
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    const route = routes.get(request.url ?? '');
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const BUNDLED = makeIndex(1, 2);
let store: MemoryIndexStore;
const clock = () => new Date('2026-11-27T10:00:00Z');

beforeEach(() => {
  routes = new Map();
  seen.length = 0;
  store = createMemoryIndexStore(async () => structuredClone(BUNDLED));
});

function deps(overrides: Partial<IndexUpdaterDeps> = {}): IndexUpdaterDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    now: clock,
    store,
    trustedKeys: () => [TEST_KEY.publicKey],
    sourceUrl: () => `${base}/index.json`,
    timeoutMs: 2000,
    ...overrides,
  };
}

const send =
  (body: Uint8Array | string, headers: Record<string, string> = { 'content-type': 'application/json' }, status = 200): Route =>
  (_request, response) => {
    response.writeHead(status, headers).end(body);
  };

/** Sets a route; returns nothing so it can end a setup arrow. */
function route(path: string, handler: Route): void {
  routes.set(path, handler);
}

/** Serves `bytes` as the index and `sig` (text) as its signature. */
function serve(
  bytes: Uint8Array,
  sig: string | null,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): void {
  routes.set('/index.json', send(bytes, headers));
  if (sig !== null) routes.set('/index.json.sig', send(sig, { 'content-type': 'application/octet-stream' }));
}

async function signed(index: IndexFile | string, signer = TEST_KEY): Promise<void> {
  const bytes = typeof index === 'string' ? textBytes(index) : indexBytes(index);
  serve(bytes, await signatureFor(bytes, signer));
}

interface Case {
  name: string;
  setup: () => Promise<void> | void;
  code: IndexOutcomeCode;
  deps?: Partial<IndexUpdaterDeps>;
}

const cases: Case[] = [
  { name: 'malformed JSON', setup: () => signed('{"format": "regiolens-index", "version": 3,'), code: 'malformed_json' },
  {
    name: 'schema violation (entry without themes, unknown field)',
    setup: () => signed(JSON.stringify({ ...makeIndex(3), entries: [{ ...makeEntry(1), themes: [], extra: true }] })),
    code: 'schema_invalid',
  },
  {
    name: 'duplicate ids',
    setup: () => signed(JSON.stringify({ ...makeIndex(3), entries: [makeEntry(1), makeEntry(1)] })),
    code: 'duplicate_ids',
  },
  { name: 'missing signature (404 on .sig)', setup: () => serve(indexBytes(makeIndex(3)), null), code: 'signature_missing' },
  {
    name: 'wrong signature (over other bytes)',
    setup: async () => serve(indexBytes(makeIndex(3)), await signatureFor(indexBytes(makeIndex(4)))),
    code: 'signature_invalid',
  },
  { name: 'signature by an unknown key', setup: () => signed(makeIndex(3), UNTRUSTED_KEY), code: 'signature_unknown_key' },
  { name: 'equal version', setup: () => signed(makeIndex(2)), code: 'not_newer' },
  { name: 'older version', setup: () => signed(makeIndex(1, 5)), code: 'not_newer' },
  {
    name: 'oversize body with Content-Length',
    setup: () => signed(makeIndex(3, 50)),
    deps: { maxBytes: 2000 },
    code: 'too_large',
  },
  {
    name: 'oversize body streamed without Content-Length',
    setup: () => {
      route('/index.json', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 20; i++) response.write(' '.repeat(1000));
        response.end('{}');
      });
    },
    deps: { maxBytes: 5000 },
    code: 'too_large',
  },
  {
    name: 'stalled server (headers, then nothing)',
    setup: () =>
      route('/index.json', (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/json' }).write('{"format":'),
      ),
    deps: { timeoutMs: 300 },
    code: 'timeout',
  },
  {
    name: 'stalled server (no answer at all)',
    setup: () => route('/index.json', () => undefined),
    deps: { timeoutMs: 300 },
    code: 'timeout',
  },
  { name: '404', setup: () => route('/index.json', send('gone', { 'content-type': 'text/html' }, 404)), code: 'not_found' },
  {
    name: '500',
    setup: () => route('/index.json', send('{"error": true}', { 'content-type': 'application/json' }, 500)),
    code: 'http_error',
  },
  {
    name: 'redirect from loopback http to non-loopback http',
    setup: () => route('/index.json', send('', { location: 'http://index.example.org/regiolens-index.json' }, 302)),
    code: 'insecure_redirect',
  },
  {
    name: 'redirect loop',
    setup: () => route('/index.json', send('', { location: '/index.json' }, 307)),
    code: 'too_many_redirects',
  },
  {
    name: 'wrong content type (an HTML page)',
    setup: async () =>
      serve(indexBytes(makeIndex(3)), await signatureFor(indexBytes(makeIndex(3))), { 'content-type': 'text/html' }),
    code: 'wrong_content_type',
  },
  {
    name: 'plain http source off this machine',
    setup: () => undefined,
    deps: { sourceUrl: () => 'http://vng.example/index.json' },
    code: 'insecure_url',
  },
  { name: 'no source configured', setup: () => undefined, deps: { sourceUrl: () => null }, code: 'no_source' },
  {
    name: 'server not reachable',
    setup: () => undefined,
    deps: { sourceUrl: () => 'http://127.0.0.1:9/index.json' },
    code: 'network_error',
  },
  { name: 'no usable trusted key', setup: () => signed(makeIndex(3)), deps: { trustedKeys: () => [] }, code: 'no_trusted_keys' },
];

describe('checkForIndexUpdate refuses bad input and keeps the active index', () => {
  test.each(cases)('$name → $code', async ({ setup, code, deps: extra }) => {
    await store.swapIn(makeIndex(2, 4), { kind: 'file', name: 'v2.json' }, '2026-11-01T00:00:00Z', null);
    const before = structuredClone({ active: store.state.active, previous: store.state.previous });
    await setup();
    const outcome = await checkForIndexUpdate(deps(extra));
    expect(outcome).toMatchObject({ ok: false, code, messageKey: `index_outcome_${code}` });
    expect(outcome.detail.length).toBeGreaterThan(10);
    expect({ active: store.state.active, previous: store.state.previous }).toEqual(before);
    expect((await store.loadActive()).index.version).toBe(2);
    expect(store.state.meta.lastCheck).toEqual({ at: clock().toISOString(), outcome: code, detail: outcome.detail });
  });

  test('a redirect to an https address is only followed after the policy allows it (no request made otherwise)', async () => {
    routes.set('/index.json', send('', { location: 'http://index.example.org/x.json' }, 301));
    await checkForIndexUpdate(deps());
    expect(seen.map((request) => request.url)).toEqual(['/index.json']);
  });
});

describe('checkForIndexUpdate accepts a good update', () => {
  test('swaps atomically, keeps the previous index, records the outcome', async () => {
    await signed(makeIndex(3, 4));
    const outcome = await checkForIndexUpdate(deps());
    expect(outcome).toMatchObject({ ok: true, code: 'updated', version: 3 });
    const status = await store.status();
    expect(status.active).toMatchObject({ version: 3, entryCount: 4, source: { kind: 'update', url: `${base}/index.json` } });
    expect(status.previous).toMatchObject({ version: 1, source: { kind: 'bundled' } });
    expect(status.lastCheck?.outcome).toBe('updated');
  });

  test('follows a redirect between loopback addresses', async () => {
    const bytes = indexBytes(makeIndex(3));
    routes.set('/index.json', send('', { location: '/v3/index.json' }, 302));
    routes.set('/v3/index.json', send(bytes));
    routes.set('/index.json.sig', send(await signatureFor(bytes), { 'content-type': 'text/plain' }));
    expect((await checkForIndexUpdate(deps())).code).toBe('updated');
  });

  test('markup and script in text fields are accepted as data and stay exactly the same text', async () => {
    const title = '<script>alert("regio")</script><b>Samen</b> & verder';
    const summary = '<img src=x onerror="alert(1)"> javascript:alert(2) {{constructor}}';
    await signed({
      ...makeIndex(3, 1),
      entries: [makeEntry(1, { title, summary, body: '<iframe src="https://evil.example"></iframe>' })],
    });
    expect((await checkForIndexUpdate(deps())).code).toBe('updated');
    const entry = (await store.loadActive()).index.entries[0];
    expect(entry).toMatchObject({ title, summary, body: '<iframe src="https://evil.example"></iframe>' });
  });

  test('conditional request: sends the stored ETag / Last-Modified and treats 304 as "not modified"', async () => {
    const bytes = indexBytes(makeIndex(3));
    const sig = await signatureFor(bytes);
    routes.set('/index.json', (request, response) => {
      if (request.headers['if-none-match'] === '"v3"') response.writeHead(304).end();
      else
        response
          .writeHead(200, { 'content-type': 'application/json', etag: '"v3"', 'last-modified': 'Fri, 27 Nov 2026 08:00:00 GMT' })
          .end(bytes);
    });
    routes.set('/index.json.sig', send(sig, { 'content-type': 'application/octet-stream' }));
    expect((await checkForIndexUpdate(deps())).code).toBe('updated');
    const active = structuredClone(store.state.active);
    seen.length = 0;
    const second = await checkForIndexUpdate(deps());
    expect(second).toMatchObject({ ok: true, code: 'not_modified' });
    expect(seen[0]?.headers['if-none-match']).toBe('"v3"');
    expect(seen[0]?.headers['if-modified-since']).toBe('Fri, 27 Nov 2026 08:00:00 GMT');
    expect(seen.map((request) => request.url)).toEqual(['/index.json']);
    expect(store.state.active).toEqual(active);
    expect(store.state.meta.lastCheck?.outcome).toBe('not_modified');
  });

  test('after a rollback the version turned away from is not taken back', async () => {
    await signed(makeIndex(3));
    await checkForIndexUpdate(deps());
    expect(await store.rollbackToPrevious('2026-11-27T11:00:00Z')).toBe(true);
    expect((await checkForIndexUpdate(deps())).code).toBe('not_newer');
    expect((await store.loadActive()).index.version).toBe(1);
  });

  test('overlapping checks share one run', async () => {
    await signed(makeIndex(3));
    const updater = createIndexUpdater(deps());
    const [a, b] = await Promise.all([updater.checkNow(), updater.checkNow()]);
    expect(a).toBe(b);
    expect(seen.filter((request) => request.url === '/index.json')).toHaveLength(1);
  });
});

describe('loadIndexFromFile (offline distribution)', () => {
  const fileDeps = () => ({ store, trustedKeys: () => [TEST_KEY.publicKey], now: clock });

  test('imports a signed file', async () => {
    const bytes = indexBytes(makeIndex(4));
    const outcome = await loadIndexFromFile(fileDeps(), bytes, await signatureFor(bytes), 'regiolens-index.json');
    expect(outcome).toMatchObject({ ok: true, code: 'imported', version: 4 });
    expect((await store.status()).active.source).toEqual({ kind: 'file', name: 'regiolens-index.json' });
  });

  const noSignature = async (): Promise<string | null> => null;
  const unknownKey = (bytes: Uint8Array): Promise<string | null> => signatureFor(bytes, UNTRUSTED_KEY);
  test.each([
    ['no signature', noSignature, 'signature_missing'],
    ['unknown key', unknownKey, 'signature_unknown_key'],
  ] as const)('refuses a file with %s', async (_name, sign, code) => {
    const bytes = indexBytes(makeIndex(4));
    const outcome = await loadIndexFromFile(fileDeps(), bytes, await sign(bytes));
    expect(outcome.code).toBe(code);
    expect(store.state.active).toBeNull();
  });
});

describe('index message handlers', () => {
  test('import-file, rollback, reset and status work through the handler object', async () => {
    const changed: string[] = [];
    const updater = createIndexUpdater(deps());
    const handlers = createIndexHandlers({
      store,
      updater,
      now: clock,
      onActiveChanged: () => {
        changed.push('x');
      },
    });
    const sender = {};
    expect((await handlers['index/rollback']({}, sender)).outcome.code).toBe('no_previous');
    const bytes = indexBytes(makeIndex(5));
    const imported = await handlers['index/import-file'](
      { indexBase64: encodeBase64(bytes), signature: await signatureFor(bytes), fileName: 'x.json' },
      sender,
    );
    expect(imported.outcome.code).toBe('imported');
    expect(imported.status.active.version).toBe(5);
    expect((await store.loadActive()).index.version).toBe(5);
    const rolledBack = await handlers['index/rollback']({}, sender);
    expect(rolledBack).toMatchObject({
      outcome: { code: 'rolled_back' },
      status: { active: { version: 1 }, previous: { version: 5 } },
    });
    const reset = await handlers['index/reset']({}, sender);
    expect(reset.status.active.source).toEqual({ kind: 'bundled' });
    // A reset lowers the floor to the bundled version again.
    expect((await handlers['index/status']({}, sender)).acceptAbove).toBe(1);
    expect(changed).toHaveLength(3);
  });
});
