/**
 * The `index/import-file` request for an index file and its signature chosen in
 * the options page. Runtime messages are JSON, so the file travels as base64 of
 * its exact bytes: the background checks the signature over the bytes the user chose.
 */
import { encodeBase64 } from '../../core/index/base64';
import type { IndexImportFileRequest } from '../../shared/messages/index-messages';

/** `signature` null when the user chose none: the background then refuses the file as unsigned. */
export async function indexImportRequest(index: File, signature: File | null): Promise<IndexImportFileRequest> {
  const bytes = new Uint8Array(await index.arrayBuffer());
  return {
    indexBase64: encodeBase64(bytes),
    signature: signature === null ? null : await signature.text(),
    fileName: index.name.slice(0, 255) || null,
  };
}
