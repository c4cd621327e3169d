/** The index tools as an editor and a publisher run them: real processes, real files in a temp dir. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeEntry, makeIndex, indexBytes } from '../../fixtures/index/make-index';
import { TEST_KEY, UNTRUSTED_KEY } from '../../fixtures/index/keys';

const root = new URL('../../../', import.meta.url).pathname;
/** tsx's command-line entry, resolved from the project (the tools run with cwd in a temp dir, where `--import tsx` would not resolve). */
const TSX_CLI = join(root, 'node_modules/tsx/dist/cli.mjs');
const temp = mkdtempSync(join(tmpdir(), 'regiolens-index-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX_CLI, join(root, 'scripts', script), ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sourceDir(
  name: string,
  entries: Record<string, unknown>,
  config: unknown = { format: 'regiolens-index', version: 2, created: '2026-11-27T00:00:00Z' },
): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'entries'), { recursive: true });
  writeFileSync(join(dir, 'index.config.json'), JSON.stringify(config));
  for (const [file, content] of Object.entries(entries))
    writeFileSync(join(dir, 'entries', file), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

/** A copy of content/lexicon/ in `dir` with one weight out of range; returns the broken file. */
function brokenLexicon(dir: string): string {
  const lexicon = join(dir, 'lexicon');
  cpSync(join(root, 'content', 'lexicon'), lexicon, { recursive: true });
  const file = join(lexicon, 'core-samenwerking.json');
  const value = JSON.parse(readFileSync(file, 'utf8')) as { concepts: Array<{ label: string; weight: number }> };
  for (const concept of value.concepts) if (concept.label === 'gemeenschappelijke regeling') concept.weight = 5;
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** Each tool run is a tsx start (and index:build and index:check also check the lexicon): seconds on a busy machine. */
const SPAWNS = { timeout: 60_000 };

describe('index:build', SPAWNS, () => {
  test('is deterministic: two builds of content/ are byte-identical', () => {
    const a = run('index-build.ts', '--src', join(root, 'content'), '--out', join(temp, 'a.json'));
    const b = run('index-build.ts', '--src', join(root, 'content'), '--out', join(temp, 'b.json'));
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toMatch(/lexicon .*: \d+ concepts in \d+ files/);
    expect(readFileSync(join(temp, 'a.json')).equals(readFileSync(join(temp, 'b.json')))).toBe(true);
    expect(readFileSync(join(temp, 'a.json')).equals(readFileSync(join(root, 'public/regiolens-index.json')))).toBe(true);
  });

  test('lists ALL errors, each naming file and field, and writes nothing', () => {
    const src = sourceDir(
      'broken',
      {
        'entry-1.json': { ...makeEntry(1), title: '' },
        'entry-2.json': { ...makeEntry(2), themes: ['ws-onbekend'], url: 'http://example.org/' },
        'entry-3.json': '{ "id": "entry-3", ',
        'wrong-name.json': makeEntry(4),
        'entry-5.json': { ...makeEntry(5), id: 'entry-6' },
        'entry-6.json': makeEntry(6),
        'notes.txt': 'hello',
      },
      { format: 'regiolens-index', version: 'two', created: '2026-11-27T00:00:00Z' },
    );
    const lexiconFile = brokenLexicon(src);
    const out = join(temp, 'broken.json');
    const result = run('index-build.ts', '--src', src, '--out', out);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    for (const line of [
      'index.config.json: version: must be of type number',
      'entries/entry-1.json: title: must not be empty',
      'entries/entry-2.json: themes[0]: must be one of',
      'entries/entry-2.json: url: an address must start with https://',
      'entries/entry-3.json: is not valid JSON',
      'entries/wrong-name.json: id: the file must be named entry-4.json after its id',
      'entries/entry-5.json: id: the file must be named entry-6.json',
      'entries/entry-5.json: id: id "entry-6" is also used in entries/entry-6.json',
      'entries/notes.txt: only .json files belong in entries/',
      `${lexiconFile}: concept "gemeenschappelijke regeling": weight must be a number between 0 and 2, got 5`,
    ]) {
      expect(result.stderr).toContain(line);
    }
  });

  test('--out-dir writes a signed folder ready for static hosting', () => {
    const src = sourceDir('good', { 'entry-1.json': makeEntry(1) });
    const dir = join(temp, 'site');
    const result = run(
      'index-build.ts',
      '--src',
      src,
      '--out',
      join(temp, 'good.json'),
      '--out-dir',
      dir,
      '--key',
      TEST_KEY.file,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain('Content-Type: application/json');
    const check = run(
      'index-check.ts',
      join(dir, 'regiolens-index.json'),
      '--sig',
      join(dir, 'regiolens-index.json.sig'),
      '--key',
      TEST_KEY.publicFile,
    );
    expect(check).toMatchObject({ code: 0 });
    expect(check.stdout).toContain('OK: version 2, 1 entries');
  });
});

describe('index:keygen, index:sign, index:check', SPAWNS, () => {
  test('round trip: keygen → sign → check accepts; refusals exit 1 with a reason', () => {
    const key = join(temp, 'keys', 'publisher.key');
    const keygen = run('index-keygen.ts', '--out', key);
    expect(keygen.code).toBe(0);
    const publicKey = readFileSync(`${key}.pub`, 'utf8').trim();
    expect(keygen.stdout).toContain(publicKey);

    expect(run('index-keygen.ts', '--out', key)).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
    expect(readFileSync(`${key}.pub`, 'utf8').trim()).toBe(publicKey);
    expect(run('index-keygen.ts', '--out', key, '--force').code).toBe(0);
    const rotated = readFileSync(`${key}.pub`, 'utf8').trim();
    expect(rotated).not.toBe(publicKey);

    const index = join(temp, 'v3.json');
    writeFileSync(index, indexBytes(makeIndex(3)));
    expect(run('index-sign.ts', index, '--key', key).code).toBe(0);
    expect(run('index-check.ts', index, '--sig', `${index}.sig`, '--key', rotated)).toMatchObject({ code: 0 });
    expect(run('index-check.ts', index, '--sig', `${index}.sig`, '--key', `${key}.pub`)).toMatchObject({ code: 0 });

    const refusals: Array<[string[], string]> = [
      [['--sig', `${index}.sig`, '--key', UNTRUSTED_KEY.publicKey], 'REFUSED (signature_unknown_key)'],
      [['--sig', `${index}.sig`, '--key', rotated, '--active-version', '3'], 'REFUSED (not_newer)'],
      [['--sig', `${index}.sig`, '--key', rotated, '--max-bytes', '10'], 'REFUSED (too_large)'],
      // Without --key: the release build's own keys, and none is built into this repository.
      [['--sig', `${index}.sig`], 'REFUSED (no_trusted_keys)'],
    ];
    for (const [args, message] of refusals) {
      const result = run('index-check.ts', index, ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
    }

    const tampered = join(temp, 'v3-tampered.json');
    cpSync(index, tampered);
    writeFileSync(tampered, readFileSync(index, 'utf8').replace('"version": 3', '"version": 4'));
    expect(run('index-check.ts', tampered, '--sig', `${index}.sig`, '--key', rotated)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('signature_invalid'),
    });
  });

  test('index:check refuses a broken lexicon, naming file and concept', () => {
    const index = join(temp, 'v5.json');
    writeFileSync(index, indexBytes(makeIndex(5)));
    const lexiconFile = brokenLexicon(join(temp, 'check'));
    const result = run('index-check.ts', index, '--lexicon', join(temp, 'check', 'lexicon'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${lexiconFile}: concept "gemeenschappelijke regeling": weight must be a number between 0 and 2, got 5`,
    );
    expect(result.stderr).toContain('the index passes, but the lexicon does not');
  });

  test('usage errors exit 2 with the usage line', () => {
    for (const [script, args] of [
      ['index-check.ts', []],
      ['index-check.ts', ['missing.json']],
      ['index-sign.ts', ['x.json']],
      ['index-build.ts', ['--bogus']],
    ] as const) {
      const result = run(script, ...args);
      expect(result.code, `${script} ${args.join(' ')}`).toBe(2);
      expect(result.stderr).toContain('usage:');
    }
  });
});
