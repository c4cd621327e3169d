// @ts-check
/**
 * Lint rules, including the architecture's zones (after Dark Reader's): code
 * lives in lib/ by the context it runs in, and each zone may import only what
 * its context may run.
 *
 *   lib/core        pure logic: imports no other zone, no extension API, no IndexedDB
 *   lib/shared      the seams every context shares: messages (the protocol), platform
 *                   (the one thin layer over extension APIs), stores (IndexedDB)
 *   lib/page        the content script: core + messages + platform; no background, views or stores
 *   lib/background  the service worker's features: core + shared; no page or view code
 *   lib/views       popup, side panel, options, entry page: core + shared; no page or
 *                   background code. Components (*.tsx) receive data through props and
 *                   small interfaces, so they reach neither platform nor stores.
 *   entrypoints     only wire; may import any zone, but no extension API module, raw API global or IndexedDB
 *
 * `tests/unit/conventions/lint-boundaries.test.ts` proves that each zone's rules fire.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

const API = 'Extension APIs are reached through lib/shared/platform only.';
const EXTENSION_API_IMPORTS = [
  { name: 'wxt/browser', message: API },
  { name: 'webextension-polyfill', message: API },
  { name: '@wxt-dev/browser', message: API },
];
const DB_IMPORTS = [{ name: 'idb', message: 'IndexedDB is reached through lib/shared/stores only.' }];
const BROWSER_GLOBALS = [
  { name: 'browser', message: API },
  { name: 'chrome', message: API },
  { name: 'indexedDB', message: 'IndexedDB is reached through lib/shared/stores only.' },
];

/** An import pattern group for a folder, as relative specifiers name it ('../../background/x'). */
const folder = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });
const ZONE = {
  page: folder('page', 'Only the content script (lib/page) imports page code.'),
  background: folder('background', 'Only the background (lib/background) imports background code.'),
  views: folder('views', 'Only views (lib/views) import view code.'),
  shared: folder('shared', 'Pure core code imports no context and no seam (lib/shared).'),
  stores: folder('stores', 'IndexedDB stores (lib/shared/stores) are for the background and the views.'),
  platform: folder('platform', 'Components get data through props and interfaces, not from lib/shared/platform.'),
  storesInComponents: folder('stores', 'Components get data through props and interfaces, not from lib/shared/stores.'),
};
/** The content script ships a valibot-free bundle: it imports the protocol as types only. */
const NO_RAW_HTML = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text; never assign innerHTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render data as text; never assign outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render data as text; never insert HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; never set HTML.' },
];

/** One zone: which files, which import paths and patterns they may not use, which globals. */
function zone(files, { paths = [], patterns = [], globals = BROWSER_GLOBALS, ignores = [] }) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { paths, patterns }],
      'no-restricted-globals': ['error', ...globals],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '.cache/**',
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
    files: ['lib/views/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  zone(['lib/core/**'], {
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.background, ZONE.views, ZONE.shared],
  }),
  zone(['lib/shared/messages/**'], {
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.background, ZONE.views, ZONE.stores, ZONE.platform],
  }),
  // The one place that holds the extension API object; it hands out functions, never `browser` itself.
  zone(['lib/shared/platform/**'], {
    paths: [EXTENSION_API_IMPORTS[1], EXTENSION_API_IMPORTS[2], ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.background, ZONE.views, ZONE.stores],
  }),
  // The one exception: the settings live in the extension's IndexedDB, out of content scripts' reach, and every
  // context reads them through platform/settings.ts, which also moves them out of storage.local (an extension
  // API) once. That module may use the settings store, and no other store. (The content script imports
  // neither: lib/page reaches platform's listen and messaging only.)
  zone(['lib/shared/platform/settings.ts'], {
    paths: [EXTENSION_API_IMPORTS[1], EXTENSION_API_IMPORTS[2], ...DB_IMPORTS],
    patterns: [
      ZONE.page,
      ZONE.background,
      ZONE.views,
      { group: ['**/stores/*', '!**/stores/settings-db'], message: ZONE.stores.message },
    ],
  }),
  zone(['lib/shared/stores/**'], {
    paths: EXTENSION_API_IMPORTS,
    patterns: [ZONE.page, ZONE.background, ZONE.views, ZONE.platform],
    globals: BROWSER_GLOBALS.slice(0, 2),
  }),
  zone(['lib/page/**'], {
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.background, ZONE.views, ZONE.stores],
  }),
  zone(['lib/background/**'], {
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.views],
  }),
  zone(['lib/views/**'], {
    ignores: ['lib/views/**/*.tsx'],
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.background],
  }),
  zone(['lib/views/**/*.tsx'], {
    paths: [...EXTENSION_API_IMPORTS, ...DB_IMPORTS],
    patterns: [ZONE.page, ZONE.background, ZONE.platform, ZONE.storesInComponents],
  }),
  zone(['entrypoints/**'], { paths: [...DB_IMPORTS, ...EXTENSION_API_IMPORTS] }),
  prettier,
);
