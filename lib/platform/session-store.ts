/**
 * Per-session key/value storage (`storage.session`): survives a restart of the
 * service worker but not of the browser, and is never written to disk. Used
 * for what the background knows about open tabs.
 */
import { browser } from './browser';

export interface SessionStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
}

export function sessionStore<T>(prefix: string): SessionStore<T> {
  // No fallback to storage.local: what is known about tabs must never be written to disk.
  const area = browser.storage.session;
  return {
    async get(key) {
      const name = `${prefix}${key}`;
      const found = await area.get(name);
      return found[name] as T | undefined;
    },
    async set(key, value) {
      await area.set({ [`${prefix}${key}`]: value });
    },
    async remove(key) {
      await area.remove(`${prefix}${key}`);
    },
  };
}
