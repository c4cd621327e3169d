/**
 * The one gate every index passes before it becomes active: an update from the
 * network, a file the user loads, and `npm run index:check` all call
 * `checkIndexUpdate`, so the tool refuses exactly what the extension refuses.
 *
 * Order: size, signature (over the exact bytes, before the content is even
 * parsed), JSON, schema (with the version's upper bound), unique ids, version.
 */
import { INDEX_MAX_BYTES } from './limits';
import type { IndexProblem } from './problems';
import type { IndexFile } from './schema';
import { parseSignatureFile, verifyDetached } from './signature';
import { parseIndexBytes } from './validate';

export const INDEX_REFUSAL_CODES = [
  'too_large',
  'signature_missing',
  'signature_invalid',
  'signature_unknown_key',
  'no_trusted_keys',
  'malformed_json',
  'schema_invalid',
  'duplicate_ids',
  'version_too_high',
  'not_newer',
] as const;
export type IndexRefusalCode = (typeof INDEX_REFUSAL_CODES)[number];

export interface IndexRefusal {
  ok: false;
  code: IndexRefusalCode;
  /** English, for tools and logs; views show the localised `index_outcome_<code>` instead. */
  message: string;
  /** Every schema or id problem, when the code is `schema_invalid`, `duplicate_ids` or `version_too_high`. */
  problems: IndexProblem[];
}

export interface IndexAccepted {
  ok: true;
  index: IndexFile;
  /** The trusted key that verified the signature; null when the signature was not checked. */
  signedBy: string | null;
  byteLength: number;
}

export type IndexCheckResult = IndexAccepted | IndexRefusal;

export interface IndexCheckOptions {
  /** Base64 raw Ed25519 public keys; any one of them may have signed. */
  trustedKeys: readonly string[];
  /** Version an update must exceed; null when there is nothing to compare with. */
  activeVersion: number | null;
  maxBytes?: number;
  /**
   * The extension always requires a signature. Only `index:check` without
   * `--sig` turns this off, to check an unsigned build; it says so loudly.
   */
  requireSignature?: boolean;
}

function refuse(code: IndexRefusalCode, message: string, problems: IndexProblem[] = []): IndexRefusal {
  return { ok: false, code, message, problems };
}

export async function checkIndexUpdate(
  bytes: Uint8Array,
  signature: string | Uint8Array | null,
  options: IndexCheckOptions,
): Promise<IndexCheckResult> {
  const maxBytes = options.maxBytes ?? INDEX_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return refuse('too_large', `the index is ${bytes.byteLength} bytes; at most ${maxBytes} are accepted`);
  }
  let signedBy: string | null = null;
  if (options.requireSignature !== false || signature !== null) {
    if (signature === null || signature.length === 0)
      return refuse('signature_missing', 'no signature was supplied for the index');
    const parsed = parseSignatureFile(signature);
    if (!parsed.ok) return refuse('signature_invalid', parsed.message);
    const verdict = await verifyDetached(bytes, parsed.value, options.trustedKeys);
    if (!verdict.ok) return refuse(verdict.code, verdict.message);
    signedBy = verdict.signedBy;
  }
  const parsed = parseIndexBytes(bytes);
  if (!parsed.ok) return refuse(parsed.code, parsed.message, 'problems' in parsed ? parsed.problems : []);
  const { version } = parsed.index;
  if (options.activeVersion !== null && version <= options.activeVersion) {
    return refuse('not_newer', `the index has version ${version}; only a version above ${options.activeVersion} is accepted`);
  }
  return { ok: true, index: parsed.index, signedBy, byteLength: bytes.byteLength };
}
