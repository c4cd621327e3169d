/** Dependencies the browser tests and benchmarks import, pre-bundled by Vite before the first test runs. */
export const BROWSER_TEST_DEPS = [
  'preact',
  'preact/hooks',
  'preact/jsx-runtime',
  'vitest-browser-preact',
  'axe-core',
  'idb',
  'fuse.js',
  'valibot',
  'approx-string-match',
  '@orama/stemmers/dutch',
  '@orama/stemmers/english',
  '@orama/stopwords/dutch',
  '@orama/stopwords/english',
];
