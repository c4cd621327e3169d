/**
 * The background's search over the active index, answered through its messages:
 * built once per active index (not per question), dropped on 'index/changed',
 * the same ranking as the shared searchEntries, and only what the popup shows
 * crosses (no bodies, places of the results only). A failed build is retried.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { createEntrySearchFeature } from '../../../lib/background/entry-search-feature';
import { NO_FILTERS, searchEntries } from '../../../lib/core/entries/entry-results';
import { INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../../lib/core/index/schema';
import { createSearchIndex } from '../../../lib/core/search/create-search-index';
import { INDEX_ENTRY_SEARCH } from '../../../lib/core/search/index-entry-search';
import { createEventBus, memoryTransport } from '../../../lib/shared/messages/events';
import { EntrySearchSchema } from '../../../lib/shared/messages/search-messages';
import type { SenderInfo } from '../../../lib/shared/messages/router';
import { makeEntry } from '../../fixtures/index/make-index';

const PAGE: SenderInfo = { id: 'regiolens-test', url: 'chrome-extension://regiolens-test/popup.html' };

const ENTRIES: IndexEntry[] = [
  makeEntry(1, { id: 'ws-democratie', kind: 'werksessie', title: 'Democratische legitimiteit', themes: ['ws-democratie'] }),
  makeEntry(2, {
    id: 'regio-deals',
    title: 'Evaluatie Regio Deals in Twente',
    summary: 'Hoe de Regio Deals in Twente en Groningen werkten.',
    body: 'Een lange tekst over regio deals. '.repeat(200),
  }),
  makeEntry(3, { id: 'wgr-2022', title: 'Wijziging Wgr 2022', kind: 'wet' }),
  makeEntry(4, { id: 'ee-2024', title: 'Ecosysteemindex 2024', kind: 'rapport' }),
];

function indexOf(version: number, entries: IndexEntry[] = ENTRIES): IndexFile {
  return { format: INDEX_FORMAT, version, created: '2026-01-01T00:00:00Z', entries };
}

let running: AbortController;
beforeEach(() => {
  running = new AbortController();
});
afterEach(() => running.abort());

function feature(load: () => Promise<IndexFile>) {
  const events = createEventBus(memoryTransport());
  const activeIndex = vi.fn(load);
  const search = createEntrySearchFeature({ activeIndex, events });
  search.start(running.signal);
  const handlers = search.handlers ?? {};
  const ask = (query: string, filters = NO_FILTERS, limit = 21) => {
    const handler = handlers['search/entries'];
    if (!handler) throw new Error('search/entries is not answered');
    return handler({ query, filters, limit }, PAGE);
  };
  const overview = (ids: string[]) => {
    const handler = handlers['search/overview'];
    if (!handler) throw new Error('search/overview is not answered');
    return handler({ ids }, PAGE);
  };
  const byId = (ids: string[]) => {
    const handler = handlers['search/by-id'];
    if (!handler) throw new Error('search/by-id is not answered');
    return handler({ ids }, PAGE);
  };
  return { events, activeIndex, ask, overview, byId };
}

describe('search/by-id', () => {
  test('gives the asked entries whole (body too), in the order asked, leaving out ids the index lacks', async () => {
    const { byId } = feature(async () => indexOf(3));
    const answer = await byId(['wgr-2022', 'bestaat-niet', 'regio-deals']);
    expect(answer.version).toBe(3);
    expect(answer.entries.map((entry) => entry.id)).toEqual(['wgr-2022', 'regio-deals']);
    expect(answer.entries[1]?.body).toContain('Een lange tekst over regio deals.');
  });

  test('answers from the active index after a change, and from the built search once there is one', async () => {
    let version = 1;
    const { byId, ask, activeIndex, events } = feature(async () =>
      indexOf(version, version === 1 ? ENTRIES : [makeEntry(9, { id: 'nieuw', title: 'Nieuw' })]),
    );
    expect((await byId(['nieuw'])).entries).toEqual([]);
    await ask('regio');
    const calls = activeIndex.mock.calls.length;
    expect((await byId(['ws-democratie'])).entries.map((entry) => entry.id)).toEqual(['ws-democratie']);
    expect(activeIndex).toHaveBeenCalledTimes(calls);
    version = 2;
    events.publish('index/changed', { version: 2 });
    await vi.waitFor(async () => expect((await byId(['nieuw'])).entries.map((entry) => entry.id)).toEqual(['nieuw']));
  });
});

describe('search/entries', () => {
  test('ranks exactly as the shared searchEntries, for the popup and the omnibox alike', async () => {
    const { ask } = feature(async () => indexOf(1));
    const local = createSearchIndex(ENTRIES, INDEX_ENTRY_SEARCH);
    for (const query of ['regiodeals', 'Wgr 2022', 'werksessie', 'democratie twente']) {
      const answer = await ask(query);
      expect(answer.results.map((r) => r.entry.id)).toEqual(
        searchEntries(local, ENTRIES, query, NO_FILTERS).map((r) => r.entry.id),
      );
    }
    expect((await ask('regiodeals')).results[0]?.entry.id).toBe('regio-deals');
    expect((await ask('w')).results).toEqual([]);
  });

  test('results travel without their body, with the snippet and the places they name', async () => {
    const { ask } = feature(async () => indexOf(1));
    const answer = await ask('regio deals');
    const hit = answer.results.find((r) => r.entry.id === 'regio-deals');
    expect(hit?.entry.body).toBeUndefined();
    expect(hit?.entry.summary).toBe('Hoe de Regio Deals in Twente en Groningen werkten.');
    expect(answer.places['regio-deals']?.map((p) => p.name)).toEqual(expect.arrayContaining(['Twente', 'Groningen']));
    expect(Object.keys(answer.places).every((id) => answer.results.some((r) => r.entry.id === id))).toBe(true);
    expect(answer.version).toBe(1);
  });

  test('filters by kind and by place', async () => {
    const { ask } = feature(async () => indexOf(1));
    expect((await ask('', { ...NO_FILTERS, kind: 'wet' })).results.map((r) => r.entry.id)).toEqual(['wgr-2022']);
    const twente = (await ask('regio deals')).places['regio-deals']?.find((p) => p.name === 'Twente');
    expect((await ask('evaluatie', { ...NO_FILTERS, place: twente?.key ?? '?' })).results.map((r) => r.entry.id)).toEqual([
      'regio-deals',
    ]);
  });

  test('builds once for many questions, and anew after the active index changed', async () => {
    let version = 1;
    const { ask, activeIndex, events } = feature(async () =>
      indexOf(version, version === 1 ? ENTRIES : [...ENTRIES, makeEntry(9, { id: 'nieuw', title: 'Nieuwe regiodeal' })]),
    );
    await ask('regio');
    await ask('regiodeal');
    await ask('wgr');
    expect(activeIndex).toHaveBeenCalledTimes(1);
    version = 2;
    events.publish('index/changed', { version: 2 });
    await vi.waitFor(async () => expect((await ask('nieuwe')).version).toBe(2));
    expect((await ask('nieuwe')).results.map((r) => r.entry.id)).toContain('nieuw');
    expect(activeIndex).toHaveBeenCalledTimes(2);
  });

  test('a failed build is not kept: the next question tries again', async () => {
    let fail = true;
    const { ask } = feature(async () => {
      if (fail) throw new Error('IndexedDB is gone');
      return indexOf(1);
    });
    await expect(ask('regio')).rejects.toThrow('IndexedDB is gone');
    fail = false;
    expect((await ask('regiodeals')).results[0]?.entry.id).toBe('regio-deals');
  });

  test('refuses a request outside its bounds before searching', () => {
    const ok = { query: 'regio', filters: NO_FILTERS, limit: 21 };
    expect(v.safeParse(EntrySearchSchema, ok).success).toBe(true);
    expect(v.safeParse(EntrySearchSchema, { ...ok, limit: 0 }).success).toBe(false);
    expect(v.safeParse(EntrySearchSchema, { ...ok, limit: 10_000 }).success).toBe(false);
    expect(v.safeParse(EntrySearchSchema, { ...ok, filters: { ...NO_FILTERS, kind: 'roman' } }).success).toBe(false);
    expect(v.safeParse(EntrySearchSchema, { ...ok, query: 'x'.repeat(5000) }).success).toBe(false);
  });
});

describe('search/overview', () => {
  test('the werksessies, the kinds, the place choices and the entries asked for (unknown ids left out)', async () => {
    const { overview } = feature(async () => indexOf(3));
    const answer = await overview(['regio-deals', 'gone', 'wgr-2022']);
    expect(answer.version).toBe(3);
    expect(answer.werksessies.map((e) => e.id)).toEqual(['ws-democratie']);
    expect(answer.kinds).toEqual(['publicatie', 'rapport', 'werksessie', 'wet']);
    expect(answer.entries.map((e) => e.id)).toEqual(['regio-deals', 'wgr-2022']);
    expect(answer.entries[0]?.body).toBeUndefined();
    expect(answer.placeChoices.map((p) => p.name)).toEqual(expect.arrayContaining(['Groningen', 'Twente']));
  });
});
