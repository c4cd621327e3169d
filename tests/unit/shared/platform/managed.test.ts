/** Reading an administrator's policy: absent means "no policy"; present but unusable fails closed. */
import * as v from 'valibot';
import { describe, expect, test, vi } from 'vitest';
import { createManagedReader, ManagedSchema } from '../../../../lib/shared/platform/managed';
import { DEFAULT_TRUSTED_PUBLISHER_KEYS, trustedKeysFrom } from '../../../../lib/core/index/trusted-keys';

describe('managed policy → trusted keys', () => {
  test.each([
    { name: 'no policy at all: the built-in keys', policy: {}, keys: [...DEFAULT_TRUSTED_PUBLISHER_KEYS] },
    { name: 'keys not a list: nothing trusted', policy: { trustedPublisherKeys: 'abc' }, keys: [] },
    {
      name: 'too many values: nothing trusted',
      policy: { trustedPublisherKeys: Array.from({ length: 101 }, () => 'x') },
      keys: [],
    },
    { name: 'an empty list: nothing trusted', policy: { trustedPublisherKeys: [] }, keys: [] },
  ])('$name', ({ policy, keys }) => {
    const managed = v.parse(ManagedSchema, policy);
    expect(trustedKeysFrom(managed.trustedPublisherKeys).keys).toEqual(keys);
  });

  test('the recognition scope: a known value as it is, an unknown one reads nothing by itself', () => {
    expect(v.parse(ManagedSchema, { recognitionScope: 'policy-sites' }).recognitionScope).toBe('policy-sites');
    expect(v.parse(ManagedSchema, { recognitionScope: 'policy_sites' }).recognitionScope).toBe('on-request');
    expect(v.parse(ManagedSchema, { recognitionScope: 3 }).recognitionScope).toBe('on-request');
  });

  test('other policy values fall back one by one', () => {
    expect(v.parse(ManagedSchema, { indexUpdateUrl: 42, updateIntervalHours: 0 })).toEqual({
      indexUpdateUrl: undefined,
      trustedPublisherKeys: undefined,
      updateIntervalHours: undefined,
      recognitionScope: undefined,
    });
  });
});

describe('a browser slow to give its policy', () => {
  const POLICY = { indexUpdateUrl: 'https://beheer.example.nl/index.json', trustedPublisherKeys: ['a'] };
  const never = () => new Promise<unknown>(() => undefined);
  function memory(initial?: unknown) {
    let value = initial;
    return { get: async () => value, set: async (next: unknown) => void (value = next), peek: () => value };
  }

  test('a read that never answers: after the wait, the policy read last in this session', async () => {
    const lastKnown = memory(POLICY);
    const load = createManagedReader({ read: never, lastKnown, waitMs: 20 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(load()).resolves.toMatchObject(POLICY);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('within 20 ms'));
    warn.mockRestore();
  });

  test('never read before: after the wait, no policy', async () => {
    const load = createManagedReader({ read: never, lastKnown: memory(), waitMs: 20 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(load()).resolves.toEqual({
      indexUpdateUrl: undefined,
      trustedPublisherKeys: undefined,
      updateIntervalHours: undefined,
      recognitionScope: undefined,
    });
    warn.mockRestore();
  });

  test('a late answer is remembered for the next caller, and only one read is in flight', async () => {
    let answer: (value: unknown) => void = () => undefined;
    let reads = 0;
    const lastKnown = memory();
    const load = createManagedReader({
      read: () => {
        reads += 1;
        return new Promise((resolve) => (answer = resolve));
      },
      lastKnown,
      waitMs: 20,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await load();
    await load();
    expect(reads).toBe(1);
    answer(POLICY);
    await vi.waitFor(() => expect(lastKnown.peek()).toMatchObject(POLICY));
    warn.mockRestore();
    const fresh = createManagedReader({ read: never, lastKnown, waitMs: 20 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(fresh()).resolves.toMatchObject(POLICY);
    vi.restoreAllMocks();
  });

  test('a remembered value is validated again: damage becomes no policy, never trust', async () => {
    const load = createManagedReader({ read: never, lastKnown: memory({ trustedPublisherKeys: 'forged' }), waitMs: 20 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await load()).trustedPublisherKeys).toEqual([]);
    vi.restoreAllMocks();
  });

  test('a browser without a policy (the read rejects) answers at once with no policy', async () => {
    const load = createManagedReader({ read: () => Promise.reject(new Error('no policy')), waitMs: 10_000 });
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await expect(load()).resolves.toEqual({
      indexUpdateUrl: undefined,
      trustedPublisherKeys: undefined,
      updateIntervalHours: undefined,
      recognitionScope: undefined,
    });
    vi.restoreAllMocks();
  });
});
