/**
 * The test tree mirrors the source tree: a test of lib/core/recognise/x.ts
 * lives in tests/unit/core/recognise/ (Node) or tests/browser/core/recognise/
 * (Chromium), so the tests of a module are found where the module is. Tests
 * of the project's own tools, data and conventions have named homes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
/** Test folders that do not mirror lib/: the scripts/ tools, content/ data, conventions, shared helpers. */
const NAMED_HOMES: Record<string, string> = {
  scripts: 'scripts',
  content: 'content',
  conventions: 'tests/unit/conventions',
  support: 'tests/unit/support',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : [path];
  });
}

describe('the test tree mirrors the source tree', () => {
  for (const kind of ['unit', 'browser']) {
    const base = join(ROOT, 'tests', kind);
    test.each(testFiles(base).map((path) => relative(base, path)))(`tests/${kind}/%s`, (file) => {
      const folder = file.split('/').slice(0, -1).join('/');
      const top = folder.split('/')[0] ?? '';
      if (top in NAMED_HOMES) {
        expect(existsSync(join(ROOT, NAMED_HOMES[top] ?? top)), `named home ${top}`).toBe(true);
        return;
      }
      expect(existsSync(join(ROOT, 'lib', folder)), `tests/${kind}/${file} has no source folder lib/${folder}`).toBe(true);
    });
  }

  test('a test that names a module sits beside that module', () => {
    const misplaced = ['unit', 'browser'].flatMap((kind) =>
      testFiles(join(ROOT, 'tests', kind))
        .map((path) => relative(join(ROOT, 'tests', kind), path))
        .filter((file) => !((file.split('/')[0] ?? '') in NAMED_HOMES))
        .filter((file) => {
          const module = file.replace(/\.(property\.)?test\.tsx?$/, '');
          const folder = module.split('/').slice(0, -1).join('/');
          const name = module.split('/').at(-1) ?? '';
          // A module of that name elsewhere in lib/ means the test is in the wrong folder.
          const here = ['.ts', '.tsx'].some((ext) => existsSync(join(ROOT, 'lib', folder, name + ext)));
          return !here && libModuleNames().has(name);
        }),
    );
    expect(misplaced).toEqual([]);
  });
});

let names: Set<string> | undefined;
function libModuleNames(): Set<string> {
  names ??= new Set(testFiles(join(ROOT, 'lib')).map((path) => (path.split('/').at(-1) ?? '').replace(/\.tsx?$/, '')));
  return names;
}
