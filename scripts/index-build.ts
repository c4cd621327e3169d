/**
 * `npm run index:build -- [--src DIR] [--out FILE] [--out-dir DIR] [--key KEY]`
 * Validates every source in DIR (default `content/`): the entries and, when
 * DIR has one, the lexicon folder `lexicon/` (which the extension bundles; it
 * is not part of the index). Lists ALL problems (file, field or concept, what)
 * and exits 1 when there are any, writing nothing; otherwise writes the
 * index canonically (same sources → byte-identical file) to FILE (default
 * `public/regiolens-index.json`). With --out-dir it also writes a folder ready
 * for static hosting: the index, its detached signature when --key is given,
 * and a README on serving it (content type, caching).
 *
 * No prebuilt fuse.js index is written: measured, building one at start costs
 * about 5 ms per 1,000 entries, while shipping it would roughly double the download.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serialiseIndexBytes } from '../lib/core/index/canonical';
import { formatSignatureFile, publicKeyOf, signBytes } from '../lib/core/index/signature';
import { parseArgs, runTool, single } from './lib/index-args';
import { readPrivateKeyFile } from './lib/index-keys';
import { formatSourceProblem, readSources } from './lib/index-sources';
import { hostingReadme, INDEX_FILE_NAME } from './lib/index-hosting';
import { formatLexiconProblem } from '../lib/core/recognise/lexicon-schema';
import { readLexicon } from './lib/lexicon-sources';

const USAGE = 'npm run index:build -- [--src DIR] [--out FILE] [--out-dir DIR] [--key PRIVATE_KEY]';

runTool('index-build', USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['src', 'out', 'out-dir', 'key'], []);
  const src = single(args, 'src') ?? 'content';
  const read = readSources(src);
  const lexiconDir = join(src, 'lexicon');
  const lexicon = existsSync(lexiconDir) ? readLexicon(lexiconDir) : null;
  for (const warning of lexicon?.warnings ?? []) process.stderr.write(`index-build: ${formatLexiconProblem(warning)}\n`);
  if (!read.ok || (lexicon !== null && !lexicon.ok)) {
    const problems = [
      ...(read.ok ? [] : read.problems.map(formatSourceProblem)),
      ...(lexicon?.errors ?? []).map(formatLexiconProblem),
    ];
    const lexiconFiles = lexicon === null ? '' : `, ${lexicon.files} lexicon file(s)`;
    process.stderr.write(
      `index-build: ${problems.length} problem(s) in ${src}/ (${read.files} entry file(s)${lexiconFiles}); nothing was written:\n`,
    );
    for (const problem of problems) process.stderr.write(`  ${problem}\n`);
    return 1;
  }
  const bytes = serialiseIndexBytes(read.index);
  const out = single(args, 'out') ?? join('public', INDEX_FILE_NAME);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  process.stdout.write(
    `index-build: ${read.index.entries.length} entries, version ${read.index.version}, ${bytes.byteLength} bytes → ${out}\n`,
  );
  process.stdout.write(
    lexicon === null
      ? `index-build: no lexicon folder in ${src}/; the lexicon was not checked\n`
      : `index-build: lexicon ${lexiconDir}/: ${lexicon.concepts.length} concepts in ${lexicon.files} files, ${lexicon.warnings.length} warning(s)\n`,
  );

  const outDir = single(args, 'out-dir');
  const keyFile = single(args, 'key');
  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true });
    const hosted = join(outDir, INDEX_FILE_NAME);
    writeFileSync(hosted, bytes);
    if (keyFile !== undefined) {
      const privateKey = readPrivateKeyFile(keyFile);
      writeFileSync(`${hosted}.sig`, formatSignatureFile(await signBytes(privateKey, bytes), await publicKeyOf(privateKey)));
    }
    writeFileSync(join(outDir, 'README.txt'), hostingReadme(read.index.version, keyFile !== undefined));
    process.stdout.write(
      `index-build: hosting folder ${outDir}/ (${keyFile !== undefined ? 'signed' : 'UNSIGNED: give --key to sign'})\n`,
    );
  } else if (keyFile !== undefined) {
    const privateKey = readPrivateKeyFile(keyFile);
    writeFileSync(`${out}.sig`, formatSignatureFile(await signBytes(privateKey, bytes), await publicKeyOf(privateKey)));
    process.stdout.write(`index-build: signature → ${out}.sig\n`);
  }
  return 0;
});
