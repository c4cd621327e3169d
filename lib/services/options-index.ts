/**
 * The options page's index actions: messages to the background, which owns the
 * index. A chosen file travels as base64 of its exact bytes (runtime messages
 * are JSON), so the signature is checked over the bytes the user chose.
 */
import { encodeBase64 } from '../index/base64';
import { onBroadcast } from '../platform/broadcast';
import { sendToBackground } from '../platform/messaging';
import type { OptionsIndex } from '../views/options-index';

export function createOptionsIndex(): OptionsIndex {
  return {
    status: () => sendToBackground('index/status', {}),
    checkNow: () => sendToBackground('index/check-now', {}),
    rollback: () => sendToBackground('index/rollback', {}),
    reset: () => sendToBackground('index/reset', {}),
    async importFile(index, signature) {
      const bytes = new Uint8Array(await index.arrayBuffer());
      return sendToBackground('index/import-file', {
        indexBase64: encodeBase64(bytes),
        signature: signature === null ? null : await signature.text(),
        fileName: index.name.slice(0, 255) || null,
      });
    },
    subscribe: (listener) => onBroadcast('regiolens-index', () => listener()),
  };
}
