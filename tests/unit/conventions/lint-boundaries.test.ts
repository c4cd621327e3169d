/** The architecture's boundaries are enforced by the linter: prove each rule fires where it should, and only there. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** One case per rule of each zone: what must be refused, and what must still pass. */
const imp = (what: string, from: string) => `import { ${what} } from '${from}';\nexport const x = ${what};\n`;
const CASES = [
  // core: pure, imports no context and no seam
  { file: 'lib/core/recognise/x.ts', code: imp('startBackground', '../../background/background'), blocked: true },
  { file: 'lib/core/recognise/x.ts', code: imp('startContentScript', '../../page/content-script'), blocked: true },
  { file: 'lib/core/recognise/x.ts', code: imp('PopupApp', '../../views/popup/PopupApp'), blocked: true },
  { file: 'lib/core/recognise/x.ts', code: imp('sendToBackground', '../../shared/platform/messaging'), blocked: true },
  { file: 'lib/core/recognise/x.ts', code: imp('openNotesDb', '../../shared/stores/notes-db'), blocked: true },
  { file: 'lib/core/recognise/x.ts', code: 'export const x = chrome.runtime.id;\n', blocked: true },
  { file: 'lib/core/recognise/x.ts', code: 'export const x = indexedDB.open("a");\n', blocked: true },
  { file: 'lib/core/recognise/x.ts', code: imp('analyse', '../text/analyse'), blocked: false },
  // page: no background, views or stores
  { file: 'lib/page/x.ts', code: imp('startBackground', '../background/background'), blocked: true },
  { file: 'lib/page/x.ts', code: imp('PopupApp', '../views/popup/PopupApp'), blocked: true },
  { file: 'lib/page/x.ts', code: imp('openNotesDb', '../shared/stores/notes-db'), blocked: true },
  { file: 'lib/page/x.ts', code: imp('sendToBackground', '../shared/platform/messaging'), blocked: false },
  { file: 'lib/page/x.ts', code: imp('browser', 'wxt/browser'), blocked: true },
  // background: no page or view code
  { file: 'lib/background/x.ts', code: imp('startContentScript', '../page/content-script'), blocked: true },
  { file: 'lib/background/x.ts', code: imp('createTabSource', '../views/common/tab-source'), blocked: true },
  { file: 'lib/background/x.ts', code: imp('openNotesDb', '../shared/stores/notes-db'), blocked: false },
  { file: 'lib/background/x.ts', code: imp('browser', 'wxt/browser'), blocked: true },
  { file: 'lib/background/x.ts', code: imp('browser', 'webextension-polyfill'), blocked: true },
  { file: 'lib/background/x.ts', code: 'export const x = browser.tabs;\n', blocked: true },
  // views: no page or background code; components also no platform or stores
  { file: 'lib/views/popup/x.ts', code: imp('startBackground', '../../background/background'), blocked: true },
  { file: 'lib/views/popup/x.ts', code: imp('highlightNotes', '../../page/highlight'), blocked: true },
  { file: 'lib/views/popup/x.ts', code: imp('sendToBackground', '../../shared/platform/messaging'), blocked: false },
  { file: 'lib/views/popup/x.ts', code: imp('browser', 'wxt/browser'), blocked: true },
  { file: 'lib/views/popup/X.tsx', code: imp('sendToBackground', '../../shared/platform/messaging'), blocked: true },
  { file: 'lib/views/popup/X.tsx', code: imp('openNotesDb', '../../shared/stores/notes-db'), blocked: true },
  { file: 'lib/views/popup/X.tsx', code: imp('browser', 'wxt/browser'), blocked: true },
  { file: 'lib/views/popup/X.tsx', code: imp('openDB', 'idb'), blocked: true },
  { file: 'lib/views/popup/X.tsx', code: imp('entryResults', '../../core/entries/entry-results'), blocked: false },
  // seams: none imports a context; only platform holds the API object, only stores reach IndexedDB
  { file: 'lib/shared/messages/x.ts', code: imp('checkIndexUpdate', '../../background/index-updater'), blocked: true },
  { file: 'lib/shared/platform/x.ts', code: imp('PendingAnnotation', '../../views/notes/notes-source'), blocked: true },
  { file: 'lib/shared/platform/x.ts', code: imp('browser', 'wxt/browser'), blocked: false },
  { file: 'lib/shared/platform/x.ts', code: 'export const x = chrome.runtime.id;\n', blocked: true },
  { file: 'lib/shared/platform/x.ts', code: imp('openSettingsDb', '../stores/settings-db'), blocked: true },
  // ...but the settings module reads the settings store (and only it), which content scripts cannot reach
  { file: 'lib/shared/platform/settings.ts', code: imp('openSettingsDb', '../stores/settings-db'), blocked: false },
  { file: 'lib/shared/platform/settings.ts', code: imp('openNotesDb', '../stores/notes-db'), blocked: true },
  { file: 'lib/shared/platform/settings.ts', code: imp('openDB', 'idb'), blocked: true },
  { file: 'lib/shared/platform/settings.ts', code: imp('x', '../../views/options/settings-source'), blocked: true },
  { file: 'lib/shared/stores/x.ts', code: imp('openDB', 'idb'), blocked: false },
  { file: 'lib/shared/stores/x.ts', code: imp('browser', 'wxt/browser'), blocked: true },
  // entrypoints wire, but reach neither IndexedDB nor the raw globals
  { file: 'entrypoints/x.ts', code: imp('openDB', 'idb'), blocked: true },
  { file: 'entrypoints/x.ts', code: 'export const x = chrome.runtime.id;\n', blocked: true },
  { file: 'entrypoints/x.ts', code: imp('browser', 'wxt/browser'), blocked: true },
  // no raw HTML anywhere
  {
    file: 'lib/views/x/View.tsx',
    code: 'export const V = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n',
    blocked: true,
  },
  { file: 'lib/core/notes/x.ts', code: 'export function f(e: Element, s: string) { e.innerHTML = s; }\n', blocked: true },
];

describe('lint boundaries', () => {
  test.each(CASES)('$file: $code', async ({ file, code, blocked }) => {
    const ids = await ruleIds(code, file);
    const boundaryRules = ids.filter((id) =>
      [
        'no-restricted-imports',
        'no-restricted-globals',
        'no-restricted-syntax',
        '@typescript-eslint/no-restricted-imports',
      ].includes(id),
    );
    expect(boundaryRules.length > 0, `rules fired: ${ids.join(', ') || 'none'}`).toBe(blocked);
  });
});

/** Source files (.ts, .tsx) under a folder of the repository, as paths relative to it. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

const API_IMPORT = /from\s+['"](wxt\/browser|webextension-polyfill|@wxt-dev\/browser)['"]/;

/**
 * The linter refuses the API modules in every zone but platform; what it cannot see is a platform
 * module handing the object on. So: only platform imports it, and no platform module exports it,
 * which leaves nothing outside lib/shared/platform a way to reach `browser`.
 */
describe('the extension API object stays inside lib/shared/platform', () => {
  test('no file outside platform imports the API modules', () => {
    const outside = [...sources('lib'), ...sources('entrypoints')].filter((file) => !file.startsWith('lib/shared/platform/'));
    expect(outside.filter((file) => API_IMPORT.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  test('no platform module exports the API object', () => {
    const handsOut =
      /export\s*(\{[^}]*\bbrowser\b[^}]*\}|(const|let|var)\s+browser\b|\*\s*from\s+['"](wxt\/browser|webextension-polyfill|@wxt-dev\/browser)['"])/;
    expect(sources('lib/shared/platform').filter((file) => handsOut.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
