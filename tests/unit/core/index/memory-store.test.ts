/** The store transitions (shared by the IndexedDB store) on the in-memory store. */
import { beforeEach, describe, expect, test } from 'vitest';
import { createMemoryIndexStore, type MemoryIndexStore } from '../../../../lib/core/index/memory-store';
import { makeIndex } from '../../../fixtures/index/make-index';

const at = '2026-11-27T12:00:00Z';
let store: MemoryIndexStore;
beforeEach(() => {
  store = createMemoryIndexStore(async () => makeIndex(1, 2));
});

describe('memory index store', () => {
  test('first run: the bundled index, marked as a fallback for missing data', async () => {
    expect(await store.loadActive()).toMatchObject({ source: { kind: 'bundled' }, fallback: 'missing', index: { version: 1 } });
    expect((await store.status()).previous).toBeNull();
  });

  test('swap keeps the previous; a second swap pushes the first out', async () => {
    await store.swapIn(makeIndex(2), { kind: 'update', url: 'https://a.nl/i.json' }, at, null);
    await store.swapIn(makeIndex(3), { kind: 'update', url: 'https://a.nl/i.json' }, at, null);
    const status = await store.status();
    expect([status.active.version, status.previous?.version]).toEqual([3, 2]);
  });

  test('corrupt stored data falls back to the bundled index', async () => {
    await store.swapIn(makeIndex(2), { kind: 'file', name: null }, at, null);
    const active = store.state.active;
    if (active === null) throw new Error('expected an active slot');
    store.state = { ...store.state, active: { ...active, index: { broken: true } as never } };
    expect(await store.loadActive()).toMatchObject({ fallback: 'corrupt', source: { kind: 'bundled' } });
  });

  test('rollback swaps active and previous and raises the version floor', async () => {
    await store.swapIn(makeIndex(2), { kind: 'file', name: null }, at, null);
    expect(await store.rollbackToPrevious(at)).toBe(true);
    const status = await store.status();
    expect([status.active.version, status.previous?.version, status.acceptAbove]).toEqual([1, 2, 2]);
  });

  test('reset to bundled keeps the current index as previous and lowers the floor to the bundled version', async () => {
    await store.swapIn(makeIndex(4), { kind: 'file', name: null }, at, null);
    await store.resetToBundled(at);
    const status = await store.status();
    expect(status.active.source).toEqual({ kind: 'bundled' });
    expect(status.previous?.version).toBe(4);
    expect(status.acceptAbove).toBe(1);
  });
});
