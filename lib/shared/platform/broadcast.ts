/**
 * Typed broadcasts between our own contexts (background, popup, side panel,
 * options): BroadcastChannel reaches every open extension page of this origin,
 * so every open view updates when something changes elsewhere.
 */
import type { TabState } from '../../core/tab-state';
import type { PendingAnnotation } from '../../core/notes/types';

export interface Broadcasts {
  'regiolens-tabs': { type: 'tab-state'; state: TabState };
  'regiolens-index': { type: 'index-changed'; version: number };
  /** A selection handed from the context menu / keyboard command to the side panel (lib/background/notes-feature.ts). */
  'regiolens-pending-annotation': PendingAnnotation;
}

export function broadcast<C extends keyof Broadcasts>(channel: C, message: Broadcasts[C]): void {
  const bc = new BroadcastChannel(channel);
  bc.postMessage(message);
  bc.close();
}

export function onBroadcast<C extends keyof Broadcasts>(channel: C, listener: (message: Broadcasts[C]) => void): () => void {
  const bc = new BroadcastChannel(channel);
  bc.onmessage = (event: MessageEvent<Broadcasts[C]>) => listener(event.data);
  return () => bc.close();
}
