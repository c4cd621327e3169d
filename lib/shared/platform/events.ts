/**
 * The extension's one event bus (declarations in lib/shared/messages/events.ts):
 * published events over BroadcastChannel, the settings event from the settings
 * store's own announcement of each committed change (lib/shared/platform/settings.ts;
 * the settings live in the extension's IndexedDB, out of content scripts' reach).
 * Every context (background, popup, side panel, options) publishes and
 * subscribes here, by event name.
 */
import { broadcastTransport, createEventBus, type EventBus, type EventTransport } from '../messages/events';
import { onStoredSettings } from './settings';

function extensionTransport(): EventTransport {
  const broadcast = broadcastTransport();
  return {
    post: (name, payload) => broadcast.post(name, payload),
    listen: (name, listener) => (name === 'settings/changed' ? onStoredSettings(listener) : broadcast.listen(name, listener)),
  };
}

export const events: EventBus = createEventBus(extensionTransport());
