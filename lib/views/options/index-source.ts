/**
 * The index actions of the options page, answered by the background (see
 * lib/shared/messages/index-messages.ts). Implemented in lib/views/options/index-source.ts.
 *
 *
 * The options page's index actions: messages to the background, which owns the
 * index. A chosen file travels as base64 of its exact bytes (runtime messages
 * are JSON), so the signature is checked over the bytes the user chose.
 */
import type { IndexStatus } from '../../core/index/store';
import type { IndexActionResult } from '../../shared/messages/index-messages';
import { encodeBase64 } from '../../core/index/base64';
import { events } from '../../shared/platform/events';
import { sendToBackground } from '../../shared/platform/messaging';

export interface OptionsIndex {
  status(): Promise<IndexStatus>;
  checkNow(): Promise<IndexActionResult>;
  rollback(): Promise<IndexActionResult>;
  reset(): Promise<IndexActionResult>;
  /** An index file and its detached signature (null when none was chosen: then refused as unsigned). */
  importFile(index: File, signature: File | null): Promise<IndexActionResult>;
  /** Calls back when the active index changed in any context. */
  subscribe(listener: () => void): () => void;
}

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
    subscribe: (listener) => events.on('index/changed', () => listener()),
  };
}
