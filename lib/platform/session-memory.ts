/**
 * One value in session storage (kept in memory by the browser, gone when it
 * closes, never written to disk): for short-lived view state such as the
 * popup's last query. Extension pages may read `storage.session` in Chrome and
 * Firefox; where it is missing, nothing is remembered.
 */
import { browser } from './browser';

export interface SessionValue {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
}

export function sessionValue(key: string): SessionValue {
  const area = browser.storage.session;
  return {
    async get() {
      if (!area) return undefined;
      const found = await area.get(key);
      return found[key];
    },
    async set(value) {
      if (!area) return;
      await area.set({ [key]: value });
    },
  };
}
