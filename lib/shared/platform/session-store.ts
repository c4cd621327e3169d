/**
 * The one wrapper over `storage.session`: per-session storage that the browser
 * keeps in memory, survives a restart of the service worker but not of the
 * browser, and is never written to disk. The background keeps what it knows
 * about open tabs here (sessionStore); extension pages keep short-lived view
 * state such as the popup's last query (sessionValue).
 *
 * There is deliberately no fallback to `storage.local`: tab data must never
 * reach disk.
 *
 * Tab states (addresses, verdicts) and a pending annotation (selected text)
 * must not be readable, or writable, by content scripts: before the first read
 * or write, the area is restricted to extension pages and the worker
 * (TRUSTED_CONTEXTS). That is Chrome's default, but a default is not a promise,
 * so it is asked for explicitly (issue 11, item 2). Firefox has no
 * `setAccessLevel` and never exposes `storage.session` to content scripts.
 */
import { browser } from 'wxt/browser';

let restricted: Promise<void> | undefined;

/** Restricts `storage.session` to trusted contexts, once per context; a failure is logged, not fatal. */
export function restrictSessionStorage(): Promise<void> {
  restricted ??= (async () => {
    const area = browser.storage.session as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
    if (typeof area.setAccessLevel !== 'function') return;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch (error) {
      console.warn('Regiolens: storage.session could not be restricted to the extension', error);
    }
  })();
  return restricted;
}

export interface SessionStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Values under `prefix` + key. Throws where the browser has no `storage.session`: the background depends on it. */
export function sessionStore<T>(prefix: string): SessionStore<T> {
  const area = browser.storage.session;
  const ready = restrictSessionStorage();
  return {
    async get(key) {
      await ready;
      const name = `${prefix}${key}`;
      const found = await area.get(name);
      return found[name] as T | undefined;
    },
    async set(key, value) {
      await ready;
      await area.set({ [`${prefix}${key}`]: value });
    },
    async remove(key) {
      await ready;
      await area.remove(`${prefix}${key}`);
    },
  };
}

export interface SessionValue {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
}

/**
 * One value for a view, read back unchecked (the caller validates it). Where
 * `storage.session` is missing, nothing is remembered: the view merely forgets.
 */
export function sessionValue(key: string): SessionValue {
  const store = browser.storage.session ? sessionStore<unknown>('') : undefined;
  return {
    get: async () => store?.get(key),
    set: async (value) => store?.set(key, value),
  };
}
