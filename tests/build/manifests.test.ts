/** The built manifests hold what the stores and browsers need (issue 2, item 1). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RECOGNITION_SCOPES } from '../../lib/core/settings/recognition-scope';

const OUTPUT = new URL('../../.output/', import.meta.url).pathname;
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  commands?: Record<string, unknown>;
};
const read = (target: string): Manifest => JSON.parse(readFileSync(`${OUTPUT}${target}/manifest.json`, 'utf8')) as Manifest;

const BUILDS = [
  { target: 'chrome-mv3', panelKey: 'side_panel' },
  { target: 'firefox-mv3', panelKey: 'sidebar_action' },
] as const;

describe.each(BUILDS)('$target manifest', ({ target, panelKey }) => {
  const manifest = read(target);

  test('is MV3, localised with Dutch as default', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('nl');
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['nl', 'en']) expect(existsSync(`${OUTPUT}${target}/_locales/${locale}/messages.json`)).toBe(true);
  });

  test('describes itself within the 132 characters the Chrome Web Store takes, in every language', () => {
    expect(manifest.description).toBe('__MSG_extDescription__');
    for (const locale of ['nl', 'en']) {
      const messages = JSON.parse(readFileSync(`${OUTPUT}${target}/_locales/${locale}/messages.json`, 'utf8')) as Record<
        string,
        { message: string }
      >;
      const description = messages.extDescription?.message ?? '';
      expect(description.length, locale).toBeGreaterThan(40);
      expect(description.length, locale).toBeLessThanOrEqual(132);
    }
  });

  test(`has a ${panelKey}, the popup and the options page`, () => {
    expect(manifest[panelKey]).toBeTruthy();
    expect((manifest.action as { default_popup?: string }).default_popup).toBe('popup.html');
    expect(manifest.options_ui ?? manifest.options_page).toBeTruthy();
  });

  test('ships an icon in every size the stores ask for', () => {
    for (const size of ['16', '32', '48', '96', '128']) {
      const file = manifest.icons?.[size];
      expect(file, `icon ${size}`).toBeTruthy();
      expect(existsSync(`${OUTPUT}${target}/${file}`)).toBe(true);
    }
  });

  test('asks for minimal permissions: policy sites by default, every site only as an option', () => {
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions).toContain('*://*.vng.nl/*');
    // Council-information systems and the sites issue 12 named; the old, wrong nvvr.org is gone.
    for (const site of [
      'notubiz.nl',
      'bestuurlijkeinformatie.nl',
      'raadsleden.nl',
      'griffiers.nl',
      'provinciegroningen.nl',
      'nvrr.nl',
    ])
      expect(manifest.host_permissions).toContain(`*://*.${site}/*`);
    expect(manifest.host_permissions).not.toContain('*://*.nvvr.org/*');
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'storage', 'alarms', 'scripting', 'contextMenus']));
  });

  test('declares the keyboard commands', () => {
    expect(Object.keys(manifest.commands ?? {})).toEqual(
      expect.arrayContaining(['_execute_action', 'open-side-panel', 'annotate-selection']),
    );
  });

  test('every __MSG_ key it uses exists in both catalogues', () => {
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
    for (const locale of ['nl', 'en']) {
      const catalog = JSON.parse(readFileSync(`${OUTPUT}${target}/_locales/${locale}/messages.json`, 'utf8')) as Record<
        string,
        unknown
      >;
      for (const key of used) expect(catalog, `${locale}: ${key}`).toHaveProperty(key);
    }
  });
});

test('Chrome build has the side panel permission and the managed-storage schema', () => {
  const manifest = read('chrome-mv3');
  expect(manifest.permissions).toContain('sidePanel');
  const schema = (manifest.storage as { managed_schema: string }).managed_schema;
  expect(existsSync(`${OUTPUT}chrome-mv3/${schema}`)).toBe(true);
});

test('Firefox build has a gecko id and declares that it collects no data', () => {
  const gecko = (read('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.id).toBe('regiolens@regiolens.nl');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('Firefox does not open the sidebar by itself on install', () => {
  expect((read('firefox-mv3').sidebar_action as { open_at_install?: boolean }).open_at_install).toBe(false);
});

/**
 * The oldest browsers the code runs on (issue 11, item 13). Index signatures use Ed25519 in WebCrypto:
 * Chrome 137, Firefox 129; note addresses use URL.canParse: Chrome 120, Firefox 115. A lower declared
 * minimum installs on browsers where every index update is refused.
 */
const NEEDED = { chrome: 137, firefox: 129 } as const;
const major = (version: unknown): number => Number(String(version).split('.')[0]);
const firefoxMinimum = () =>
  (read('firefox-mv3').browser_specific_settings as { gecko: { strict_min_version?: string } }).gecko.strict_min_version;

test(`Chrome build requires Chrome ${NEEDED.chrome} or later`, () => {
  expect(major(read('chrome-mv3').minimum_chrome_version)).toBeGreaterThanOrEqual(NEEDED.chrome);
});

test(`Firefox build requires Firefox ${NEEDED.firefox} or later, and the README says the same`, () => {
  expect(major(firefoxMinimum())).toBeGreaterThanOrEqual(NEEDED.firefox);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const mentioned = [...readme.matchAll(/Firefox\**\s*\((\d+) or later\)/g)].map((match) => Number(match[1]));
  expect(mentioned.length).toBeGreaterThan(0);
  for (const version of mentioned) expect(version).toBe(major(firefoxMinimum()));
});

/**
 * The managed-storage schema is what an administrator reads; it must say what the code does (issue 11,
 * item 14): policy keys replace the built-in key (lib/core/index/trusted-keys.ts), a policy without a usable
 * key trusts nothing, an empty update address switches network updates off, the interval's bounds, and
 * every recognition scope.
 */
test('the shipped managed-storage schema describes what the code does', () => {
  type Property = { type: string; description: string };
  const schema = JSON.parse(readFileSync(`${OUTPUT}chrome-mv3/managed-schema.json`, 'utf8')) as {
    properties: Record<string, Property>;
  };
  expect(Object.keys(schema.properties).sort()).toEqual([
    'indexUpdateUrl',
    'recognitionScope',
    'trustedPublisherKeys',
    'updateIntervalHours',
  ]);
  const { indexUpdateUrl, recognitionScope, trustedPublisherKeys, updateIntervalHours } = schema.properties as Record<
    string,
    Property
  >;
  // Every scope the code knows is named, and an unknown value reads nothing by itself (no enum: Chromium would
  // drop a value outside one, and the widest scope would apply).
  for (const scope of RECOGNITION_SCOPES) expect(recognitionScope?.description).toContain(`"${scope}"`);
  expect(recognitionScope?.description).toMatch(/any other value counts as "on-request"/i);
  expect(recognitionScope).not.toHaveProperty('enum');
  expect(trustedPublisherKeys?.description).not.toMatch(/in addition/i);
  expect(trustedPublisherKeys?.description).toMatch(/replace/i);
  expect(trustedPublisherKeys?.description).toMatch(/trusts nothing/i);
  expect(trustedPublisherKeys?.description).toMatch(/small-order/i);
  expect(indexUpdateUrl?.description).toMatch(/empty value switches .*updates off/i);
  expect(updateIntervalHours?.description).toMatch(/1 to 720/);
});
