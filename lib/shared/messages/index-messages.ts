/**
 * Messages about the active index (owned by the index feature). Views (options,
 * popup) send them; the background answers with handlers from
 * lib/background/index-handlers.ts. Every index that arrives through a message
 * passes the same checks as a network update.
 */
import * as v from 'valibot';
import { INDEX_MAX_BYTES } from '../../core/index/limits';
import type { IndexStatus } from '../../core/index/store';
import { defineMessage } from './define';
import type { IndexOutcome } from '../../core/index/outcomes';

/** What a state-changing index action answers: how it ended and the status afterwards. */
export interface IndexActionResult {
  outcome: IndexOutcome;
  status: IndexStatus;
}

const empty = v.strictObject({});

/** Base64 of at most INDEX_MAX_BYTES: runtime messages are JSON, so bytes travel as base64 to keep them exact. */
const base64Bytes = (maxBytes: number) =>
  v.pipe(v.string(), v.maxLength(Math.ceil(maxBytes / 3) * 4), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'));

export const IndexImportFileSchema = v.strictObject({
  /** The index file's exact bytes, base64. */
  indexBase64: base64Bytes(INDEX_MAX_BYTES),
  /** The text of the `.sig` file, or null when the user chose none (then it is refused as unsigned). */
  signature: v.nullable(v.pipe(v.string(), v.maxLength(4096))),
  fileName: v.nullable(v.pipe(v.string(), v.maxLength(255))),
});
export type IndexImportFileRequest = v.InferOutput<typeof IndexImportFileSchema>;

export const indexMessages = {
  /** Version, date, source and entry count of the active and previous index, and the last check with its outcome. */
  'index/status': defineMessage<IndexStatus>()('extension-page', empty),
  // No message hands a view the whole active index: views ask search/* for what they show.
  /** Runs an update check now (the options page's "check now"). */
  'index/check-now': defineMessage<IndexActionResult>()('extension-page', empty),
  /** Back to the previous index (outcome `no_previous` when there is none). */
  'index/rollback': defineMessage<IndexActionResult>()('extension-page', empty),
  /** Back to the index shipped with the extension. */
  'index/reset': defineMessage<IndexActionResult>()('extension-page', empty),
  /** Offline distribution: an index file and its signature chosen in the options page. */
  'index/import-file': defineMessage<IndexActionResult>()('extension-page', IndexImportFileSchema),
};
