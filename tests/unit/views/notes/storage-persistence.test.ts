import { describe, expect, test } from 'vitest';
import {
  requestDurableStorage,
  requestPersistentStorage,
  storageEstimate,
} from '../../../../lib/views/notes/storage-persistence';

function fakeStorage(persisted: boolean, grant: boolean, calls: string[] = []): StorageManager {
  return {
    persisted: async () => {
      calls.push('persisted');
      return persisted;
    },
    persist: async () => {
      calls.push('persist');
      return grant;
    },
    estimate: async () => ({ usage: 1200, quota: 5_000_000 }),
    getDirectory: async () => {
      throw new Error('not used');
    },
  };
}

describe('requestPersistentStorage', () => {
  test.each([
    { name: 'already persisted: not asked again', persisted: true, grant: false, expected: 'persisted', calls: ['persisted'] },
    { name: 'granted', persisted: false, grant: true, expected: 'granted', calls: ['persisted', 'persist'] },
    { name: 'denied', persisted: false, grant: false, expected: 'denied', calls: ['persisted', 'persist'] },
  ])('$name', async ({ persisted, grant, expected, calls }) => {
    const seen: string[] = [];
    expect(await requestPersistentStorage(fakeStorage(persisted, grant, seen))).toBe(expected);
    expect(seen).toEqual(calls);
  });

  test('unsupported without a StorageManager', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await storageEstimate(undefined)).toEqual({ usage: null, quota: null });
  });

  test('estimate passes usage and quota on', async () => {
    expect(await storageEstimate(fakeStorage(true, true))).toEqual({ usage: 1200, quota: 5_000_000 });
  });
});

describe('requestDurableStorage', () => {
  test.each([
    { name: 'refused, but unlimitedStorage exempts us from eviction', grant: false, unlimited: true, expected: 'exempt' },
    { name: 'refused, and no unlimitedStorage', grant: false, unlimited: false, expected: 'denied' },
    { name: 'granted: the permission is not consulted', grant: true, unlimited: false, expected: 'granted' },
  ])('$name', async ({ grant, unlimited, expected }) => {
    expect(await requestDurableStorage(async () => unlimited, fakeStorage(false, grant))).toBe(expected);
  });
});
