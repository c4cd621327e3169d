/** In-memory fakes of the options page's services, with knobs for each state the tests need. */
import type { IndexOutcomeCode } from '../../../lib/core/index/outcomes';
import { outcomeMessageKey, SUCCESS_OUTCOMES } from '../../../lib/core/index/outcomes';
import type { IndexStatus, IndexSummary } from '../../../lib/core/index/store';
import type { IndexActionResult } from '../../../lib/shared/messages/index-messages';
import type { ImportReport } from '../../../lib/core/notes/import-jsonld';
import type { ExportedFile } from '../../../lib/views/options/export-file';
import type { PersistenceState } from '../../../lib/views/notes/notes-source';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import type { OptionsServices } from '../../../lib/views/options/services-source';

export const ACTIVE: IndexSummary = {
  version: 3,
  created: '2026-11-27T00:00:00Z',
  source: { kind: 'update', url: 'https://index.example.org/regiolens.json' },
  entryCount: 57,
  activatedAt: '2026-12-01T09:30:00Z',
};
export const BUNDLED: IndexSummary = {
  version: 1,
  created: '2026-11-01T00:00:00Z',
  source: { kind: 'bundled' },
  entryCount: 55,
  activatedAt: null,
};

export function status(overrides: Partial<IndexStatus> = {}): IndexStatus {
  return { active: ACTIVE, previous: BUNDLED, lastCheck: null, acceptAbove: ACTIVE.version, ...overrides };
}

export function result(code: IndexOutcomeCode, next: IndexStatus = status(), detail = `detail for ${code}`): IndexActionResult {
  return {
    outcome: { ok: SUCCESS_OUTCOMES.has(code), code, messageKey: outcomeMessageKey(code), detail, version: null, problems: [] },
    status: next,
  };
}

export interface FakeKnobs {
  settings?: Partial<Settings>;
  managedUrl?: string | null;
  indexStatus?: IndexStatus;
  indexAnswer?: IndexActionResult | Error;
  allSites?: boolean;
  grant?: boolean;
  noteCount?: number;
  persistence?: PersistenceState;
  importReport?: ImportReport | Error;
  eraseError?: Error;
  exportError?: Error;
  /** Whether the user grants access to an update server off the policy-site list. */
  sourceAccess?: boolean;
}

export interface FakeServices extends OptionsServices {
  calls: string[];
  saved: ExportedFile[];
  currentSettings: () => Settings;
  knobs: FakeKnobs;
}

export function fakeServices(knobs: FakeKnobs = {}): FakeServices {
  const calls: string[] = [];
  const saved: ExportedFile[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS, ...knobs.settings };
  const settingsListeners = new Set<(settings: Settings) => void>();
  let granted = knobs.allSites ?? false;
  let count = knobs.noteCount ?? 3;
  const answer = async (name: string) => {
    calls.push(name);
    if (knobs.indexAnswer instanceof Error) throw knobs.indexAnswer;
    return knobs.indexAnswer ?? result('not_modified');
  };
  return {
    calls,
    saved,
    knobs,
    currentSettings: () => settings,
    policySites: ['vng.nl', 'ipo.nl'],
    settings: {
      load: async () => settings,
      async save(changes) {
        calls.push(`save:${Object.keys(changes).join(',')}`);
        settings = { ...settings, ...changes };
        // As storage.onChanged tells every context, this page included, a task later.
        const saved = settings;
        setTimeout(() => settingsListeners.forEach((listener) => listener(saved)), 0);
        return settings;
      },
      subscribe(listener) {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
      managed: async () => ({ indexUpdateUrl: knobs.managedUrl ?? null }),
      async requestSourceAccess(url) {
        calls.push(`access:${url}`);
        return knobs.sourceAccess ?? true;
      },
      async releaseSourceAccess(previous, next) {
        calls.push(`release:${previous}->${next ?? ''}`);
      },
    },
    scope: {
      hasAllSites: async () => granted,
      async requestAllSites() {
        calls.push('request');
        granted = knobs.grant ?? true;
        return granted;
      },
      async revokeAllSites() {
        calls.push('revoke');
        granted = false;
        return true;
      },
      subscribe: () => () => undefined,
    },
    index: {
      status: async () => knobs.indexStatus ?? status(),
      checkNow: () => answer('check'),
      rollback: () => answer('rollback'),
      reset: () => answer('reset'),
      importFile: (file, signature) => answer(`import:${file.name}:${signature?.name ?? 'none'}`),
      subscribe: () => () => undefined,
    },
    notes: {
      count: async () => count,
      persistence: async () => knobs.persistence ?? 'persisted',
      estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }),
      async exportAll(format) {
        calls.push(`export:${format}`);
        if (knobs.exportError) throw knobs.exportError;
        return { fileName: `regiolens-notes.${format}`, mimeType: 'text/plain', text: 'x', count };
      },
      save: (file) => saved.push(file),
      async importFile(file) {
        calls.push(`import-notes:${file.name}`);
        if (knobs.importReport instanceof Error) throw knobs.importReport;
        const report = knobs.importReport ?? { added: 2, skipped: 1, errors: [] };
        count += report.added;
        return report;
      },
      async eraseAll() {
        calls.push('erase');
        if (knobs.eraseError) throw knobs.eraseError;
        const erased = count;
        count = 0;
        return erased;
      },
      subscribe: () => () => undefined,
    },
    commands: {
      family: 'chromium',
      list: async () => [
        { name: '_execute_action', description: 'Open', shortcut: 'Alt+Shift+R' },
        { name: 'open-side-panel', description: 'Panel', shortcut: '' },
        { name: 'annotate-selection', description: 'Annotate', shortcut: 'Alt+Shift+A' },
      ],
      openShortcutSettings: null,
    },
  };
}
