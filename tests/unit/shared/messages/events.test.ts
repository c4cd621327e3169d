/**
 * The event bus over its two transports: what is published reaches every
 * subscriber of that event (and only that event), as a copy and a task later;
 * a stopped subscription hears nothing more; what cannot be the payload is dropped.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  broadcastTransport,
  createEventBus,
  EVENT_CHANNELS,
  memoryTransport,
  type EventTransport,
} from '../../../../lib/shared/messages/events';
import type { TabState } from '../../../../lib/core/tab-state';

const STATE: TabState = { tabId: 3, status: 'analysed', url: 'https://www.vng.nl/a' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.restoreAllMocks());

describe.each([
  ['memory', memoryTransport],
  ['BroadcastChannel', broadcastTransport],
] satisfies Array<[string, () => EventTransport]>)('the bus over %s', (_name, transport) => {
  test('every subscriber of the event gets a copy, a task later; other events hear nothing', async () => {
    const bus = createEventBus(transport());
    const first: TabState[] = [];
    const second: TabState[] = [];
    const index: unknown[] = [];
    const stops = [
      bus.on('tab/state', (state) => first.push(state)),
      bus.on('tab/state', (state) => second.push(state)),
      bus.on('index/changed', (change) => index.push(change)),
    ];
    bus.publish('tab/state', STATE);
    expect(first).toEqual([]);
    await vi.waitFor(() => expect(second).toEqual([STATE]));
    expect(first).toEqual([STATE]);
    expect(first[0]).not.toBe(STATE);
    expect(index).toEqual([]);
    stops.forEach((stop) => stop());
  });

  test('a stopped subscription hears nothing more', async () => {
    const bus = createEventBus(transport());
    const heard: unknown[] = [];
    const stop = bus.on('index/changed', (change) => heard.push(change));
    bus.publish('index/changed', { version: 2 });
    await vi.waitFor(() => expect(heard).toEqual([{ version: 2 }]));
    stop();
    bus.publish('index/changed', { version: 3 });
    await settle();
    expect(heard).toEqual([{ version: 2 }]);
  });

  test('notes changes keep only string ids; what cannot be a payload is dropped', async () => {
    const raw = transport();
    const bus = createEventBus(raw);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const heard: unknown[] = [];
    const stop = bus.on('notes/changed', (change) => heard.push(change));
    raw.post('notes/changed', 'not an object');
    raw.post('notes/changed', { type: 'other', ids: [] });
    raw.post('notes/changed', { type: 'changed', ids: ['a', 7, 'b'] });
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'changed', ids: ['a', 'b'] }]));
    expect(warn).toHaveBeenCalledTimes(2);
    stop();
  });
});

test('a published event travels on its own channel, in the payload shape the declaration names', async () => {
  const raw = new BroadcastChannel(EVENT_CHANNELS['tab/state']);
  const heard = new Promise((resolve) => (raw.onmessage = (event: MessageEvent<unknown>) => resolve(event.data)));
  createEventBus(broadcastTransport()).publish('tab/state', STATE);
  expect(await heard).toEqual(STATE);
  raw.close();
});

test('a stored event cannot travel over a BroadcastChannel', () => {
  expect(() => broadcastTransport().listen('settings/changed', () => undefined)).toThrow(/storage/);
});
