/**
 * The documents an organisation reads before it deploys Regiolens (README, contributing guide,
 * deployment guide, accessibility statement, store texts) stay true to the repository: every file
 * they name exists, the README links each of them, and the deployment guide explains every setting
 * an administrator can manage, in Dutch and in English. A statement that cites a test file which was
 * renamed or removed would claim evidence that is no longer there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'docs/uitrol.md',
  'docs/toegankelijkheidsverklaring.md',
  'docs/store-listing.md',
];
/** Top-level folders whose paths the documents quote in backticks. */
const PATH_IN_BACKTICKS = /`((?:lib|tests|scripts|content|docs|public|bench|entrypoints|locales)\/[^`\s*{}<>…]+)`/g;

/** The repository paths a document quotes (anchors and line suffixes dropped). */
function quotedPaths(text: string): string[] {
  return [...new Set([...text.matchAll(PATH_IN_BACKTICKS)].map((match) => (match[1] ?? '').replace(/[#:].*$/, '')))];
}

describe('the documents name only files that exist', () => {
  test.each(DOCUMENTS)('%s', (document) => {
    const paths = quotedPaths(read(document));
    expect(paths.length, `${document} quotes no repository path`).toBeGreaterThan(0);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  test('a renamed file would be caught', () => {
    expect(quotedPaths('see `tests/e2e/gone.e2e.ts` and `lib/core/`')).toEqual(['tests/e2e/gone.e2e.ts', 'lib/core/']);
    expect(existsSync(join(ROOT, 'tests/e2e/gone.e2e.ts'))).toBe(false);
  });
});

describe('the README links every public-code document', () => {
  const readme = read('README.md');
  test.each([
    'LICENSE',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    'publiccode.yml',
    ...DOCUMENTS.filter((path) => path.startsWith('docs/')),
  ])('%s', (document) => {
    expect(existsSync(join(ROOT, document))).toBe(true);
    expect(readme).toContain(`](${document})`);
  });
});

describe('the deployment guide explains every managed setting in both languages', () => {
  const schema = JSON.parse(read('public/managed-schema.json')) as { properties: Record<string, unknown> };
  const guide = read('docs/uitrol.md');
  const englishStart = guide.indexOf('\n## English');
  const halves = { nl: guide.slice(0, englishStart), en: guide.slice(englishStart) };

  test('the guide has a Dutch and an English half', () => {
    expect(englishStart).toBeGreaterThan(0);
  });

  test.each(Object.keys(schema.properties))('%s', (key) => {
    for (const [language, half] of Object.entries(halves)) {
      expect(half, `no heading for ${key} in the ${language} half`).toMatch(new RegExp(`^#{3,4} \`${key}\``, 'm'));
    }
  });
});
