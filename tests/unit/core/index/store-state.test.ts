/** Stored records written before the version bound (issue 11, item 8) must not lock updates out forever. */
import { describe, expect, test } from 'vitest';
import { INDEX_MAX_VERSION } from '../../../../lib/core/index/limits';
import { EMPTY_META, readMeta, readSlot, slotFor, statusOf } from '../../../../lib/core/index/store-state';
import { makeIndex } from '../../../fixtures/index/make-index';

describe('stored state above the version bound', () => {
  test('a version floor no valid index can exceed is dropped, not kept as a lock', () => {
    for (const floor of [1e21, Number.MAX_SAFE_INTEGER, INDEX_MAX_VERSION + 1, Infinity]) {
      expect(readMeta({ ...EMPTY_META, acceptAbove: floor }).acceptAbove, String(floor)).toBe(0);
    }
  });

  test('a floor within the bound is kept', () => {
    expect(readMeta({ ...EMPTY_META, acceptAbove: 7 }).acceptAbove).toBe(7);
    expect(readMeta({ ...EMPTY_META, acceptAbove: INDEX_MAX_VERSION }).acceptAbove).toBe(INDEX_MAX_VERSION);
  });

  test('a stored index with such a version reads as corrupt, so the bundled index takes over', () => {
    const poisoned = slotFor({ ...makeIndex(2), version: 1e21 }, { kind: 'update', url: 'https://a.nl/i.json' }, null);
    expect(readSlot(poisoned)).toEqual({ ok: false });
  });

  test('the floor the store reports is then the bundled version again', () => {
    const meta = readMeta({ ...EMPTY_META, acceptAbove: 1e21 });
    expect(statusOf({ active: null, previous: null, meta }, makeIndex(3)).acceptAbove).toBe(3);
  });
});
