/**
 * `npm run index:check -- INDEX [--sig SIG] [--key PUBKEY]... [--active-version N] [--lexicon DIR]`
 * Runs exactly the checks the extension runs on an update (checkIndexUpdate:
 * size, signature, JSON, schema, unique ids, version) and exits 1 with the
 * reason when the extension would refuse INDEX. PUBKEY is a base64 public key
 * or a file holding one; without --key the extension's default trusted keys
 * are used. Without --sig the signature is not checked (and the extension
 * would refuse the file as unsigned; this is said in the output).
 *
 * It also checks the lexicon the extension bundles with the index, the
 * project's content/lexicon/ or DIR, and exits 1 when it has problems (listed
 * by file and concept), so a broken lexicon never passes as a checked release.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkIndexUpdate } from '../lib/core/index/check-update';
import { INDEX_MAX_BYTES } from '../lib/core/index/limits';
import { describeProblem } from '../lib/core/index/problems';
import { DEFAULT_TRUSTED_PUBLISHER_KEYS } from '../lib/core/index/trusted-keys';
import { parseArgs, runTool, single, UsageError } from './lib/index-args';
import { readPublicKeyArg } from './lib/index-keys';
import { formatLexiconProblem } from '../lib/core/recognise/lexicon-schema';
import { readLexicon } from './lib/lexicon-sources';

const USAGE = 'npm run index:check -- INDEX [--sig SIG] [--key PUBKEY]... [--active-version N] [--max-bytes N] [--lexicon DIR]';
/** The lexicon this checkout bundles, wherever the tool is run from. */
const PROJECT_LEXICON = fileURLToPath(new URL('../content/lexicon', import.meta.url));

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

runTool('index-check', USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['sig', 'key', 'active-version', 'max-bytes', 'lexicon'], []);
  const [index, ...rest] = args.positional;
  if (index === undefined || rest.length > 0) throw new UsageError('give exactly one INDEX file');
  if (!existsSync(index)) throw new UsageError(`${index}: no such file`);
  const sigFile = single(args, 'sig');
  if (sigFile !== undefined && !existsSync(sigFile)) throw new UsageError(`${sigFile}: no such signature file`);
  const keys = args.options.get('key')?.map(readPublicKeyArg) ?? [...DEFAULT_TRUSTED_PUBLISHER_KEYS];
  const activeVersion = wholeNumber(single(args, 'active-version'), 'active-version', 0);
  const maxBytes = wholeNumber(single(args, 'max-bytes'), 'max-bytes', INDEX_MAX_BYTES);
  const lexiconDir = single(args, 'lexicon') ?? relative(process.cwd(), PROJECT_LEXICON);
  if (!existsSync(lexiconDir)) throw new UsageError(`${lexiconDir}: no such lexicon folder`);

  const lexicon = readLexicon(lexiconDir);
  if (!lexicon.ok) {
    process.stderr.write(`index-check: the lexicon in ${lexiconDir}/ has ${lexicon.errors.length} problem(s):\n`);
    for (const problem of lexicon.errors) process.stderr.write(`  ${formatLexiconProblem(problem)}\n`);
  }

  const result = await checkIndexUpdate(readFileSync(index), sigFile === undefined ? null : readFileSync(sigFile), {
    trustedKeys: keys,
    activeVersion,
    maxBytes,
    requireSignature: sigFile !== undefined,
  });
  if (!result.ok) {
    process.stderr.write(`index-check: REFUSED (${result.code}): ${result.message}\n`);
    for (const problem of result.problems) process.stderr.write(`  ${describeProblem(problem)}\n`);
    return 1;
  }
  if (!lexicon.ok) {
    process.stderr.write(`index-check: the index passes, but the lexicon does not (see above)\n`);
    return 1;
  }
  const signature =
    result.signedBy === null
      ? 'signature NOT checked (no --sig; the extension refuses unsigned updates)'
      : `signed by ${result.signedBy}`;
  process.stdout.write(
    `index-check: OK: version ${result.index.version}, ${result.index.entries.length} entries, ${result.byteLength} bytes, ${signature}\n`,
  );
  process.stdout.write(
    `index-check: lexicon OK: ${lexicon.concepts.length} concepts in ${lexicon.files} files, ${lexicon.warnings.length} warning(s)${lexicon.warnings.length > 0 ? ' (npm run index:build lists them)' : ''}\n`,
  );
  return 0;
});
