/**
 * The "every site" content script follows the optional `<all_urls>`
 * permission: registered while granted, unregistered when withdrawn, and never
 * registered twice, however the permission events and start-ups interleave.
 * An administrator's scope that leaves the user's sites out keeps both scripts
 * unregistered, and a policy change is followed.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScopeFeature, syncAllSitesScript } from '../../../lib/background/scope-feature';
import type { RecognitionScope } from '../../../lib/core/settings/recognition-scope';
import { installPermissions, installScripting, type FakePermissions, type FakeScripting } from '../support/fake-apis';

const ALL_URLS = ['<all_urls>'];
const EXPECTED_SCRIPT = {
  id: 'regiolens-all-sites',
  matches: ['<all_urls>'],
  js: ['content-scripts/content.js'],
  runAt: 'document_idle',
};

let permissions: FakePermissions;
let scripting: FakeScripting;
let warn: ReturnType<typeof vi.spyOn>;
let running: AbortController;
let scope: RecognitionScope;
let policyChanged: () => void;
const startScopeFeature = () =>
  createScopeFeature({
    scope: async () => scope,
    onPolicyChanged: (listener) => {
      policyChanged = listener;
      return () => (policyChanged = () => undefined);
    },
  }).start(running.signal);

/** Every fake API answers through promises, so one macrotask lets all queued syncs finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  running = new AbortController();
  scope = 'policy-and-user-sites';
  policyChanged = () => undefined;
  permissions = installPermissions();
  scripting = installScripting();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  running.abort();
  // A failed sync is only logged; a warning here means a registration went wrong (e.g. a duplicate id).
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

describe('syncAllSitesScript', () => {
  const CASES = [
    { granted: true, registered: false, outcome: 'registered', after: ['regiolens-all-sites'] },
    { granted: false, registered: true, outcome: 'unregistered', after: [] },
    { granted: true, registered: true, outcome: 'unchanged', after: ['regiolens-all-sites'] },
    { granted: false, registered: false, outcome: 'unchanged', after: [] },
  ] as const;

  for (const row of CASES) {
    test(`granted=${row.granted}, registered=${row.registered} → ${row.outcome}`, async () => {
      if (row.granted) permissions.origins.add('<all_urls>');
      if (row.registered) scripting.registered.set('regiolens-all-sites', { ...EXPECTED_SCRIPT, runAt: 'document_idle' });
      expect(await syncAllSitesScript()).toBe(row.outcome);
      expect([...scripting.registered.keys()]).toEqual(row.after);
      // Running again changes nothing.
      expect(await syncAllSitesScript()).toBe('unchanged');
      expect([...scripting.registered.keys()]).toEqual(row.after);
    });
  }

  test('registers the content script for every site, at document_idle', async () => {
    permissions.origins.add('<all_urls>');
    await syncAllSitesScript();
    expect(scripting.registerCalls).toEqual([[EXPECTED_SCRIPT]]);
  });

  test('unregisters by its id only', async () => {
    scripting.registered.set('regiolens-all-sites', { ...EXPECTED_SCRIPT, runAt: 'document_idle' });
    scripting.registered.set('someone-else', { id: 'someone-else', matches: ['https://example.org/*'], js: ['other.js'] });
    await syncAllSitesScript();
    expect(scripting.unregisterCalls).toEqual([{ ids: ['regiolens-all-sites'] }]);
    expect([...scripting.registered.keys()]).toEqual(['someone-else']);
  });
});

describe("the user's own sites", () => {
  const SITE = '*://*.gemeente-voorbeeld.nl/*';
  test('a granted site gets the content script; a second site joins it; withdrawing both removes it', async () => {
    startScopeFeature();
    await settle();
    expect(scripting.registered.has('regiolens-granted-sites')).toBe(false);

    permissions.grant([SITE]);
    await settle();
    expect(scripting.registered.get('regiolens-granted-sites')).toMatchObject({
      matches: [SITE],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
    });

    permissions.grant(['*://*.example.org/*']);
    await settle();
    expect(scripting.registered.get('regiolens-granted-sites')?.matches).toEqual(['*://*.example.org/*', SITE]);

    permissions.revoke([SITE, '*://*.example.org/*']);
    await settle();
    expect(scripting.registered.has('regiolens-granted-sites')).toBe(false);
    // Every site is not one of the user's sites.
    expect(scripting.registered.has('regiolens-all-sites')).toBe(false);
  });

  test("an update server's origin is not a site the user chose", async () => {
    permissions.origins.add('https://index.example.net/*');
    startScopeFeature();
    await settle();
    expect(scripting.registerCalls).toEqual([]);
  });
});

describe('the scope feature', () => {
  test('at start: registers when the permission is already granted', async () => {
    permissions.origins.add('<all_urls>');
    startScopeFeature();
    await settle();
    expect(scripting.registerCalls).toEqual([[EXPECTED_SCRIPT]]);
  });

  test('at start: removes a registration left behind after the permission was withdrawn', async () => {
    scripting.registered.set('regiolens-all-sites', { ...EXPECTED_SCRIPT, runAt: 'document_idle' });
    startScopeFeature();
    await settle();
    expect([...scripting.registered.keys()]).toEqual([]);
  });

  test('granted → registered once; withdrawn → unregistered; granted again → registered again', async () => {
    startScopeFeature();
    await settle();
    expect(scripting.registered.size).toBe(0);

    permissions.grant(ALL_URLS);
    await settle();
    expect([...scripting.registered.keys()]).toEqual(['regiolens-all-sites']);
    expect(scripting.registerCalls).toHaveLength(1);

    permissions.revoke(ALL_URLS);
    await settle();
    expect(scripting.registered.size).toBe(0);
    expect(scripting.unregisterCalls).toEqual([{ ids: ['regiolens-all-sites'] }]);

    permissions.grant(ALL_URLS);
    await settle();
    expect([...scripting.registered.keys()]).toEqual(['regiolens-all-sites']);
    expect(scripting.registerCalls).toHaveLength(2);
  });

  test('events in quick succession (and the start-up check) register only once', async () => {
    permissions.origins.add('<all_urls>');
    startScopeFeature();
    permissions.grant(ALL_URLS);
    permissions.grant(ALL_URLS);
    await settle();
    expect(scripting.registerCalls).toEqual([[EXPECTED_SCRIPT]]);
  });

  test('an unrelated permission change leaves the registration alone', async () => {
    permissions.origins.add('<all_urls>');
    startScopeFeature();
    await settle();
    permissions.grant(['https://example.org/*']);
    permissions.revoke(['https://example.org/*']);
    await settle();
    expect(scripting.registerCalls).toHaveLength(1);
    expect(scripting.unregisterCalls).toEqual([]);
  });

  test('after the signal aborts, permission changes are no longer followed', async () => {
    startScopeFeature();
    await settle();
    running.abort();
    permissions.grant(ALL_URLS);
    await settle();
    expect(scripting.registerCalls).toEqual([]);
  });
});

describe("an administrator's recognition scope", () => {
  const SITE = '*://*.gemeente-voorbeeld.nl/*';
  for (const limited of ['policy-sites', 'on-request'] as const) {
    test(`${limited}: neither the user's sites nor every site get the content script; the grants stay`, async () => {
      scope = limited;
      permissions.origins.add('<all_urls>');
      permissions.origins.add(SITE);
      scripting.registered.set('regiolens-all-sites', { ...EXPECTED_SCRIPT, runAt: 'document_idle' });
      startScopeFeature();
      await settle();
      expect([...scripting.registered.keys()]).toEqual([]);
      expect([...permissions.origins].sort()).toEqual(['*://*.gemeente-voorbeeld.nl/*', '<all_urls>']);
    });
  }

  test('a policy change is followed: limited, then lifted', async () => {
    scope = 'policy-sites';
    permissions.origins.add(SITE);
    startScopeFeature();
    await settle();
    expect(scripting.registered.size).toBe(0);
    scope = 'policy-and-user-sites';
    policyChanged();
    await settle();
    expect(scripting.registered.get('regiolens-granted-sites')?.matches).toEqual([SITE]);
    scope = 'on-request';
    policyChanged();
    await settle();
    expect(scripting.registered.size).toBe(0);
  });
});
