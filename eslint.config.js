// @ts-check
/**
 * Lint rules, including the architecture's boundaries: only lib/platform and
 * entrypoints touch extension APIs; only lib/db touches IndexedDB; components
 * and the pure parts of lib reach neither (type imports excepted).
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

const EXTENSION_API_IMPORTS = [
  { name: 'wxt/browser', message: 'Extension APIs are reached through lib/platform only.' },
  { name: 'webextension-polyfill', message: 'Extension APIs are reached through lib/platform only.' },
  { name: '@wxt-dev/browser', message: 'Extension APIs are reached through lib/platform only.' },
];
const DB_IMPORTS = [{ name: 'idb', message: 'IndexedDB is reached through lib/db only.' }];
const SIDE_EFFECT_LAYERS = [
  {
    group: ['**/lib/platform/*', '**/platform/*'],
    message: 'Pure code and views may not reach extension APIs (lib/platform).',
    allowTypeImports: true,
  },
  { group: ['**/lib/db/*', '**/db/*'], message: 'Pure code and views may not reach IndexedDB (lib/db).', allowTypeImports: true },
  {
    group: ['**/lib/services/*', '**/services/*'],
    message: 'Pure code and views may not reach services (lib/services).',
    allowTypeImports: true,
  },
];
const BROWSER_GLOBALS = [
  { name: 'browser', message: 'Extension APIs are reached through lib/platform only.' },
  { name: 'chrome', message: 'Extension APIs are reached through lib/platform only.' },
  { name: 'indexedDB', message: 'IndexedDB is reached through lib/db only.' },
];
const NO_RAW_HTML = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text; never assign innerHTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render data as text; never assign outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render data as text; never insert HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; never set HTML.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', window: 'readonly', document: 'readonly', process: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', ...NO_RAW_HTML],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Views and pure logic: no extension APIs, no IndexedDB, no services.
    files: ['components/**', 'lib/**'],
    ignores: ['lib/platform/**', 'lib/db/**', 'lib/services/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS], patterns: SIDE_EFFECT_LAYERS }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // lib/db: IndexedDB yes, extension APIs no.
    files: ['lib/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: EXTENSION_API_IMPORTS }],
      'no-restricted-globals': ['error', BROWSER_GLOBALS[0], BROWSER_GLOBALS[1]],
    },
  },
  {
    // lib/platform: extension APIs through `wxt/browser` only, never the raw globals.
    files: ['lib/platform/**', 'lib/services/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [EXTENSION_API_IMPORTS[1], EXTENSION_API_IMPORTS[2]] }],
      'no-restricted-globals': ['error', BROWSER_GLOBALS[0], BROWSER_GLOBALS[1]],
    },
  },
  {
    // lib/services combine layers but still call extension APIs only through lib/platform.
    files: ['lib/services/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: EXTENSION_API_IMPORTS }],
    },
  },
  {
    // Entrypoints only wire: they may not import IndexedDB or the raw API globals.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...DB_IMPORTS, EXTENSION_API_IMPORTS[1], EXTENSION_API_IMPORTS[2]] }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  prettier,
);
