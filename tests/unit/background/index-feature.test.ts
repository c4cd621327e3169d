/**
 * The update address the background's updater uses (extensionIndexDeps): an
 * administrator's address wins over the user's, and an empty or blank one
 * switches network updates off, so the user's own address is not used either
 * (issue 11, item 14; public/managed-schema.json).
 */
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionIndexDeps } from '../../../lib/background/index-feature';
import { saveSettings } from '../../../lib/shared/platform/settings';

const MINE = 'https://mine.example.org/index.json';

beforeEach(async () => {
  fakeBrowser.reset();
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
