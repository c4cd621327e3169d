/**
 * Weak Ed25519 keys (issue 11, item 7). A small-order public key A makes
 * [k]A vanish (cofactorless) or land in a tiny set, so one fixed signature
 * verifies every file: with the identity key, R = identity and S = 0 satisfy
 * [S]B = R + [k]A for any message. WebCrypto in Node (OpenSSL) accepts that
 * signature, so the extension must refuse such keys before they are trusted.
 */
import { describe, expect, test } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../../lib/core/index/base64';
import { checkIndexUpdate } from '../../../../lib/core/index/check-update';
import {
  formatSignatureFile,
  importPublicKey,
  isPublicKeyText,
  parseSignatureFile,
  verifyDetached,
} from '../../../../lib/core/index/signature';
import { DEFAULT_TRUSTED_PUBLISHER_KEYS, trustedKeysFrom } from '../../../../lib/core/index/trusted-keys';
import { indexBytes, makeIndex, textBytes } from '../../../fixtures/index/make-index';
import { signatureFor, TEST_KEY } from '../../../fixtures/index/keys';

const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const base64 = (text: string): string => encodeBase64(hex(text));

/**
 * The eight small-order points of edwards25519 in their canonical encoding,
 * and the six non-canonical encodings of the same points (y >= p, or x = 0
 * with the sign bit set); cf. C2SP/CCTV ed25519 ("eight plus six").
 */
const SMALL_ORDER_CANONICAL = [
  '0100000000000000000000000000000000000000000000000000000000000000', // identity (order 1)
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p-1 (order 2)
  '0000000000000000000000000000000000000000000000000000000000000000', // y = 0 (order 4)
  '0000000000000000000000000000000000000000000000000000000000000080', // y = 0, x negative (order 4)
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa', // order 8
];
const SMALL_ORDER_NON_CANONICAL = [
  '0100000000000000000000000000000000000000000000000000000000000080', // identity, sign bit set
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', // y = p-1, sign bit set
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p (= 0)
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', // y = p (= 0), sign bit set
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p+1 (= 1)
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', // y = p+1 (= 1), sign bit set
];
const WEAK_KEYS = [...SMALL_ORDER_CANONICAL, ...SMALL_ORDER_NON_CANONICAL].map(base64);

/** y = p+2 (= 2 mod p): not small-order, but a second encoding of another point; refused too. */
const NON_CANONICAL_KEY = base64('efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');

const IDENTITY_KEY = base64(SMALL_ORDER_CANONICAL[0] ?? '');
/** R = identity, S = 0: "verifies" every message under the identity key. */
const UNIVERSAL_SIGNATURE = formatSignatureFile(hex(`${SMALL_ORDER_CANONICAL[0] ?? ''}${'00'.repeat(32)}`), null);

describe('weak Ed25519 public keys are never trusted', () => {
  test('one fixed signature and the identity key: refused for every file', async () => {
    for (const bytes of [indexBytes(makeIndex(2)), textBytes('anything at all')]) {
      const result = await checkIndexUpdate(bytes, UNIVERSAL_SIGNATURE, { trustedKeys: [IDENTITY_KEY], activeVersion: 1 });
      expect(result).toMatchObject({ ok: false, code: 'no_trusted_keys' });
    }
  });

  test('a weak key beside a good one is skipped, so the forged signature does not verify', async () => {
    const parsed = parseSignatureFile(UNIVERSAL_SIGNATURE);
    if (!parsed.ok) throw new Error(parsed.message);
    const verdict = await verifyDetached(textBytes('x'), parsed.value, [TEST_KEY.publicKey, ...WEAK_KEYS]);
    expect(verdict).toMatchObject({ ok: false, code: 'signature_invalid' });
  });

  test.each(WEAK_KEYS)('small-order key %s is not a public key', async (key) => {
    expect(isPublicKeyText(key)).toBe(false);
    expect(await importPublicKey(key)).toBeNull();
  });

  test('a non-canonical encoding (y >= p) is not a public key either', async () => {
    expect(isPublicKeyText(NON_CANONICAL_KEY)).toBe(false);
    expect(await importPublicKey(NON_CANONICAL_KEY)).toBeNull();
  });

  test('a managed policy listing weak keys trusts none of them and reports them', () => {
    expect(trustedKeysFrom([...WEAK_KEYS, TEST_KEY.publicKey])).toEqual({ keys: [TEST_KEY.publicKey], rejected: WEAK_KEYS });
    expect(trustedKeysFrom(WEAK_KEYS)).toEqual({ keys: [], rejected: WEAK_KEYS });
  });

  test('every built-in key is usable, and the built-in list is read under the same rule', () => {
    for (const key of DEFAULT_TRUSTED_PUBLISHER_KEYS) expect(isPublicKeyText(key), key).toBe(true);
    expect(trustedKeysFrom(undefined)).toEqual({ keys: [...DEFAULT_TRUSTED_PUBLISHER_KEYS], rejected: [] });
  });

  test('a real key still works', async () => {
    expect(isPublicKeyText(TEST_KEY.publicKey)).toBe(true);
    const bytes = indexBytes(makeIndex(2));
    const result = await checkIndexUpdate(bytes, await signatureFor(bytes), {
      trustedKeys: [TEST_KEY.publicKey],
      activeVersion: 1,
    });
    expect(result.ok).toBe(true);
  });

  test('a weak key as the signer hint makes the signature file invalid', () => {
    expect(parseSignatureFile(`${'A'.repeat(86)}==\n${IDENTITY_KEY}\n`)).toMatchObject({ ok: false });
  });
});

describe('signatures whose R is small-order are refused before WebCrypto runs', () => {
  test.each(WEAK_KEYS)('R = %s', async (r) => {
    const bytes = textBytes('x');
    const real = await signatureFor(bytes, TEST_KEY, false);
    const parsed = parseSignatureFile(real);
    if (!parsed.ok) throw new Error(parsed.message);
    const forged = new Uint8Array(parsed.value.signature);
    forged.set(decodeBase64(r) ?? [], 0);
    const verdict = await verifyDetached(bytes, { signature: forged, keyHint: null }, [TEST_KEY.publicKey]);
    expect(verdict).toMatchObject({ ok: false, code: 'signature_invalid' });
    if (!verdict.ok) expect(verdict.message).toMatch(/small-order|not canonical/);
  });
});
