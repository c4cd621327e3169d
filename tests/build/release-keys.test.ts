/**
 * No release build trusts a key whose private half is public (issue 11, item 1):
 * every public key in tests/fixtures/keys/ (the demo publisher key and the test
 * keys; their private halves sit next to them) is absent from every file of
 * .output/chrome-mv3 and .output/firefox-mv3 (`npm run build`, `build:firefox`,
 * what `npm run zip` packs). The test-key build (.output/test-keys/, made by
 * npm test before these checks) must hold the demo key, which shows that the
 * search would find it if a release build carried it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const KEYS_DIR = join(ROOT, 'tests/fixtures/keys');
const REPOSITORY_KEYS = readdirSync(KEYS_DIR)
  .filter((name) => name.endsWith('.pub'))
  .map((name) => ({ name, key: readFileSync(join(KEYS_DIR, name), 'utf8').trim() }));
const DEMO = REPOSITORY_KEYS.find((entry) => entry.name === 'demo-regiolens-publisher.key.pub');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** "file: key name" for every repository key found in a build. */
function keysIn(buildDir: string): string[] {
  return filesUnder(buildDir).flatMap((file) => {
    const text = readFileSync(file).toString('latin1');
    return REPOSITORY_KEYS.filter(({ key }) => text.includes(key)).map(({ name }) => `${relative(ROOT, file)}: ${name}`);
  });
}

test('the repository holds the demo key and the test keys this check looks for', () => {
  expect(DEMO).toBeDefined();
  expect(REPOSITORY_KEYS.length).toBeGreaterThanOrEqual(3);
});

describe.each(['chrome-mv3', 'firefox-mv3'])('release build %s', (target) => {
  test('holds no public key whose private half is in the repository', () => {
    const dir = join(ROOT, '.output', target);
    expect(existsSync(join(dir, 'manifest.json')), `${dir}: run the release build first`).toBe(true);
    expect(keysIn(dir)).toEqual([]);
  });
});

test('the test-key build holds the demo key, so the search above would find it', () => {
  const dir = join(ROOT, '.output/test-keys/chrome-mv3');
  expect(existsSync(join(dir, 'manifest.json')), `${dir}: run REGIOLENS_TEST_KEYS=1 npx wxt build first`).toBe(true);
  expect(keysIn(dir).some((found) => found.endsWith(`: ${DEMO?.name}`))).toBe(true);
});
