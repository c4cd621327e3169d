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
  const area = browser.storage.session ?? browser.storage.local;
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
