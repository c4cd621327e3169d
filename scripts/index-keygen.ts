/**
 * `npm run index:keygen -- [--out FILE] [--force]`
 * Creates a publisher key pair: FILE (private, PEM PKCS#8; keep it secret) and
 * FILE.pub (public, base64; ships in the extension or goes into managed
 * storage). Refuses to overwrite an existing key unless --force is given,
 * because a lost key means re-signing and redistributing trust.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateKeyPair } from '../lib/core/index/signature';
import { parseArgs, runTool, single } from './lib/index-args';
import { privateKeyToPem } from './lib/index-keys';

const USAGE = 'npm run index:keygen -- [--out FILE] [--comment TEXT] [--force]';

runTool('index-keygen', USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['out', 'comment'], ['force']);
  const out = single(args, 'out') ?? 'regiolens-publisher.key';
  const pubOut = `${out}.pub`;
  for (const file of [out, pubOut]) {
    if (existsSync(file) && !args.flags.has('force')) {
      process.stderr.write(`index-keygen: ${file} already exists; refusing to overwrite a key (use --force to replace it)\n`);
      return 1;
    }
  }
  const pair = await generateKeyPair();
  const comment = single(args, 'comment') ?? 'Regiolens index publisher private key (Ed25519, PKCS#8). Keep it secret.';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, privateKeyToPem(pair.privateKeyPkcs8, comment), { mode: 0o600 });
  writeFileSync(pubOut, `${pair.publicKey}\n`);
  process.stdout.write(`private key: ${out}\npublic key:  ${pubOut}\n${pair.publicKey}\n`);
  return 0;
});
