/** Reading an administrator's policy: absent means "no policy"; present but unusable fails closed. */
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { ManagedSchema } from '../../../../lib/shared/platform/managed';
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

  test('other policy values fall back one by one', () => {
    expect(v.parse(ManagedSchema, { indexUpdateUrl: 42, updateIntervalHours: 0 })).toEqual({
      indexUpdateUrl: undefined,
      trustedPublisherKeys: undefined,
      updateIntervalHours: undefined,
    });
  });
});
