/**
 * `npm run check:reproducible`: the store packages are reproducible, and the Firefox sources zip
 * (which addons.mozilla.org asks for) builds the same add-on.
 *
 * 1. The sources (git's tracked and unignored files, as they are in the work tree) are copied to
 *    two fresh folders under different paths, and each builds the store zips (`wxt zip`, for
 *    Chrome/Edge and for Firefox, with its sources zip). Every zip must be identical byte for byte:
 *    nothing of the time, the machine's paths or the order of the file system may leak in.
 * 2. The first copy's sources zip is unpacked into a third folder, which builds the Firefox zip
 *    again; it must be identical to the one the reviewers are sent.
 *
 * The copies use this checkout's node_modules (a symbolic link), which keeps the check to about a
 * minute; `--npm-ci` installs the packages in the sources-zip folder from its own package-lock.json
 * instead, as a reviewer does (slower, and needs the npm registry).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

const ROOT = new URL('../', import.meta.url).pathname;
const npmCi = process.argv.includes('--npm-ci');
const work = mkdtempSync(join(tmpdir(), 'regiolens-reproducible-'));
/** The build environment, without what makes a test-key build (zips refuse those). */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'REGIOLENS_TEST_KEYS'));

function sh(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

function sourceFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error('git ls-files failed: the check needs a git checkout.');
  // Only regular files: an untracked symbolic link to a folder (a shared .cache, say) is listed
  // by git as a file, and is no source of the build.
  return listed.stdout.split('\0').filter((file) => file !== '' && isRegularFile(join(ROOT, file)));
}

function isRegularFile(path: string): boolean {
  return existsSync(path) && lstatSync(path).isFile();
}

function prepare(folder: string, files: Array<{ path: string; bytes: () => Buffer }>, linkModules: boolean): void {
  for (const file of files) {
    const target = join(folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes());
  }
  if (linkModules) symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
}

function zipsIn(folder: string): Map<string, Buffer> {
  const output = join(folder, '.output');
  return new Map(
    readdirSync(output)
      .filter((name) => name.endsWith('.zip'))
      .map((name) => [name, readFileSync(join(output, name))]),
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The entries whose content differs between two zips, for a useful failure message. */
async function differingEntries(a: Buffer, b: Buffer): Promise<string[]> {
  const [left, right] = await Promise.all([JSZip.loadAsync(a), JSZip.loadAsync(b)]);
  const names = new Set([...Object.keys(left.files), ...Object.keys(right.files)]);
  const differing: string[] = [];
  for (const name of [...names].sort()) {
    const [x, y] = [left.file(name), right.file(name)];
    if (!x || !y) differing.push(`${name} (only in one)`);
    else if ((await x.async('nodebuffer')).compare(await y.async('nodebuffer')) !== 0) differing.push(name);
  }
  return differing.length > 0 ? differing : ['(same contents: the zip metadata or order differs)'];
}

async function compare(label: string, a: Map<string, Buffer>, b: Map<string, Buffer>, names: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const name of names) {
    const [x, y] = [a.get(name), b.get(name)];
    if (!x || !y) problems.push(`${label}: ${name} was not made by both builds`);
    else if (sha256(x) !== sha256(y)) problems.push(`${label}: ${name} differs in ${(await differingEntries(x, y)).join(', ')}`);
    else console.log(`  identical  ${name}  ${sha256(x).slice(0, 16)}…  (${label})`);
  }
  return problems;
}

const started = Date.now();
const problems: string[] = [];
try {
  // Read once, up front: both copies get the same sources even if the work tree changes meanwhile.
  const files = sourceFiles().map((path) => {
    const content = readFileSync(join(ROOT, path));
    return { path, bytes: () => content };
  });
  const copies = [join(work, 'first', 'regiolens'), join(work, 'second-copy', 'elsewhere')];
  for (const copy of copies) {
    console.log(`Building the store zips from a copy of the sources in ${copy}`);
    prepare(copy, files, true);
    sh('npx', ['wxt', 'zip'], copy);
    sh('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], copy);
  }
  const [first, second] = copies.map(zipsIn) as [Map<string, Buffer>, Map<string, Buffer>];
  if (first.size < 3) problems.push(`expected the Chrome, Firefox and sources zips, got ${[...first.keys()].join(', ')}`);
  problems.push(...(await compare('two clean builds', first, second, [...first.keys()])));

  const sourcesName = [...first.keys()].find((name) => name.endsWith('-sources.zip'));
  const firefoxName = [...first.keys()].find((name) => name.endsWith('-firefox.zip'));
  if (!sourcesName || !firefoxName) throw new Error('no Firefox or sources zip was made');
  const fromSources = join(work, 'from-sources-zip');
  console.log(`Building the Firefox zip from ${sourcesName}, unpacked in ${fromSources}${npmCi ? ' (npm ci)' : ''}`);
  const sources = await JSZip.loadAsync(first.get(sourcesName) as Buffer);
  const entries = await Promise.all(
    Object.values(sources.files)
      .filter((entry) => !entry.dir)
      .map(async (entry) => ({ path: entry.name, content: await entry.async('nodebuffer') })),
  );
  prepare(
    fromSources,
    entries.map((entry) => ({ path: entry.path, bytes: () => entry.content })),
    !npmCi,
  );
  if (npmCi) sh('npm', ['ci', '--no-audit', '--no-fund'], fromSources);
  sh('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], fromSources);
  problems.push(...(await compare('sources zip', first, zipsIn(fromSources), [firefoxName])));
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (problems.length > 0) {
  console.error(`\nNot reproducible (${seconds} s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nReproducible: two clean builds gave identical zips, and the sources zip builds the same Firefox zip (${seconds} s).`,
);
