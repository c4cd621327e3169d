/**
 * The side panel's questions about the active index, answered through the real
 * router (its schemas and sender check): cards by id without their body, the
 * material naming a place (the first few and how many), and the picker's
 * choices. The index is read once per active index, again after
 * 'index/changed'; a request outside the messages' bounds is refused, saying
 * what was wrong, before any handler runs.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createEntryLookupFeature } from '../../../lib/background/entry-lookup-feature';
import { INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../../lib/core/index/schema';
import { createEventBus, memoryTransport } from '../../../lib/shared/messages/events';
import { createRouter, type SenderInfo } from '../../../lib/shared/messages/router';
import {
  MAX_IDS_PER_CALL,
  MAX_MATERIAL_PER_PLACE,
  MAX_PLACES_PER_CALL,
  searchMessages,
} from '../../../lib/shared/messages/search-messages';
import { makeEntry } from '../../fixtures/index/make-index';

const TRUSTED = { extensionId: 'regiolens-test', extensionOrigin: 'chrome-extension://regiolens-test' };
const PANEL: SenderInfo = { id: TRUSTED.extensionId, url: `${TRUSTED.extensionOrigin}/sidepanel.html` };
/** A content script in a web page: the panel's questions are not its to ask. */
const CONTENT: SenderInfo = { id: TRUSTED.extensionId, url: 'https://www.vng.nl/', frameId: 0, tab: { id: 3, incognito: false } };

const LONG_BODY = 'Een lange tekst over samenwerking in de regio. '.repeat(400);
const ENTRIES: IndexEntry[] = [
  makeEntry(1, { id: 'twente-deal', title: 'Regio Deal Twente geëvalueerd', body: LONG_BODY }),
  makeEntry(2, { id: 'ede-plan', title: 'Edense plannen', summary: 'Over het plan.' }),
  makeEntry(3, { id: 'over-ede', title: 'Wonen in Ede', keywords: ['Ede'] }),
  makeEntry(4, { id: 'coop', title: 'Coöperatie in de zorg' }),
];

function indexOf(version: number, entries: IndexEntry[] = ENTRIES): IndexFile {
  return { format: INDEX_FORMAT, version, created: '2026-01-01T00:00:00Z', entries };
}

const lookupMessages = {
  'search/cards': searchMessages['search/cards'],
  'search/by-place': searchMessages['search/by-place'],
  'search/link-choices': searchMessages['search/link-choices'],
};

let running: AbortController;
beforeEach(() => {
  running = new AbortController();
});
afterEach(() => running.abort());

function panelBackground(load: () => Promise<IndexFile>) {
  const events = createEventBus(memoryTransport());
  const activeIndex = vi.fn(load);
  const feature = createEntryLookupFeature({ activeIndex, events });
  feature.start(running.signal);
  const { handlers = {} } = feature;
  const cards = handlers['search/cards'];
  const byPlace = handlers['search/by-place'];
  const choices = handlers['search/link-choices'];
  if (!cards || !byPlace || !choices) throw new Error('the lookup feature does not answer its messages');
  const route = createRouter(
    lookupMessages,
    { 'search/cards': cards, 'search/by-place': byPlace, 'search/link-choices': choices },
    TRUSTED,
  );
  const ask = async (type: keyof typeof lookupMessages, payload: unknown, sender = PANEL) =>
    route({ channel: 'regiolens/1', type, payload }, sender);
  return { ask, activeIndex, events };
}

/** The value of an answer that must have succeeded. */
function valueOf(result: Awaited<ReturnType<ReturnType<typeof panelBackground>['ask']>>): unknown {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('cards by id', () => {
  test('the asked entries the index holds, in the order asked, without their body', async () => {
    const { ask } = panelBackground(async () => indexOf(3));
    const answer = valueOf(await ask('search/cards', { ids: ['coop', 'gone', 'twente-deal'] })) as {
      version: number;
      entries: IndexEntry[];
    };
    expect(answer.version).toBe(3);
    expect(answer.entries.map((entry) => entry.id)).toEqual(['coop', 'twente-deal']);
    const { body: _body, ...card } = ENTRIES[0] as IndexEntry;
    expect(answer.entries[1]).toEqual(card);
    expect(answer.entries[1]).not.toHaveProperty('body');
  });

  test('reads the index once for many questions, and again after the active index changed', async () => {
    let version = 1;
    const { ask, activeIndex, events } = panelBackground(async () =>
      indexOf(version, version === 1 ? ENTRIES : [makeEntry(9, { id: 'coop', title: 'Nieuwe titel' })]),
    );
    await ask('search/cards', { ids: ['coop'] });
    await ask('search/by-place', { names: ['Ede'] });
    await ask('search/link-choices', { linked: [], suggested: [], filter: '' });
    expect(activeIndex).toHaveBeenCalledTimes(1);
    version = 2;
    events.publish('index/changed', { version: 2 });
    // The event arrives as the browser delivers it (not in the same turn): wait for the new index's answer.
    await vi.waitFor(async () =>
      expect(valueOf(await ask('search/cards', { ids: ['coop'] }))).toEqual({
        version: 2,
        entries: [expect.objectContaining({ id: 'coop', title: 'Nieuwe titel' })],
      }),
    );
    expect(activeIndex).toHaveBeenCalledTimes(2);
  });

  test('a failed read is not kept: the next question reads again', async () => {
    let fail = true;
    const { ask } = panelBackground(async () => {
      if (fail) throw new Error('the index store is closed');
      return indexOf(4);
    });
    const refused = await ask('search/cards', { ids: ['coop'] });
    expect(refused).toEqual({ ok: false, error: { code: 'failed', message: 'the index store is closed' } });
    fail = false;
    expect(valueOf(await ask('search/cards', { ids: ['coop'] }))).toMatchObject({ version: 4, entries: [{ id: 'coop' }] });
  });
});

describe('material naming a place', () => {
  test('per name asked, in that order: the entries naming it as whole words, and how many', async () => {
    const { ask } = panelBackground(async () => indexOf(1));
    const answer = valueOf(await ask('search/by-place', { names: ['Ede', 'Regio Deal Twente', 'Bergen (NH.)'] })) as {
      places: Array<{ name: string; total: number; entries: IndexEntry[] }>;
    };
    expect(answer.places.map((place) => [place.name, place.total, place.entries.map((entry) => entry.id)])).toEqual([
      ['Ede', 1, ['over-ede']],
      ['Regio Deal Twente', 1, ['twente-deal']],
      ['Bergen (NH.)', 0, []],
    ]);
    expect(answer.places[1]?.entries[0]).not.toHaveProperty('body');
  });

  test('lists at most MAX_MATERIAL_PER_PLACE entries and counts them all', async () => {
    const many = Array.from({ length: 45 }, (_, n) => makeEntry(n, { id: `twente-${n}`, title: `Twente ${n}`, body: LONG_BODY }));
    const { ask } = panelBackground(async () => indexOf(1, many));
    const answer = valueOf(await ask('search/by-place', { names: ['Twente'] })) as {
      places: Array<{ total: number; entries: IndexEntry[] }>;
    };
    expect(answer.places[0]?.total).toBe(45);
    expect(answer.places[0]?.entries.map((entry) => entry.id)).toEqual(
      many.slice(0, MAX_MATERIAL_PER_PLACE).map((entry) => entry.id),
    );
  });
});

describe('the picker', () => {
  test("the note's links first, then the suggestions, then the index; titles only; how many more match", async () => {
    const { ask } = panelBackground(async () => indexOf(6));
    const answer = valueOf(await ask('search/link-choices', { linked: ['coop'], suggested: ['over-ede'], filter: '' }));
    expect(answer).toEqual({
      version: 6,
      size: 4,
      shown: [
        { id: 'coop', title: 'Coöperatie in de zorg' },
        { id: 'over-ede', title: 'Wonen in Ede' },
        { id: 'twente-deal', title: 'Regio Deal Twente geëvalueerd' },
        { id: 'ede-plan', title: 'Edense plannen' },
      ],
      hidden: 0,
    });
    const filtered = valueOf(await ask('search/link-choices', { linked: [], suggested: [], filter: 'GEEVALUEERD twente' }));
    expect(filtered).toMatchObject({ shown: [{ id: 'twente-deal' }], hidden: 0 });
  });

  test('an empty index says so (the panel leaves the picker out)', async () => {
    const { ask } = panelBackground(async () => indexOf(1, []));
    expect(valueOf(await ask('search/link-choices', { linked: ['coop'], suggested: [], filter: '' }))).toEqual({
      version: 1,
      size: 0,
      shown: [],
      hidden: 0,
    });
  });
});

describe('bad input is refused at the boundary, saying what was wrong', () => {
  const refusals: Array<[keyof typeof lookupMessages, unknown, RegExp]> = [
    ['search/cards', { ids: Array.from({ length: MAX_IDS_PER_CALL + 1 }, (_, n) => `id-${n}`) }, /^ids: /],
    ['search/cards', { ids: ['x'.repeat(81)] }, /^ids\.0: /],
    ['search/cards', { ids: 'coop' }, /^ids: /],
    ['search/cards', { ids: [], more: true }, /more/],
    ['search/by-place', { names: Array.from({ length: MAX_PLACES_PER_CALL + 1 }, () => 'Ede') }, /^names: /],
    ['search/by-place', { names: [''] }, /^names\.0: /],
    ['search/by-place', { names: ['x'.repeat(201)] }, /^names\.0: /],
    ['search/link-choices', { linked: [], suggested: [], filter: 'x'.repeat(201) }, /^filter: /],
    ['search/link-choices', { linked: Array.from({ length: 101 }, (_, n) => `id-${n}`), suggested: [], filter: '' }, /^linked: /],
    ['search/link-choices', { linked: [], suggested: [], filter: '', max: 10_000 }, /max/],
    ['search/link-choices', { linked: [], filter: '' }, /suggested/],
  ];
  test.each(refusals)('%s %j', async (type, payload, reason) => {
    const { ask, activeIndex } = panelBackground(async () => indexOf(1));
    const answer = await ask(type, payload);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('bad-request');
    expect(answer.error.message).toMatch(reason);
    expect(activeIndex).not.toHaveBeenCalled();
  });

  test('a content script may not ask', async () => {
    const { ask, activeIndex } = panelBackground(async () => indexOf(1));
    expect(await ask('search/cards', { ids: ['coop'] }, CONTENT)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(activeIndex).not.toHaveBeenCalled();
  });
});
