/**
 * The index actions of the options page, answered by the background (see
 * lib/messages/index-messages.ts). Implemented in lib/services/options-index.ts.
 */
import type { IndexStatus } from '../index/store';
import type { IndexActionResult } from '../messages/index-messages';

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
