/**
 * Publisher keys a build trusts by itself. Administrators replace them
 * through managed storage (`trustedPublisherKeys`): when the policy is set,
 * only the policy's keys are trusted. While a publisher rotates to a new key,
 * the policy (or PUBLISHER_KEYS) lists both old and new.
 *
 * A release build (`npm run build`, `npm run zip`) trusts only PUBLISHER_KEYS,
 * which is empty in this repository: until a publisher builds in its own key
 * (`npm run index:keygen`, then its .pub text below) or an administrator sets
 * one by policy, every update and every index file is refused, and the options
 * page says that updates are off. It must never trust a key whose private half
 * is public, and the demo key's is: tests/fixtures/keys/demo-regiolens-
 * publisher.key, in the repository, because this project has no secret store.
 * So the demo key is built in only when wxt.config.ts defines
 * `__REGIOLENS_TEST_KEYS__` as true (REGIOLENS_TEST_KEYS=1, set by npm test's
 * end-to-end build and npm start, written to .output/test-keys/; and `wxt` dev
 * mode). Elsewhere the constant is false or undefined (tools and tests run
 * outside a build), the branch below folds away and the key's text is not in
 * the bundle; tests/build/release-keys.test.ts greps the release builds for it.
 */
import { isPublicKeyText } from './signature';

/** Replaced by wxt.config.ts (Vite `define`); undefined where no build defines it. */
declare const __REGIOLENS_TEST_KEYS__: boolean | undefined;

/** The publisher's own public keys (base64 of 32 bytes, as in a .pub file), built into every build. */
export const PUBLISHER_KEYS: readonly string[] = [];

const TEST_KEYS_BUILD = typeof __REGIOLENS_TEST_KEYS__ !== 'undefined' && __REGIOLENS_TEST_KEYS__ === true;

export const DEFAULT_TRUSTED_PUBLISHER_KEYS: readonly string[] = TEST_KEYS_BUILD
  ? [
      ...PUBLISHER_KEYS,
      // "Regiolens publisher" (demo), generated 2026 with scripts/index-keygen.ts. NOT SECRET: test builds only.
      'uQjNaxmd1crxzqJ9X84uNp7F0PiVqiLyicB0OIgzBYc=',
    ]
  : PUBLISHER_KEYS;

/**
 * The keys to trust. Without a policy: the defaults. With one: only its
 * usable keys, without duplicates, and never the defaults, even when the
 * policy holds no usable key (then nothing is trusted and updates are refused:
 * a broken policy must fail closed, not fall back to the built-in keys).
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
