/**
 * Every event that crosses contexts, declared once. Messages (protocol.ts) are
 * questions one receiver answers; events are news for whoever listens, with no
 * answer and no receiver that must be awake. Each event names its payload, who
 * publishes it and how it travels, so a view subscribes by name and gets the
 * payload typed, whatever carries it underneath.
 *
 * Two kinds. Published events travel over a BroadcastChannel per event (it
 * reaches every open page and the worker of our origin, and nothing else).
 * Stored events are the news of a write to storage: the write is the
 * publication (storage.onChanged also wakes a stopped service worker, which a
 * BroadcastChannel does not), so they cannot be published through the bus.
 */
import type { PendingAnnotation } from '../../core/notes/types';
import type { Settings } from '../../core/settings/schema';
import type { TabState } from '../../core/tab-state';

export interface Events {
  /** The background recognised a tab, or forgot it on a new load (lib/background): views following that tab update. */
  'tab/state': TabState;
  /** Another index became active: an update, rollback, reset or import (lib/background): views and the omnibox reload it. */
  'index/changed': { version: number };
  /** A selection handed from the context menu or keyboard command (lib/background) to the side panel. */
  'notes/pending-annotation': PendingAnnotation;
  /** Notes were written in some view: posted by the notes store (lib/shared/stores/notes-db.ts) after each committed write. */
  'notes/changed': { type: 'changed'; ids: string[] };
  /** The user's settings changed (the settings store announces every committed write). */
  'settings/changed': Settings;
}

export type EventName = keyof Events;
/** Events announced by a write to storage, never published through the bus. */
export type StoredEvent = 'settings/changed';
export type PublishedEvent = Exclude<EventName, StoredEvent>;

/**
 * One BroadcastChannel per published event. `regiolens-notes` is also the channel the notes
 * store posts on by itself (NOTES_CHANNEL), in this payload shape; a unit test keeps the two in step.
 */
export const EVENT_CHANNELS: Readonly<Record<PublishedEvent, string>> = {
  'tab/state': 'regiolens-tabs',
  'index/changed': 'regiolens-index',
  'notes/pending-annotation': 'regiolens-pending-annotation',
  'notes/changed': 'regiolens-notes',
};

/** How events travel in one environment: BroadcastChannels and storage in the extension, memory in tests. */
export interface EventTransport {
  post(name: EventName, payload: unknown): void;
  listen(name: EventName, listener: (data: unknown) => void): () => void;
}

export interface EventSubscriber {
  /** Calls back with each payload of the event until the returned function is called. */
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
}

export interface EventBus extends EventSubscriber {
  publish<E extends PublishedEvent>(name: E, payload: Events[E]): void;
}

/**
 * What arrived, if it can be the event's payload; null otherwise. Only our own origin can post on
 * these channels, so this guards against our own mistakes (an old build's shape), not strangers.
 */
function readPayload<E extends EventName>(name: E, data: unknown): Events[E] | null {
  if (typeof data !== 'object' || data === null) return null;
  if (name === 'notes/changed') {
    const change = data as Partial<Events['notes/changed']>;
    if (change.type !== 'changed' || !Array.isArray(change.ids)) return null;
    return { type: 'changed', ids: change.ids.filter((id): id is string => typeof id === 'string') } as Events[E];
  }
  return data as Events[E];
}

export function createEventBus(transport: EventTransport): EventBus {
  return {
    publish: (name, payload) => transport.post(name, payload),
    on(name, listener) {
      return transport.listen(name, (data) => {
        const payload = readPayload(name, data);
        if (payload !== null) listener(payload);
        else console.warn(`Regiolens: dropped a malformed "${name}" event`, data);
      });
    },
  };
}

/**
 * Published events over BroadcastChannel; stored events need a storage source (see
 * lib/shared/platform/events.ts). Tests name their own channels, so that test files running side by
 * side in one browser do not hear each other.
 */
export function broadcastTransport(channels: Partial<Record<PublishedEvent, string>> = {}): EventTransport {
  const channelOf = (name: EventName): string => {
    if (name === 'settings/changed') throw new Error(`"${name}" travels over storage, not a BroadcastChannel`);
    return channels[name] ?? EVENT_CHANNELS[name];
  };
  return {
    post(name, payload) {
      const channel = new BroadcastChannel(channelOf(name));
      channel.postMessage(payload);
      channel.close();
    },
    listen(name, listener) {
      const channel = new BroadcastChannel(channelOf(name));
      channel.onmessage = (event: MessageEvent<unknown>) => listener(event.data);
      return () => channel.close();
    },
  };
}

/**
 * Every event in memory, for tests that run several contexts in one page: delivered a task later
 * and as a structured clone, as a BroadcastChannel delivers, so no listener can rely on sharing
 * the publisher's object or on hearing it synchronously. Stored events can be posted here too
 * (a test's stand-in for the storage write).
 */
export function memoryTransport(): EventTransport {
  const listeners = new Map<EventName, Set<(data: unknown) => void>>();
  return {
    post(name, payload) {
      const copy = structuredClone(payload);
      setTimeout(() => {
        for (const listener of [...(listeners.get(name) ?? [])]) listener(copy);
      }, 0);
    },
    listen(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      // Each subscription is its own entry, like a BroadcastChannel object per subscriber.
      const own = (data: unknown) => listener(data);
      set.add(own);
      return () => set.delete(own);
    },
  };
}
