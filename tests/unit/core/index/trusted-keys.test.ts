/**
 * Which keys a build trusts by itself (issue 11, item 1). The demo key's
 * private half is in this repository (tests/fixtures/keys/), so only builds
 * made for tests and demonstrations (REGIOLENS_TEST_KEYS=1, wxt.config.ts's
 * `__REGIOLENS_TEST_KEYS__`) trust it; a release build trusts only the
 * publisher's own keys, and none is built into this repository.
 * The module reads the build constant when it loads, so each case loads it afresh.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { DEMO_KEY, TEST_KEY, UNTRUSTED_KEY } from '../../../fixtures/index/keys';

const REPOSITORY_KEYS = [DEMO_KEY, TEST_KEY, UNTRUSTED_KEY].map((key) => key.publicKey);

async function loadAs(testKeys: boolean | undefined) {
  vi.resetModules();
  if (testKeys !== undefined) vi.stubGlobal('__REGIOLENS_TEST_KEYS__', testKeys);
  return import('../../../../lib/core/index/trusted-keys');
}

afterEach(() => vi.unstubAllGlobals());

test.each([
  ['a release build', false],
  ['code run outside a build (tools, tests)', undefined],
])('%s trusts no repository key by itself, and nothing without a publisher key', async (_name, testKeys) => {
  const { DEFAULT_TRUSTED_PUBLISHER_KEYS, PUBLISHER_KEYS, trustedKeysFrom } = await loadAs(testKeys);
  for (const key of REPOSITORY_KEYS) expect(DEFAULT_TRUSTED_PUBLISHER_KEYS).not.toContain(key);
  expect(DEFAULT_TRUSTED_PUBLISHER_KEYS).toEqual(PUBLISHER_KEYS);
  expect(trustedKeysFrom(undefined).keys).toEqual([...PUBLISHER_KEYS]);
});

test('a test-key build also trusts the demo key; a policy still replaces it', async () => {
  const { DEFAULT_TRUSTED_PUBLISHER_KEYS, trustedKeysFrom } = await loadAs(true);
  expect(DEFAULT_TRUSTED_PUBLISHER_KEYS).toContain(DEMO_KEY.publicKey);
  expect(trustedKeysFrom(undefined).keys).toContain(DEMO_KEY.publicKey);
  expect(trustedKeysFrom([TEST_KEY.publicKey]).keys).toEqual([TEST_KEY.publicKey]);
});
