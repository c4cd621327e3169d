/**
 * The options page's services for component tests: the real background
 * (./background.ts) for the index, whose state a test sets up through the store
 * and the update server it stands in for; in-memory fakes, with knobs, for what
 * lies beneath the page itself (settings and managed storage, permissions, the
 * notes service, the browser's commands).
 */
import type { RecognitionScope } from '../../../lib/core/settings/recognition-scope';
import { makeEntry } from '../../fixtures/index/make-index';
import type { FetchLike } from '../../../lib/background/index-fetch';
import type { IndexSource, LastCheck } from '../../../lib/core/index/store';
import type { ImportReport } from '../../../lib/core/notes/import-jsonld';
import type { ExportedFile } from '../../../lib/views/options/export-file';
import type { PersistenceState } from '../../../lib/views/notes/notes-source';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import type { ManagedUpdateAddress } from '../../../lib/core/settings/update-address';
import type { OptionsServices } from '../../../lib/views/options/services-source';
import type { ManagedOptions } from '../../../lib/views/options/settings-source';
import { indexFile, signedIndex, testBackground, type TestBackground } from './background';

export const UPDATE_URL = 'https://index.example.org/regiolens.json';
/** The bundled index of these tests: version 1, 55 entries. */
const BUNDLED_COUNT = 55;
const entries = (count: number) => Array.from({ length: count }, (_, n) => makeEntry(n + 1));

/**
 * What the background has been through before the page opens: an update to version 3
 * (57 entries from UPDATE_URL) made the bundled index the previous one.
 */
export async function updatedOnce(background: TestBackground, source: IndexSource = { kind: 'update', url: UPDATE_URL }) {
  await background.store.swapIn(indexFile(entries(57), 3), source, '2026-12-01T09:30:00Z', null);
}

/** The last update check, as the updater recorded it. */
export async function lastCheck(background: TestBackground, check: LastCheck): Promise<void> {
  await background.store.recordCheck(check);
}

/** How the update server at UPDATE_URL answers a check (the active index is version 3). */
export type ServerAnswer = 'updated' | 'not_modified' | 'signature_invalid' | 'not_newer' | 'network_error';

export function updateServer(answer: ServerAnswer): FetchLike {
  const file = async (version: number) => signedIndex(indexFile(entries(58), version));
  return async (input) => {
    if (answer === 'network_error') throw new TypeError('Failed to fetch');
    if (answer === 'not_modified') return new Response(null, { status: 304 });
    const { bytes, signature } = await file(answer === 'not_newer' ? 3 : 4);
    // A signature over other bytes: made by the trusted key, but not for this file.
    const sent = answer === 'signature_invalid' ? (await file(5)).signature : signature;
    return input.endsWith('.sig')
      ? new Response(sent, { headers: { 'content-type': 'text/plain' } })
      : new Response(bytes, { headers: { 'content-type': 'application/json' } });
  };
}

/** The index actions the page asked of the background, without its status reads. */
export function indexActions(background: TestBackground): string[] {
  return background.sent.filter((message) => message.type !== 'index/status').map((message) => message.type);
}

export interface FakeKnobs {
  settings?: Partial<Settings>;
  /** The administrator's update address policy (none unless told). */
  managedUpdate?: ManagedUpdateAddress;
  /** The publisher keys updates are checked against (one built-in key unless told). */
  trustedKeys?: { count: number; fromPolicy: boolean };
  /** The administrator's check interval and recognition scope (none unless told). */
  updateIntervalHours?: number;
  scope?: RecognitionScope;
  /** The update server the background checks (UPDATE_URL is then the configured address). */
  server?: FetchLike;
  allSites?: boolean;
  grant?: boolean;
  /** Sites the user chose to always read. */
  sitesRead?: string[];
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
  /** The real background behind `background` and `events`. */
  harness: TestBackground;
  /** As the browser's policy service answering late, or a policy changed while the page is open. */
  announcePolicy(managed: ManagedOptions): void;
}

export function fakeServices(knobs: FakeKnobs = {}): FakeServices {
  const calls: string[] = [];
  const saved: ExportedFile[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS, ...knobs.settings };
  const settingsListeners = new Set<(settings: Settings) => void>();
  const managedListeners = new Set<(managed: ManagedOptions) => void>();
  let granted = knobs.allSites ?? false;
  const sitesRead = new Set(knobs.sitesRead ?? []);
  let count = knobs.noteCount ?? 3;
  const harness = testBackground({
    entries: entries(BUNDLED_COUNT),
    ...(knobs.server ? { server: knobs.server, sourceUrl: UPDATE_URL } : {}),
  });
  return {
    calls,
    saved,
    knobs,
    currentSettings: () => settings,
    announcePolicy: (managed) => managedListeners.forEach((listener) => listener(managed)),
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
      managed: async () => ({
        updateUrl: knobs.managedUpdate ?? { kind: 'none' },
        trustedKeys: knobs.trustedKeys ?? { count: 1, fromPolicy: false },
        updateIntervalHours: knobs.updateIntervalHours ?? null,
        scope: knobs.scope ?? null,
      }),
      subscribeManaged(listener) {
        managedListeners.add(listener);
        return () => managedListeners.delete(listener);
      },
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
      sitesReadAlways: async () => [...sitesRead],
      async stopReading(site) {
        calls.push(`stop-reading:${site}`);
        sitesRead.delete(site);
        return true;
      },
      subscribeSites: () => () => undefined,
    },
    harness,
    background: harness.client,
    events: harness.events,
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
        const report = knobs.importReport ?? { added: 2, skipped: 1, errors: [], refused: [], notices: [] };
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
        { name: '_execute_action', description: 'Open', shortcut: 'Alt+Shift+L' },
        { name: 'open-side-panel', description: 'Panel', shortcut: '' },
        { name: 'annotate-selection', description: 'Annotate', shortcut: 'Alt+Shift+M' },
      ],
      openShortcutSettings: null,
    },
  };
}
