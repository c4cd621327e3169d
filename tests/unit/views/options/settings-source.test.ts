/**
 * What the options page learns from the administrator's policy (managed
 * storage): no policy, an address, or an empty address, which switches network
 * updates off (issue 11, item 14; public/managed-schema.json says so). An empty
 * or blank address used to read as "no policy", leaving the field editable.
 * And how many publisher keys updates are checked against: none means updates are off.
 */
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOptionsSettings } from '../../../../lib/views/options/settings-source';
import { TEST_KEY } from '../../../fixtures/index/keys';

beforeEach(() => fakeBrowser.reset());

test.each([
  { name: 'no policy', policy: {} as { indexUpdateUrl?: string }, expected: { kind: 'none' } },
  {
    name: 'an address',
    policy: { indexUpdateUrl: 'https://beheer.example.org/i.json' },
    expected: { kind: 'address', url: 'https://beheer.example.org/i.json' },
  },
  { name: 'an empty address: updates off', policy: { indexUpdateUrl: '' }, expected: { kind: 'off' } },
  { name: 'a blank address: updates off', policy: { indexUpdateUrl: '  \t' }, expected: { kind: 'off' } },
])('$name', async ({ policy, expected }) => {
  await fakeBrowser.storage.managed.set(policy);
  expect((await createOptionsSettings().managed()).updateUrl).toEqual(expected);
});

test.each([
  {
    name: 'no policy: the build’s own keys, none in a release build',
    policy: {} as { trustedPublisherKeys?: string[] },
    expected: { count: 0, fromPolicy: false },
  },
  { name: 'a policy key', policy: { trustedPublisherKeys: [TEST_KEY.publicKey] }, expected: { count: 1, fromPolicy: true } },
  { name: 'a policy without a usable key', policy: { trustedPublisherKeys: ['abc'] }, expected: { count: 0, fromPolicy: true } },
])('trusted keys, $name (issue 11, item 1)', async ({ policy, expected }) => {
  await fakeBrowser.storage.managed.set(policy);
  expect((await createOptionsSettings().managed()).trustedKeys).toEqual(expected);
});
