import { describe, expect, test } from 'vitest';
import { decodeBase64 } from '../../../../lib/core/index/base64';
import { isCanonicalPoint, isSmallOrderPoint, pointProblem } from '../../../../lib/core/index/ed25519-points';
import { generateKeyPair } from '../../../../lib/core/index/signature';
import { DEMO_KEY, TEST_KEY, UNTRUSTED_KEY } from '../../../fixtures/index/keys';

const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
/** y = p + k (k = 0…18) little-endian, sign bit clear: the non-canonical encodings of 0…18. */
const pPlus = (k: number): Uint8Array => {
  const bytes = hex(`${'ff'.repeat(31)}7f`);
  bytes[0] = 0xed + k;
  return bytes;
};

describe('edwards25519 point encodings', () => {
  test('real public keys (fixtures and freshly generated) have no problem', async () => {
    const generated = await Promise.all(Array.from({ length: 20 }, () => generateKeyPair()));
    for (const key of [
      DEMO_KEY.publicKey,
      TEST_KEY.publicKey,
      UNTRUSTED_KEY.publicKey,
      ...generated.map((pair) => pair.publicKey),
    ]) {
      expect(pointProblem(decodeBase64(key) ?? new Uint8Array()), key).toBeNull();
    }
  });

  test('wrong lengths', () => {
    expect(pointProblem(new Uint8Array(31))).toBe('length');
    expect(pointProblem(new Uint8Array(33))).toBe('length');
    expect(isCanonicalPoint(new Uint8Array(0))).toBe(false);
    expect(isSmallOrderPoint(new Uint8Array(0))).toBe(false);
  });

  test('y from p to p+18 is never canonical; p and p+1 are also small-order', () => {
    for (let k = 0; k <= 18; k++) {
      const point = pPlus(k);
      expect(isCanonicalPoint(point), `p+${k}`).toBe(false);
      expect(pointProblem(point), `p+${k}`).toBe(k <= 1 ? 'small_order' : 'non_canonical');
      point[31] = 0xff; // sign bit set
      expect(isCanonicalPoint(point), `p+${k}, sign`).toBe(false);
    }
  });

  test('the sign bit is refused only where x = 0 (y = 1 and y = p-1)', () => {
    expect(isCanonicalPoint(hex(`01${'00'.repeat(30)}80`))).toBe(false);
    expect(isCanonicalPoint(hex(`ec${'ff'.repeat(30)}ff`))).toBe(false);
    expect(isCanonicalPoint(hex(`00${'00'.repeat(30)}80`))).toBe(true); // y = 0, x = -sqrt(-1): canonical, but order 4
    expect(isCanonicalPoint(hex(`eb${'ff'.repeat(30)}ff`))).toBe(true); // y = p-2 with sign: canonical
  });

  test('p-1 is the largest canonical y', () => {
    expect(isCanonicalPoint(hex(`ec${'ff'.repeat(30)}7f`))).toBe(true);
    expect(isCanonicalPoint(hex(`ed${'ff'.repeat(30)}7f`))).toBe(false);
  });
});
