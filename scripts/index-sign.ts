/**
 * `npm run index:sign -- INDEX --key KEY [--out SIG]`
 * Writes INDEX.sig: a detached Ed25519 signature over the exact bytes of INDEX
 * (base64), followed by the signer's public key as a hint (see lib/core/index/signature.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatSignatureFile, publicKeyOf, signBytes } from '../lib/core/index/signature';
import { parseArgs, runTool, single, UsageError } from './lib/index-args';
import { readPrivateKeyFile } from './lib/index-keys';

const USAGE = 'npm run index:sign -- INDEX --key KEY [--out SIG]';

runTool('index-sign', USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['key', 'out'], []);
  const [index, ...rest] = args.positional;
  const keyFile = single(args, 'key');
  if (index === undefined || rest.length > 0) throw new UsageError('give exactly one INDEX file');
  if (keyFile === undefined) throw new UsageError('--key KEY (the private key file) is required');
  const privateKey = readPrivateKeyFile(keyFile);
  const bytes = readFileSync(index);
  const signature = await signBytes(privateKey, bytes);
  const out = single(args, 'out') ?? `${index}.sig`;
  writeFileSync(out, formatSignatureFile(signature, await publicKeyOf(privateKey)));
  process.stdout.write(`signed ${index} (${bytes.byteLength} bytes) → ${out}\n`);
  return 0;
});
