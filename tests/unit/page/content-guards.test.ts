import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { MAX_FIND_TEXT } from '../../../lib/core/page-limits';
import { contentMessages } from '../../../lib/shared/messages/content-messages';
import { contentGuards, createContentNotesRouter } from '../../../lib/page/content-notes';
import type { ContentHandlers } from '../../../lib/shared/messages/protocol';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const quote = { exact: 'regionale samenwerking', prefix: 'over ', suffix: ' in' };
const note = (selectors: unknown, id: unknown = ID) => ({ notes: [{ id, selectors }] });

/** Each payload, checked by the hand-written guard and by the valibot schema: both must agree. */
const CASES: Array<{ type: keyof typeof contentGuards; payload: unknown; ok: boolean; name: string }> = [
  { name: 'a quote', type: 'notes/highlight', payload: note({ quote }), ok: true },
  { name: 'quote and position', type: 'notes/highlight', payload: note({ quote, position: { start: 3, end: 9 } }), ok: true },
  { name: 'no notes', type: 'notes/highlight', payload: { notes: [] }, ok: true },
  { name: 'not a uuid', type: 'notes/highlight', payload: note({ quote }, 'x'), ok: false },
  { name: 'empty exact', type: 'notes/highlight', payload: note({ quote: { ...quote, exact: '' } }), ok: false },
  { name: 'huge exact', type: 'notes/highlight', payload: note({ quote: { ...quote, exact: 'a'.repeat(10_001) } }), ok: false },
  { name: 'long prefix', type: 'notes/highlight', payload: note({ quote: { ...quote, prefix: 'a'.repeat(1001) } }), ok: false },
  { name: 'extra key in quote', type: 'notes/highlight', payload: note({ quote: { ...quote, html: '<b>' } }), ok: false },
  {
    name: 'extra key in note',
    type: 'notes/highlight',
    payload: { notes: [{ id: ID, selectors: { quote }, body: 'x' }] },
    ok: false,
  },
  { name: 'end before start', type: 'notes/highlight', payload: note({ quote, position: { start: 9, end: 3 } }), ok: false },
  { name: 'negative start', type: 'notes/highlight', payload: note({ quote, position: { start: -1, end: 3 } }), ok: false },
  { name: 'fractional offset', type: 'notes/highlight', payload: note({ quote, position: { start: 1.5, end: 3 } }), ok: false },
  { name: 'string offset', type: 'notes/highlight', payload: note({ quote, position: { start: '1', end: 3 } }), ok: false },
  {
    name: 'too many notes',
    type: 'notes/highlight',
    payload: { notes: Array.from({ length: 2001 }, () => ({ id: ID, selectors: { quote } })) },
    ok: false,
  },
  { name: 'notes not a list', type: 'notes/highlight', payload: { notes: {} }, ok: false },
  { name: 'null payload', type: 'notes/highlight', payload: null, ok: false },
  { name: 'scroll to an id', type: 'notes/scroll-to', payload: { id: ID }, ok: true },
  { name: 'scroll to a non-id', type: 'notes/scroll-to', payload: { id: 'a b' }, ok: false },
  { name: 'scroll with extra', type: 'notes/scroll-to', payload: { id: ID, x: 1 }, ok: false },
  { name: 'clear', type: 'notes/clear-highlights', payload: {}, ok: true },
  { name: 'clear with extra', type: 'notes/clear-highlights', payload: { all: true }, ok: false },
  { name: 'selection', type: 'page/selection', payload: {}, ok: true },
  { name: 'selection from a string', type: 'page/selection', payload: 'x', ok: false },
  { name: 'show words', type: 'page/show-text', payload: { text: 'gemeenschappelijke regeling' }, ok: true },
  { name: 'show nothing', type: 'page/show-text', payload: { text: '' }, ok: false },
  { name: 'show too much', type: 'page/show-text', payload: { text: 'x'.repeat(MAX_FIND_TEXT + 1) }, ok: false },
  { name: 'show a number', type: 'page/show-text', payload: { text: 42 }, ok: false },
  { name: 'show with extra', type: 'page/show-text', payload: { text: 'regio', html: '<b>' }, ok: false },
];

describe('content message guards', () => {
  for (const { name, type, payload, ok } of CASES) {
    test(`${type}: ${name} is ${ok ? 'accepted' : 'refused'}, as the schema says`, () => {
      expect(contentGuards[type](payload) !== null).toBe(ok);
      expect(v.safeParse(contentMessages[type].request, payload).success).toBe(ok);
    });
  }
});

describe('content notes router', () => {
  const trusted = { extensionId: 'abc', extensionOrigin: 'chrome-extension://abc' };
  const calls: string[] = [];
  const handlers: ContentHandlers = {
    'notes/highlight': () => [],
    'notes/scroll-to': ({ id }) => {
      calls.push(id);
      return { found: true };
    },
    'notes/clear-highlights': () => null,
    'page/selection': () => {
      throw new Error('boom');
    },
    'page/show-text': () => ({ found: false }),
  };
  const route = createContentNotesRouter(trusted, handlers);
  const envelope = (type: string, payload: unknown) => ({ channel: 'regiolens/1', type, payload });
  const panel = { id: 'abc', url: 'chrome-extension://abc/sidepanel.html' };

  test.each([
    ['a page script posing as us', { id: 'abc', url: 'https://evil.example/', tab: { id: 3 } }, 'forbidden'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'forbidden'],
    ['no sender id', { url: 'chrome-extension://abc/sidepanel.html' }, 'forbidden'],
  ])('refuses %s', async (_name, sender, code) => {
    const answer = await route(envelope('notes/scroll-to', { id: ID }), sender);
    expect(answer).toMatchObject({ ok: false, error: { code } });
  });

  test('answers our panel, refuses bad payloads and unknown types, and reports handler failures', async () => {
    expect(await route(envelope('notes/scroll-to', { id: ID }), panel)).toEqual({ ok: true, value: { found: true } });
    expect(calls).toEqual([ID]);
    expect(await route(envelope('notes/scroll-to', { id: 1 }), panel)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await route(envelope('tab/state', {}), panel)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await route(envelope('toString', {}), panel)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await route(envelope('page/selection', {}), panel)).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
