/** The IndexedDB index store in real Chromium: persistence, atomic swaps, fallbacks. Nothing is faked. */
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { openIndexDb, type IndexDb } from '../../../../lib/shared/stores/index-db';
import type { IndexEntry, IndexFile } from '../../../../lib/core/index/schema';
import { makeIndex } from '../../../fixtures/index/make-index';
import { slotFor } from '../../../../lib/core/index/store-state';

const BUNDLED = makeIndex(1, 2);
const at = '2026-11-27T12:00:00Z';
const opened: IndexDb[] = [];
let bundledLoads = 0;

async function open(name: string, bundled: IndexFile = BUNDLED): Promise<IndexDb> {
  const db = await openIndexDb({
    name,
    loadBundled: async () => {
      bundledLoads++;
      return structuredClone(bundled);
    },
  });
  opened.push(db);
  return db;
}

const freshName = () => `regiolens-index-test-${crypto.randomUUID()}`;

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  bundledLoads = 0;
});

describe('index-db', () => {
  test('first run: the bundled index, and a status that says so', async () => {
    const db = await open(freshName());
    expect(await db.loadActive()).toMatchObject({ index: { version: 1 }, source: { kind: 'bundled' }, fallback: 'missing' });
    expect(await db.status()).toMatchObject({
      active: { version: 1, entryCount: 2, source: { kind: 'bundled' } },
      previous: null,
      lastCheck: null,
    });
  });

  test('a swapped-in index survives closing and reopening, with the previous kept', async () => {
    const name = freshName();
    const db = await open(name);
    await db.swapIn(makeIndex(2, 5), { kind: 'update', url: 'https://a.nl/i.json' }, at, {
      url: 'https://a.nl/i.json',
      etag: '"2"',
      lastModified: null,
    });
    db.close();
    const again = await open(name);
    const active = await again.loadActive();
    expect(active).toMatchObject({
      index: { version: 2 },
      source: { kind: 'update', url: 'https://a.nl/i.json' },
      activatedAt: at,
      fallback: null,
    });
    expect(active.index.entries).toHaveLength(5);
    expect((await again.status()).previous).toMatchObject({ version: 1, source: { kind: 'bundled' } });
    expect(await again.validators()).toEqual({ url: 'https://a.nl/i.json', etag: '"2"', lastModified: null });
  });

  test('the swap writes both slots and the status in one transaction', async () => {
    const name = freshName();
    const db = await open(name);
    await db.swapIn(makeIndex(2), { kind: 'file', name: 'a.json' }, at, null);
    await db.swapIn(makeIndex(3), { kind: 'file', name: 'b.json' }, at, null);
    const raw = await openDB(name);
    const [active, previous] = await Promise.all([raw.get('slots', 'active'), raw.get('slots', 'previous')]);
    raw.close();
    expect([active.version, previous.version]).toEqual([3, 2]);
  });

  test('a swap that fails mid-way leaves the old state completely intact', async () => {
    const db = await open(freshName());
    await db.swapIn(makeIndex(2), { kind: 'file', name: 'a.json' }, at, {
      url: 'https://a.nl/',
      etag: 'old',
      lastModified: null,
    });
    const before = await db.status();
    // A function cannot be stored (DataCloneError), so the slot write fails after the status write was queued.
    const uncloneable = {
      ...makeIndex(3),
      entries: makeIndex(3).entries.map((entry) => ({ ...entry, summary: () => 'x' })),
    } as unknown as IndexFile;
    await expect(
      db.swapIn(uncloneable, { kind: 'file', name: 'bad.json' }, at, { url: 'https://a.nl/', etag: 'new', lastModified: null }),
    ).rejects.toThrow();
    expect(await db.status()).toEqual(before);
    expect(await db.validators()).toMatchObject({ etag: 'old' });
    expect((await db.loadActive()).index.version).toBe(2);
  });

  test.each([
    ['garbage', 'not an index at all'],
    [
      'invalid index',
      {
        source: { kind: 'update', url: 'https://a.nl/' },
        activatedAt: at,
        index: { format: 'regiolens-index', version: 'x', entries: [] },
      },
    ],
    ['unknown source', { source: { kind: 'ftp' }, index: makeIndex(2) }],
  ])('corrupt stored data (%s) falls back to the bundled index', async (_name, record) => {
    const name = freshName();
    const db = await open(name);
    await db.swapIn(makeIndex(2), { kind: 'file', name: null }, at, null);
    const raw = await openDB(name);
    await raw.put('slots', record, 'active');
    raw.close();
    expect(await db.loadActive()).toMatchObject({ index: { version: 1 }, source: { kind: 'bundled' }, fallback: 'corrupt' });
    expect((await db.status()).active.source).toEqual({ kind: 'bundled' });
  });

  test('rollbackToPrevious keeps the version floor; resetToBundled lowers it to the bundled version', async () => {
    const db = await open(freshName());
    expect(await db.rollbackToPrevious(at)).toBe(false);
    await db.swapIn(makeIndex(4), { kind: 'update', url: 'https://a.nl/i.json' }, at, null);
    expect(await db.rollbackToPrevious(at)).toBe(true);
    expect(await db.status()).toMatchObject({ active: { version: 1 }, previous: { version: 4 }, acceptAbove: 4 });
    expect(await db.rollbackToPrevious(at)).toBe(true);
    expect((await db.loadActive()).index.version).toBe(4);
    await db.resetToBundled(at);
    expect(await db.status()).toMatchObject({
      active: { version: 1, source: { kind: 'bundled' } },
      previous: { version: 4 },
      acceptAbove: 1,
    });
  });

  test('the bundled index is referenced, not copied: a newer bundled file shows after an extension update', async () => {
    const name = freshName();
    const db = await open(name);
    await db.swapIn(makeIndex(2), { kind: 'file', name: null }, at, null);
    await db.resetToBundled(at);
    db.close();
    const updated = await open(name, makeIndex(7, 3));
    expect((await updated.loadActive()).index.version).toBe(7);
  });

  test('the last check is recorded and survives reopening', async () => {
    const name = freshName();
    const db = await open(name);
    await db.recordCheck({ at, outcome: 'signature_invalid', detail: 'the signature does not match' });
    db.close();
    expect((await (await open(name)).status()).lastCheck).toEqual({
      at,
      outcome: 'signature_invalid',
      detail: 'the signature does not match',
    });
    expect(bundledLoads).toBeGreaterThan(0);
  });

  test('a database of version 1 opens with its active index kept and no stored search, and keeps one from then on', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('slots');
        database.createObjectStore('meta');
      },
    });
    const index = makeIndex(4, 6);
    await v1.put('slots', slotFor(index, { kind: 'file', name: 'oud.json' }, at), 'active');
    v1.close();

    const db = await open(name);
    const { active, activation, search } = await db.loadActiveWithSearch();
    expect(active).toMatchObject({ index: { version: 4 }, source: { kind: 'file' }, fallback: null });
    expect(search).toBeNull();
    const blocks = [{ block: 0 }, { block: 1 }, { block: 2 }];
    expect(await db.saveSearch(activation, { stored: true }, blocks, index.entries)).toBe(true);
    expect(await db.loadActiveWithSearch()).toMatchObject({ search: { stored: true }, postings: blocks });
    expect(await db.loadSearch()).toEqual({ activation, search: { stored: true } });
    expect(await db.searchPostings(activation, [2, 7, 0])).toEqual([{ block: 2 }, undefined, { block: 0 }]);
    const [first, second] = index.entries;
    expect(await db.searchEntries(activation, [second?.id ?? '', 'unknown-id', first?.id ?? ''])).toEqual([
      second,
      undefined,
      first,
    ]);
    // Only a change of the active index drops it: a recorded check does not.
    await db.recordCheck({ at, outcome: 'not_modified', detail: '' });
    expect((await db.loadActiveWithSearch()).search).toEqual({ stored: true });
    await db.resetToBundled(at);
    expect((await db.loadActiveWithSearch()).search).toBeNull();
    const now = await db.loadSearch();
    expect(now).toEqual({ activation: activation + 1, search: null });
    // Entries and postings are not read for a search of another activation, and none of the old ones remain.
    expect(await db.searchEntries(activation, [first?.id ?? ''])).toBeNull();
    expect(await db.searchEntries(now.activation, [first?.id ?? ''])).toEqual([undefined]);
    expect(await db.searchPostings(activation, [0])).toBeNull();
    expect(await db.searchPostings(now.activation, [0, 1])).toEqual([undefined, undefined]);
    expect((await db.loadActiveWithSearch()).postings).toEqual([]);
  });

  test('a database of version 2 keeps its active index but not its stored search, stored without entries', async () => {
    const name = freshName();
    const v2 = await openDB(name, 2, {
      upgrade(database) {
        database.createObjectStore('slots');
        database.createObjectStore('meta');
        database.createObjectStore('search');
      },
    });
    await v2.put('slots', slotFor(makeIndex(4, 6), { kind: 'file', name: 'oud.json' }, at), 'active');
    await v2.put('meta', 3, 'activation');
    await v2.put('search', { activation: 3, search: { stored: true } }, 'active');
    v2.close();

    const db = await open(name);
    const { active, activation, search } = await db.loadActiveWithSearch();
    expect(active).toMatchObject({ index: { version: 4 }, fallback: null });
    expect(activation).toBe(3);
    expect(search).toBeNull();
  });

  test('a database of version 3 keeps its active index but not its search, whose postings were stored inside', async () => {
    const name = freshName();
    const index = makeIndex(4, 6);
    const v3 = await openDB(name, 3, {
      upgrade(database) {
        database.createObjectStore('slots');
        database.createObjectStore('meta');
        database.createObjectStore('search');
        database.createObjectStore('entries');
      },
    });
    await v3.put('slots', slotFor(index, { kind: 'file', name: 'oud.json' }, at), 'active');
    await v3.put('meta', 5, 'activation');
    await v3.put('search', { activation: 5, search: { stored: 'with its postings' } }, 'active');
    await v3.put('entries', { entry: index.entries[0] }, index.entries[0]?.id ?? '');
    v3.close();

    const db = await open(name);
    const { active, activation, search, postings } = await db.loadActiveWithSearch();
    expect(active).toMatchObject({ index: { version: 4 }, fallback: null });
    expect(activation).toBe(5);
    expect(search).toBeNull();
    expect(postings).toEqual([]);
    expect(await db.searchEntries(activation, [index.entries[0]?.id ?? ''])).toEqual([undefined]);
    expect(await db.saveSearch(activation, { stored: 'apart' }, [{ block: 0 }], index.entries)).toBe(true);
    expect(await db.searchPostings(activation, [0])).toEqual([{ block: 0 }]);
  });

  test('a search whose entries cannot all be stored is not stored either', async () => {
    const name = freshName();
    const db = await open(name);
    const index = makeIndex(4, 6);
    await db.swapIn(index, { kind: 'file', name: 'nieuw.json' }, at, null);
    const { activation } = await db.loadSearch();
    const uncloneable = { ...index.entries[1], id: 'kapot', summary: () => 'no function can be stored' };
    await expect(
      db.saveSearch(activation, { stored: true }, [{ block: 0 }], [...index.entries, uncloneable as unknown as IndexEntry]),
    ).rejects.toThrow();
    expect(await db.loadSearch()).toEqual({ activation, search: null });
    expect(await db.searchEntries(activation, [index.entries[0]?.id ?? ''])).toEqual([undefined]);
    expect(await db.searchPostings(activation, [0])).toEqual([undefined]);
  });
});
