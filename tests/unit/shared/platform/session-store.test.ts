/**
 * The one wrapper over storage.session: prefixed values for the background,
 * single values for views, and nothing ever in storage.local (tab data must
 * never reach disk). Content scripts may not reach it: it is restricted to
 * trusted contexts before anything is read or written (issue 11, item 2).
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionStore, sessionValue } from '../../../../lib/shared/platform/session-store';

beforeEach(() => {
  fakeBrowser.reset();
});

async function everythingLocal(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

describe('sessionStore', () => {
  test('keeps values under its prefix in storage.session, and removes them', async () => {
    const tabs = sessionStore<{ status: string }>('tab:');
    await tabs.set('7', { status: 'analysed' });
    expect(await tabs.get('7')).toEqual({ status: 'analysed' });
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': { status: 'analysed' } });
    expect(await sessionStore('other:').get('7')).toBeUndefined();
    await tabs.remove('7');
    expect(await tabs.get('7')).toBeUndefined();
    expect(await everythingLocal()).toEqual({});
  });
});

describe('sessionValue', () => {
  test('one value, read back as stored, never written to storage.local', async () => {
    const value = sessionValue('popup:last-query');
    expect(await value.get()).toBeUndefined();
    await value.set({ query: 'wgr', at: 1 });
    expect(await value.get()).toEqual({ query: 'wgr', at: 1 });
    expect(await fakeBrowser.storage.session.get('popup:last-query')).toEqual({ 'popup:last-query': { query: 'wgr', at: 1 } });
    expect(await everythingLocal()).toEqual({});
  });
});

describe('access', () => {
  test('storage.session is restricted to trusted contexts once, before the first read or write', async () => {
    const calls: string[] = [];
    Object.assign(fakeBrowser.storage.session, {
      setAccessLevel: async (options: { accessLevel: string }) => void calls.push(`access:${options.accessLevel}`),
    });
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    Object.assign(fakeBrowser.storage.session, {
      set: async (items: Record<string, unknown>) => {
        calls.push(`set:${Object.keys(items).join(',')}`);
        await set(items);
      },
    });
    // A fresh module: the restriction is asked for once per context.
    vi.resetModules();
    const fresh = await import('../../../../lib/shared/platform/session-store');
    await fresh.sessionStore('tab:').set('7', { status: 'analysed' });
    await fresh.sessionStore('notes:').set('pendingAnnotation', { text: 'x' });
    await fresh.sessionValue('popup:last-query').set({ query: 'wgr', at: 1 });
    expect(calls).toEqual(['access:TRUSTED_CONTEXTS', 'set:tab:7', 'set:notes:pendingAnnotation', 'set:popup:last-query']);
  });
});
