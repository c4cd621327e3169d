/** The architecture's boundaries are enforced by the linter: prove each rule fires where it should, and only there. */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const CASES = [
  { file: 'components/x/View.tsx', code: "import { browser } from 'wxt/browser';\nexport const b = browser;\n", blocked: true },
  { file: 'components/x/View.tsx', code: "import { openDB } from 'idb';\nexport const o = openDB;\n", blocked: true },
  {
    file: 'components/x/View.tsx',
    code: "import { sendToBackground } from '../../lib/platform/messaging';\nexport const s = sendToBackground;\n",
    blocked: true,
  },
  {
    file: 'components/x/View.tsx',
    code: "import type { TabSource } from '../../lib/views/tab-source';\nexport type T = TabSource;\n",
    blocked: false,
  },
  { file: 'lib/recognise/x.ts', code: 'export const x = chrome.runtime.id;\n', blocked: true },
  { file: 'lib/recognise/x.ts', code: 'export const x = indexedDB.open("a");\n', blocked: true },
  {
    file: 'lib/recognise/x.ts',
    code: "import { openNotesDb } from '../db/notes-db';\nexport const o = openNotesDb;\n",
    blocked: true,
  },
  { file: 'lib/db/x.ts', code: "import { openDB } from 'idb';\nexport const o = openDB;\n", blocked: false },
  { file: 'lib/db/x.ts', code: "import { browser } from 'wxt/browser';\nexport const b = browser;\n", blocked: true },
  { file: 'lib/platform/x.ts', code: "import { browser } from 'wxt/browser';\nexport const b = browser;\n", blocked: false },
  { file: 'lib/services/x.ts', code: "import { browser } from 'wxt/browser';\nexport const b = browser;\n", blocked: true },
  { file: 'entrypoints/x.ts', code: "import { openDB } from 'idb';\nexport const o = openDB;\n", blocked: true },
  {
    file: 'components/x/View.tsx',
    code: 'export const V = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n',
    blocked: true,
  },
  { file: 'lib/notes/x.ts', code: 'export function f(e: Element, s: string) { e.innerHTML = s; }\n', blocked: true },
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
