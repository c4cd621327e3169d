/**
 * Detached Ed25519 signatures over the exact bytes of an index file, checked
 * with WebCrypto (Node 22, Chrome 137+ and Firefox 129+ implement Ed25519; the
 * manifest declares those minimums, checked in tests/build/manifests.test.ts).
 *
 * Signature file (`<index>.sig`), UTF-8 text:
 *   line 1: the 64-byte signature, standard base64
 *   line 2 (optional): the signer's 32-byte public key, base64 — a hint only,
 *           never trusted by itself; it lets a refusal say "signed by a key this
 *           extension does not trust" instead of just "invalid".
 * Keys are raw 32-byte Ed25519 public keys in base64, the form administrators
 * paste into managed storage. Every key is read through `decodePublicKey`,
 * which refuses small-order and non-canonical encodings (ed25519-points.ts):
 * with such a key one fixed signature would verify any file.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { pointProblem, POINT_BYTES } from './ed25519-points';

const ED25519 = { name: 'Ed25519' } as const;
export const SIGNATURE_BYTES = 64;
export const PUBLIC_KEY_BYTES = POINT_BYTES;

export interface SignatureFile {
  signature: Uint8Array<ArrayBuffer>;
  /** The key the signer claims to have used (unverified hint), base64. */
  keyHint: string | null;
}

export type SignatureFileParse = { ok: true; value: SignatureFile } | { ok: false; message: string };

/** Parses the text of a `.sig` file. */
export function parseSignatureFile(content: string | Uint8Array): SignatureFileParse {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { ok: false, message: 'the signature file is empty' };
  if (lines.length > 2) return { ok: false, message: 'the signature file has more than two lines' };
  const signature = decodeBase64(lines[0] ?? '');
  if (!signature || signature.length !== SIGNATURE_BYTES) {
    return { ok: false, message: `the signature is not ${SIGNATURE_BYTES} bytes of base64` };
  }
  const hint = lines[1] ?? null;
  if (hint !== null && !isPublicKeyText(hint)) return { ok: false, message: 'the second line is not a base64 public key' };
  return { ok: true, value: { signature, keyHint: hint } };
}

export function formatSignatureFile(signature: Uint8Array, publicKey: string | null): string {
  return publicKey === null ? `${encodeBase64(signature)}\n` : `${encodeBase64(signature)}\n${publicKey}\n`;
}

/**
 * The raw bytes of a base64 Ed25519 public key, or null when the text is not
 * one that may be trusted: not base64, not 32 bytes, a small-order point or a
 * non-canonical encoding. Every place that reads a trusted key goes through here.
 */
export function decodePublicKey(text: string): Uint8Array<ArrayBuffer> | null {
  const raw = decodeBase64(text.trim());
  return raw !== null && pointProblem(raw) === null ? raw : null;
}

/** True when the text is a usable base64 raw Ed25519 public key (see `decodePublicKey`). */
export function isPublicKeyText(text: string): boolean {
  return decodePublicKey(text) !== null;
}

export async function importPublicKey(base64: string): Promise<CryptoKey | null> {
  const raw = decodePublicKey(base64);
  if (!raw) return null;
  try {
    return await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  } catch (error) {
    // A 32-byte string that is not a point on the curve: treat like any other unusable key.
    void error;
    return null;
  }
}

function exactBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export async function verifyWithKey(key: CryptoKey, signature: Uint8Array, bytes: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify(ED25519, key, exactBytes(signature), exactBytes(bytes));
}

export type SignatureVerdict =
  | { ok: true; signedBy: string }
  | { ok: false; code: 'signature_invalid' | 'signature_unknown_key' | 'no_trusted_keys'; message: string };

/**
 * Checks the signature against every trusted key (several may be trusted at
 * once while a publisher rotates keys). Unusable trusted keys are skipped.
 */
export async function verifyDetached(
  bytes: Uint8Array,
  signature: SignatureFile,
  trustedKeys: readonly string[],
): Promise<SignatureVerdict> {
  const normalised = [...new Set(trustedKeys.map((key) => key.trim()))];
  const usable: Array<{ text: string; key: CryptoKey }> = [];
  for (const text of normalised) {
    const key = await importPublicKey(text);
    if (key) usable.push({ text, key });
  }
  if (usable.length === 0)
    return { ok: false, code: 'no_trusted_keys', message: 'no usable trusted publisher key is configured' };
  // R is a point too: a small-order or non-canonical R is never produced by an honest signer.
  const rProblem = pointProblem(signature.signature.subarray(0, POINT_BYTES));
  if (rProblem !== null) {
    const what = rProblem === 'small_order' ? 'a small-order point' : 'not canonical';
    return { ok: false, code: 'signature_invalid', message: `the signature is refused: its R is ${what}` };
  }
  for (const { text, key } of usable) {
    if (await verifyWithKey(key, signature.signature, bytes)) return { ok: true, signedBy: text };
  }
  const hint = signature.keyHint;
  if (hint !== null && !normalised.includes(hint)) {
    const hintKey = await importPublicKey(hint);
    if (hintKey && (await verifyWithKey(hintKey, signature.signature, bytes))) {
      return { ok: false, code: 'signature_unknown_key', message: `signed by key ${hint}, which is not a trusted publisher key` };
    }
  }
  return { ok: false, code: 'signature_invalid', message: 'the signature does not match the file for any trusted publisher key' };
}

/** Signs bytes with a PKCS#8 Ed25519 private key (publisher side: scripts and tests). */
export async function signBytes(privateKeyPkcs8: Uint8Array, bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('pkcs8', exactBytes(privateKeyPkcs8), ED25519, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign(ED25519, key, exactBytes(bytes)));
}

export interface GeneratedKeyPair {
  /** PKCS#8 DER of the private key. */
  privateKeyPkcs8: Uint8Array<ArrayBuffer>;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
}

export async function generateKeyPair(): Promise<GeneratedKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateKeyPkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = encodeBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { privateKeyPkcs8, publicKey };
}

/** The public key belonging to a PKCS#8 private key (via its JWK form, which carries `x`). */
export async function publicKeyOf(privateKeyPkcs8: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', exactBytes(privateKeyPkcs8), ED25519, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (typeof jwk.x !== 'string') throw new Error('the private key does not carry its public part');
  const base64 = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
  return base64 + '='.repeat((4 - (base64.length % 4)) % 4);
}
