import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { POLICY_SITE_MATCHES, ALL_SITES_MATCHES } from './lib/core/sites';
import { loadAllCatalogs } from './scripts/lib/locales';

/** Stable Firefox add-on id; changing it would orphan every installed copy's data. */
const GECKO_ID = 'regiolens@regiolens.nl';

/**
 * A test-key build also trusts the demo publisher key, whose private half is in the repository
 * (lib/core/index/trusted-keys.ts): the end-to-end tests sign updates with it, and npm start's demo
 * may. Only REGIOLENS_TEST_KEYS=1 (set by scripts/test.ts and scripts/start.ts) or `wxt` dev mode
 * makes one, and it goes to .output/test-keys/, never where release builds and store zips go.
 */
const TEST_KEYS = process.env.REGIOLENS_TEST_KEYS === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports would hide which files touch extension APIs.
  imports: false,
  outDir: TEST_KEYS ? '.output/test-keys' : '.output',
  vite: (env) => ({
    plugins: [preact()],
    define: { __REGIOLENS_TEST_KEYS__: JSON.stringify(TEST_KEYS || env.command === 'serve') },
  }),
  hooks: {
    // A store package must never trust a key anyone can sign with.
    'zip:start': () => {
      if (TEST_KEYS)
        throw new Error('REGIOLENS_TEST_KEYS=1 builds trust the public demo key; store packages are made without it.');
    },
    // The content script runs on every matched page and has a 10 kB budget. Chrome MV3 and Firefox
    // both give content scripts promise-based runtime messaging natively, so it uses the native
    // API object instead of webextension-polyfill (about 3 kB gzip); every other context keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const nativeBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');
      const alias = viteConfig.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      viteConfig.resolve = { ...viteConfig.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries] };
    },
    // The locale strings live in small per-area files; ship them merged, one file per language.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, catalog] of Object.entries(loadAllCatalogs())) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(catalog, null, 2)}\n` });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Regiolens',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: POLICY_SITE_MATCHES,
    optional_host_permissions: ALL_SITES_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    omnibox: { keyword: 'rl' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenSidePanel__',
      },
      'annotate-selection': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandAnnotateSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '129.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          storage: { managed_schema: 'managed-schema.json' },
          minimum_chrome_version: '137',
        }),
  }),
});
