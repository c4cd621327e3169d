/**
 * Publisher keys the extension trusts by default. Administrators replace them
 * through managed storage (`trustedPublisherKeys`): when the policy is set,
 * only the policy's keys are trusted, so an organisation's copies never accept
 * an index signed with the demo key. While a publisher rotates to a new key,
 * the policy lists both old and new.
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
 * The keys to trust. Without a policy: the defaults. With one: only its
 * usable keys, without duplicates, and never the defaults, even when the
 * policy holds no usable key (then nothing is trusted and updates are refused:
 * a broken policy must fail closed, not fall back to a public demo key).
 * Usable means base64 of 32 bytes that encode a point canonically and not one
 * of small order (`isPublicKeyText`): a small-order key would accept one fixed
 * signature on any file. The same rule holds for the built-in list, so a build
 * with a bad key in it trusts nothing rather than that key.
 * Refused values are returned so the background can log which value is wrong.
 */
export function trustedKeysFrom(managed: readonly unknown[] | undefined): { keys: string[]; rejected: string[] } {
  const keys = new Set<string>();
  const rejected: string[] = [];
  for (const value of managed ?? DEFAULT_TRUSTED_PUBLISHER_KEYS) {
    if (typeof value === 'string' && isPublicKeyText(value)) keys.add(value.trim());
    else rejected.push(String(value));
  }
  return { keys: [...keys], rejected };
}
