/**
 * Checks on encoded edwards25519 points (public keys, and R in signatures)
 * that WebCrypto does not make everywhere: Node's OpenSSL, for one, accepts
 * the identity as a public key, and then the signature R = identity, S = 0
 * verifies every file. So a key is usable only when it is 32 bytes, a
 * canonical encoding, and not one of the eight points of small order.
 *
 * Encoding (RFC 8032, 5.1.2): 32 bytes little-endian; the low 255 bits are y,
 * the top bit is the sign of x. Canonical means y < p (p = 2^255 - 19) and no
 * sign bit on a point whose x is 0 (y = 1 or y = p - 1).
 *
 * The small-order points (the 8-torsion) have y in {1, p-1, 0, Y8, p-Y8}: the
 * identity, the point of order 2, the two of order 4 (y = 0) and the four of
 * order 8. With both sign bits and y + p for y in {0, 1} that is 8 canonical
 * encodings plus 6 non-canonical ones (the list libsodium, Go's edwards25519
 * tests and C2SP's CCTV vectors use). Comparing y with the sign bit masked
 * covers all 14.
 *
 * Not checked: mixed-order keys (a real key plus a small-order component).
 * Rejecting them needs a scalar multiplication; they do not allow universal
 * forgeries, and a publisher key is configured by the publisher, not the
 * attacker. Only the attacker-chosen-key case (a key that verifies everything)
 * matters here, and that is what the list below refuses.
 */

export const POINT_BYTES = 32;

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** y of the small-order points (sign bit clear), including p and p+1, which encode 0 and 1. */
const SMALL_ORDER_Y: readonly Uint8Array[] = [
  '0000000000000000000000000000000000000000000000000000000000000000', // 0 (order 4)
  '0100000000000000000000000000000000000000000000000000000000000000', // 1, the identity (order 1)
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p - 1 (order 2)
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p (= 0), non-canonical
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p + 1 (= 1), non-canonical
].map(fromHex);

/** y with the sign bit cleared. */
function yOf(point: Uint8Array): Uint8Array {
  const y = new Uint8Array(point);
  y[POINT_BYTES - 1] = (y[POINT_BYTES - 1] ?? 0) & 0x7f;
  return y;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** True when y >= p = 2^255 - 19, i.e. y is 0x7f ff … ff followed by a low byte of at least 0xed. */
function yAtLeastP(y: Uint8Array): boolean {
  if (y[POINT_BYTES - 1] !== 0x7f) return false;
  for (let i = 1; i < POINT_BYTES - 1; i++) if (y[i] !== 0xff) return false;
  return (y[0] ?? 0) >= 0xed;
}

const ONE = SMALL_ORDER_Y[1] ?? new Uint8Array(POINT_BYTES);
const P_MINUS_ONE = SMALL_ORDER_Y[4] ?? new Uint8Array(POINT_BYTES);

/** True when the 32 bytes are the one encoding of their point (RFC 8032 decoding would not reduce anything). */
export function isCanonicalPoint(point: Uint8Array): boolean {
  if (point.length !== POINT_BYTES) return false;
  const y = yOf(point);
  if (yAtLeastP(y)) return false;
  const signBit = ((point[POINT_BYTES - 1] ?? 0) & 0x80) !== 0;
  return !(signBit && (sameBytes(y, ONE) || sameBytes(y, P_MINUS_ONE)));
}

/** True when the 32 bytes encode (canonically or not) one of the eight points of order 1, 2, 4 or 8. */
export function isSmallOrderPoint(point: Uint8Array): boolean {
  if (point.length !== POINT_BYTES) return false;
  const y = yOf(point);
  return SMALL_ORDER_Y.some((weak) => sameBytes(y, weak));
}

export type PointProblem = 'length' | 'non_canonical' | 'small_order';

/** Why the bytes cannot be a trusted public key (or a signature's R); null when they can. */
export function pointProblem(point: Uint8Array): PointProblem | null {
  if (point.length !== POINT_BYTES) return 'length';
  if (isSmallOrderPoint(point)) return 'small_order';
  if (!isCanonicalPoint(point)) return 'non_canonical';
  return null;
}
