/**
 * Publisher key files for the index tools. The private key is PKCS#8 in PEM
 * (the form openssl reads and writes, so a publisher can use either); the
 * public key is the raw 32-byte key in base64 on one line — the form the
 * extension trusts and administrators paste into managed storage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeBase64, encodeBase64 } from '../../lib/core/index/base64';
import { isPublicKeyText } from '../../lib/core/index/signature';

const PEM_LABEL = 'PRIVATE KEY';

export function privateKeyToPem(pkcs8: Uint8Array, comment: string | null): string {
  const body = encodeBase64(pkcs8).replace(/.{1,64}/g, '$&\n');
  const header =
    comment === null
      ? ''
      : `${comment
          .split('\n')
          .map((line) => `# ${line}`)
          .join('\n')}\n`;
  return `${header}-----BEGIN ${PEM_LABEL}-----\n${body}-----END ${PEM_LABEL}-----\n`;
}

/** Reads a PEM private key; `#` comment lines before it are allowed (our key files explain themselves). */
export function privateKeyFromPem(text: string, file: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${PEM_LABEL}-----([\\s\\S]*?)-----END ${PEM_LABEL}-----`).exec(text);
  const der = match ? decodeBase64((match[1] ?? '').replace(/\s+/g, '')) : null;
  if (!der) throw new Error(`${file}: not a PEM "${PEM_LABEL}" (PKCS#8) file`);
  return der;
}

export function readPrivateKeyFile(file: string): Uint8Array<ArrayBuffer> {
  if (!existsSync(file)) throw new Error(`${file}: no such key file`);
  return privateKeyFromPem(readFileSync(file, 'utf8'), file);
}

/** A public key given on the command line: the base64 key itself, or a file holding it (comment lines starting with # allowed). */
export function readPublicKeyArg(arg: string): string {
  if (isPublicKeyText(arg)) return arg.trim();
  if (!existsSync(arg)) throw new Error(`${arg}: neither a base64 Ed25519 public key nor an existing file`);
  const key = readFileSync(arg, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  if (key === undefined || !isPublicKeyText(key)) throw new Error(`${arg}: does not hold a base64 32-byte Ed25519 public key`);
  return key;
}

export { decodeBase64 };
