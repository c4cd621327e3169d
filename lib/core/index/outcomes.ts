/**
 * Every way an index check can end, as codes. The options page shows
 * `index_outcome_<code>` from the locale files (Dutch and English); the status
 * record stores the code, so the message follows the user's language.
 */
import type { MessageKey } from '../i18n/keys';
import { INDEX_REFUSAL_CODES } from './check-update';
import type { IndexProblem } from './problems';

export const INDEX_OUTCOME_CODES = [
  // success
  'updated',
  'imported',
  'not_modified',
  'rolled_back',
  'reset_to_bundled',
  // nothing to do
  'no_previous',
  // refused by the checks every index passes (see check-update.ts)
  ...INDEX_REFUSAL_CODES,
  // refused by the network policy or failed on the way
  'no_source',
  'invalid_url',
  'insecure_url',
  'insecure_redirect',
  'too_many_redirects',
  'not_found',
  'http_error',
  'wrong_content_type',
  'timeout',
  'network_error',
  'store_failed',
] as const;
export type IndexOutcomeCode = (typeof INDEX_OUTCOME_CODES)[number];

export const SUCCESS_OUTCOMES: ReadonlySet<IndexOutcomeCode> = new Set([
  'updated',
  'imported',
  'not_modified',
  'rolled_back',
  'reset_to_bundled',
]);

export type IndexOutcomeMessageKey = `index_outcome_${IndexOutcomeCode}`;

// Fails to compile when a locale key for an outcome is missing from locales/nl/index.json.
const everyOutcomeHasText: IndexOutcomeMessageKey extends MessageKey ? true : false = true;
void everyOutcomeHasText;

export function outcomeMessageKey(code: IndexOutcomeCode): IndexOutcomeMessageKey {
  return `index_outcome_${code}`;
}

export interface IndexOutcome {
  ok: boolean;
  code: IndexOutcomeCode;
  /** Locale key of the human message (nl/en), e.g. `index_outcome_signature_invalid`. */
  messageKey: IndexOutcomeMessageKey;
  /** English technical detail for the options page's "details" and for logs. */
  detail: string;
  /** Version of the index that was checked, when it could be read. */
  version: number | null;
  problems: IndexProblem[];
}
