/**
 * Publisher keys the extension trusts by default. Administrators can add keys
 * through managed storage (`trustedPublisherKeys`), e.g. while a publisher
 * rotates to a new key both old and new are trusted.
 *
 * DEMO KEY: the matching private key is in tests/fixtures/keys/
 * demo-regiolens-publisher.key, in the repository, because this project has no
 * secret store. It is not secret; a real deployment generates its own key pair
 * (`npm run index:keygen`) and replaces the key below.
 */
import { isPublicKeyText } from './signature';

export const DEFAULT_TRUSTED_PUBLISHER_KEYS: readonly string[] = [
  // "Regiolens publisher" (demo), generated 2026 with scripts/index-keygen.ts.
  'uQjNaxmd1crxzqJ9X84uNp7F0PiVqiLyicB0OIgzBYc=',
];

/**
 * The keys to trust: the defaults plus the well-formed administrator keys,
 * without duplicates. Malformed keys are returned separately so the options
 * page can say which policy value is wrong.
 */
export function trustedKeysFrom(managed: readonly unknown[] | undefined): { keys: string[]; rejected: string[] } {
  const keys = new Set(DEFAULT_TRUSTED_PUBLISHER_KEYS);
  const rejected: string[] = [];
  for (const value of managed ?? []) {
    if (typeof value === 'string' && isPublicKeyText(value)) keys.add(value.trim());
    else rejected.push(String(value));
  }
  return { keys: [...keys], rejected };
}
