import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { createClient, routerTransport } from '../../../../lib/shared/messages/client';
import { CHANNEL, MessageError, defineMessage } from '../../../../lib/shared/messages/define';
import { createRouter, type SenderInfo } from '../../../../lib/shared/messages/router';

const protocol = {
  'demo/echo': defineMessage<{ text: string }>()('extension-page', v.strictObject({ text: v.pipe(v.string(), v.maxLength(10)) })),
  'demo/report': defineMessage<null>()('content', v.strictObject({ n: v.number() })),
  'demo/fail': defineMessage<null>()('any', v.strictObject({})),
};
const trusted = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id' };
const route = createRouter(
  protocol,
  {
    'demo/echo': ({ text }) => ({ text: text.toUpperCase() }),
    'demo/report': () => null,
    'demo/fail': () => {
      throw new MessageError('unavailable', 'the index is not ready');
    },
  },
  trusted,
);

const PAGE: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const TAB: SenderInfo = { id: 'ext-id', url: 'https://www.vng.nl/a', tab: { id: 4 } };
const envelope = (type: string, payload: unknown) => ({ channel: CHANNEL, type, payload });

describe('router', () => {
  const CASES: Array<{ name: string; message: unknown; sender: SenderInfo; expected: unknown }> = [
    {
      name: 'answers a valid request',
      message: envelope('demo/echo', { text: 'hoi' }),
      sender: PAGE,
      expected: { ok: true, value: { text: 'HOI' } },
    },
    {
      name: 'refuses a payload that fails the schema',
      message: envelope('demo/echo', { text: 'x'.repeat(11) }),
      sender: PAGE,
      expected: { ok: false, error: { code: 'bad-request' } },
    },
    {
      name: 'refuses extra fields',
      message: envelope('demo/echo', { text: 'a', evil: 1 }),
      sender: PAGE,
      expected: { ok: false, error: { code: 'bad-request' } },
    },
    {
      name: 'refuses an unknown type',
      message: envelope('demo/nope', {}),
      sender: PAGE,
      expected: { ok: false, error: { code: 'unknown-type' } },
    },
    {
      name: 'refuses prototype keys as types',
      message: envelope('constructor', {}),
      sender: PAGE,
      expected: { ok: false, error: { code: 'unknown-type' } },
    },
    {
      name: 'refuses another extension',
      message: envelope('demo/echo', { text: 'a' }),
      sender: { ...PAGE, id: 'other' },
      expected: { ok: false, error: { code: 'forbidden' } },
    },
    {
      name: 'refuses a page-only message from a content script',
      message: envelope('demo/echo', { text: 'a' }),
      sender: TAB,
      expected: { ok: false, error: { code: 'forbidden' } },
    },
    {
      name: 'refuses a content-only message from a page',
      message: envelope('demo/report', { n: 1 }),
      sender: PAGE,
      expected: { ok: false, error: { code: 'forbidden' } },
    },
    {
      name: 'accepts a content message from a tab',
      message: envelope('demo/report', { n: 1 }),
      sender: TAB,
      expected: { ok: true, value: null },
    },
    {
      name: 'ignores messages outside our envelope',
      message: { type: 'demo/echo', payload: {} },
      sender: PAGE,
      expected: { ok: false, error: { code: 'bad-request' } },
    },
    {
      name: 'turns a handler error into a result',
      message: envelope('demo/fail', {}),
      sender: PAGE,
      expected: { ok: false, error: { code: 'unavailable', message: 'the index is not ready' } },
    },
  ];
  test.each(CASES)('$name', async ({ message, sender, expected }) => {
    expect(await route(message, sender)).toMatchObject(expected as object);
  });
});

describe('client', () => {
  test('unwraps answers and throws MessageError on refusals', async () => {
    const client = createClient<typeof protocol>((message) => route(message, PAGE));
    await expect(client.call('demo/echo', { text: 'ja' })).resolves.toEqual({ text: 'JA' });
    await expect(client.call('demo/fail', {})).rejects.toMatchObject({ name: 'MessageError', code: 'unavailable' });
  });

  test('says so when nobody answers', async () => {
    const client = createClient<typeof protocol>(async () => undefined);
    await expect(client.call('demo/echo', { text: 'ja' })).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('routerTransport', () => {
  test('a client reaches the real router in this context, checked as that sender', async () => {
    const page = createClient<typeof protocol>(routerTransport(route, PAGE));
    await expect(page.call('demo/echo', { text: 'ja' })).resolves.toEqual({ text: 'JA' });
    await expect(page.call('demo/report', { n: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    const tab = createClient<typeof protocol>(routerTransport(route, TAB));
    await expect(tab.call('demo/report', { n: 1 })).resolves.toBeNull();
  });

  test('requests cross as JSON, as runtime messaging carries them', async () => {
    const seen: unknown[] = [];
    const echo = createRouter(
      { 'demo/any': defineMessage<unknown>()('extension-page', v.unknown()) },
      { 'demo/any': (payload) => (seen.push(payload), payload) },
      trusted,
    );
    const client = createClient<{ 'demo/any': ReturnType<ReturnType<typeof defineMessage<unknown>>> }>(
      routerTransport(echo, PAGE),
    );
    const sent = { bytes: new Uint8Array([1, 2]), when: new Date(0), gone: undefined };
    const answer = await client.call('demo/any', sent);
    expect(seen[0]).toEqual({ bytes: { 0: 1, 1: 2 }, when: '1970-01-01T00:00:00.000Z' });
    expect(seen[0]).not.toBe(sent);
    expect(answer).toEqual(seen[0]);
    expect(answer).not.toBe(seen[0]);
  });
});
