/**
 * What the background's updater gets from the extension (extensionIndexDeps).
 * The update address: an administrator's address wins over the user's, and an
 * empty or blank one switches network updates off, so the user's own address
 * is not used either (issue 11, item 14; public/managed-schema.json).
 * The trusted keys: a release build trusts no key whose private half is in this
 * repository, so *Load index file* refuses an index signed with the demo key
 * until a publisher key is built in or set by policy (issue 11, item 1).
 * The active index: read once and shared by all who ask, read again after every change.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createIndexFeature, extensionIndexDeps } from '../../../lib/background/index-feature';
import { loadIndexFromFile } from '../../../lib/background/index-updater';
import { createMemoryIndexStore } from '../../../lib/core/index/memory-store';
import { saveSettings } from '../../../lib/shared/platform/settings';
import { DEMO_KEY, signatureFor, TEST_KEY, UNTRUSTED_KEY } from '../../fixtures/index/keys';
import { indexBytes, makeIndex } from '../../fixtures/index/make-index';
import { resetSettingsStore } from '../support/settings-store';

const MINE = 'https://mine.example.org/index.json';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
  await saveSettings({ indexUpdateUrl: MINE });
});

test.each([
  { name: 'no policy: the user’s address', policy: {} as { indexUpdateUrl?: string }, expected: MINE },
  {
    name: 'a policy address wins',
    policy: { indexUpdateUrl: 'https://beheer.example.org/i.json' },
    expected: 'https://beheer.example.org/i.json',
  },
  { name: 'an empty policy address: no address at all', policy: { indexUpdateUrl: '' }, expected: null },
  { name: 'a blank policy address: no address at all', policy: { indexUpdateUrl: '   ' }, expected: null },
])('$name', async ({ policy, expected }) => {
  await fakeBrowser.storage.managed.set(policy);
  expect(await extensionIndexDeps().sourceUrl()).toBe(expected);
});

describe('trusted keys of a release build', () => {
  const load = async (signer: typeof DEMO_KEY) => {
    const bytes = indexBytes(makeIndex(2));
    const store = createMemoryIndexStore(async () => makeIndex(1));
    const deps = { ...extensionIndexDeps(), store, now: () => new Date('2026-12-01T00:00:00Z') };
    return loadIndexFromFile(deps, bytes, await signatureFor(bytes, signer), 'regiolens-index.json');
  };

  test('without a policy no repository key is trusted', async () => {
    const keys = await extensionIndexDeps().trustedKeys();
    for (const key of [DEMO_KEY, TEST_KEY, UNTRUSTED_KEY]) expect(keys).not.toContain(key.publicKey);
  });

  test('Load index file refuses an index signed only by the public demo key', async () => {
    expect(await load(DEMO_KEY)).toMatchObject({ ok: false, code: 'no_trusted_keys' });
  });

  test('a key the administrator sets by policy is trusted, and then the demo key still is not', async () => {
    await fakeBrowser.storage.managed.set({ trustedPublisherKeys: [TEST_KEY.publicKey] });
    expect(await load(TEST_KEY)).toMatchObject({ ok: true, code: 'imported' });
    expect(await load(DEMO_KEY)).toMatchObject({ ok: false, code: 'signature_unknown_key' });
  });
});

describe('scheduled checks', () => {
  /** Installs the feature, fires "installed" (as the alarm and browser start do) and returns what was fetched. */
  async function scheduledCheck(keys: string[]): Promise<string[]> {
    const fetched: string[] = [];
    const feature = createIndexFeature({
      store: createMemoryIndexStore(async () => makeIndex(1)),
      fetch: async (input) => {
        fetched.push(input);
        return new Response('not found', { status: 404 });
      },
      now: () => new Date('2026-12-01T00:00:00Z'),
      trustedKeys: () => keys,
      sourceUrl: () => 'https://index.example.org/regiolens.json',
      events: { publish: () => undefined },
    });
    const stop = new AbortController();
    feature.start(stop.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    return fetched;
  }

  test('without a trusted key nothing is fetched: updates are off, not downloaded to be refused', async () => {
    expect(await scheduledCheck([])).toEqual([]);
  });

  test('with a trusted key the configured address is checked', async () => {
    expect(await scheduledCheck([TEST_KEY.publicKey])).toEqual(['https://index.example.org/regiolens.json']);
  });
});

describe('the active index', () => {
  /** A feature over a memory store whose reads of the active index are counted. */
  function counted() {
    const store = createMemoryIndexStore(async () => makeIndex(1));
    let reads = 0;
    const loadActive = store.loadActive.bind(store);
    store.loadActive = () => (reads++, loadActive());
    const published: number[] = [];
    const feature = createIndexFeature({
      store,
      fetch: async () => new Response('not found', { status: 404 }),
      now: () => new Date('2026-12-01T00:00:00Z'),
      trustedKeys: () => [TEST_KEY.publicKey],
      sourceUrl: () => null,
      events: { publish: (_name, payload) => void published.push((payload as { version: number }).version) },
    });
    return { store, feature, reads: () => reads, published };
  }

  test('is read once for everyone who asks at the same time or later', async () => {
    const { feature, reads } = counted();
    const [a, b] = await Promise.all([feature.activeIndex(), feature.activeIndex()]);
    expect(await feature.activeIndex()).toBe(a);
    expect(b).toBe(a);
    expect(reads()).toBe(1);
  });

  test('is read again after the active index changed, before the change is announced', async () => {
    const { store, feature, reads, published } = counted();
    expect((await feature.activeIndex()).version).toBe(1);
    await store.swapIn(makeIndex(2), { kind: 'file', name: 'nieuw.json' }, '2026-12-01T00:00:00Z', null);
    const reset = feature.handlers?.['index/reset'];
    if (!reset) throw new Error('index/reset is not answered');
    // Another change through the feature's own handler drops the copy it holds.
    await reset({} as never, { id: 'regiolens-test', url: 'chrome-extension://regiolens-test/options.html' });
    expect(published).toHaveLength(1);
    expect((await feature.activeIndex()).version).toBe(1);
    expect(reads()).toBe(2);
  });

  test('a failed read is not kept: the next question reads again', async () => {
    const { store, feature } = counted();
    const loadActive = store.loadActive.bind(store);
    store.loadActive = async () => {
      store.loadActive = loadActive;
      throw new Error('IndexedDB is gone');
    };
    await expect(feature.activeIndex()).rejects.toThrow('IndexedDB is gone');
    expect((await feature.activeIndex()).version).toBe(1);
  });
});
