/** The extension's EntrySource: the background's active index, refreshed when it broadcasts a change. */
import { onBroadcast } from '../platform/broadcast';
import { sendToBackground } from '../platform/messaging';
import type { EntrySource } from '../views/entry-source';

export function createEntrySource(): EntrySource {
  return {
    async load() {
      return (await sendToBackground('index/active', {})).entries;
    },
    subscribe(listener) {
      return onBroadcast('regiolens-index', () => listener());
    },
  };
}
