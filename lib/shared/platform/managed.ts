/**
 * Settings an administrator presets through enterprise policy (managed
 * storage; schema in public/managed-schema.json). Browsers without a policy
 * reject the read; that simply means "nothing preset".
 *
 * Chromium's `storage.managed.get` can take seconds, or never answer, while
 * its policy service starts (seen here: an index check that waited forever on
 * it; reported for Chrome and Edge by other extensions). So a read waits at
 * most MANAGED_WAIT_MS, then goes on with the policy last read in this browser
 * session (kept in `storage.session`, out of content scripts' reach), or with
 * no policy when none was ever read; the slow read still lands and is
 * remembered for next time. One read is in flight at a time.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { RECOGNITION_SCOPES } from '../../core/settings/recognition-scope';
import { sessionValue } from './session-store';

export const ManagedSchema = v.object({
  indexUpdateUrl: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(2000))), undefined),
  // A present but unusable value (not a list, or absurdly long) becomes an empty list: trust
  // nothing rather than fall back to the built-in keys.
  // (optional on the outside: an absent value means no policy; valibot would treat a missing key
  // under a bare fallback as invalid and return the fallback)
  trustedPublisherKeys: v.optional(v.fallback(v.pipe(v.array(v.unknown()), v.maxLength(100)), [])),
  updateIntervalHours: v.fallback(v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 30))), undefined),
  // Which pages are read by themselves (lib/core/settings/recognition-scope.ts). A present but unknown
  // value reads nothing by itself: the administrator meant to limit reading, so the narrowest scope.
  recognitionScope: v.optional(v.fallback(v.picklist(RECOGNITION_SCOPES), 'on-request')),
});
export type ManagedSettings = v.InferOutput<typeof ManagedSchema>;

/** How long a caller waits for the browser's answer before going on with what was read last. */
export const MANAGED_WAIT_MS = 3_000;
const LAST_KNOWN_KEY = 'managed-last-known';

export interface ManagedReaderDeps {
  /** The browser's managed storage (rejects where there is no policy). */
  read: () => Promise<unknown>;
  /** Where the last policy read is kept for this browser session; validated again when read back. */
  lastKnown?: { get(): Promise<unknown>; set(value: unknown): Promise<void> };
  waitMs?: number;
}

const parse = (stored: unknown): ManagedSettings => v.parse(ManagedSchema, stored ?? {});

export function createManagedReader({
  read,
  lastKnown,
  waitMs = MANAGED_WAIT_MS,
}: ManagedReaderDeps): () => Promise<ManagedSettings> {
  let inFlight: Promise<ManagedSettings> | null = null;
  const readOnce = () =>
    (inFlight ??= read()
      .then(
        (stored) => {
          const settings = parse(stored);
          void lastKnown?.set(settings).catch(() => undefined);
          return settings;
        },
        (error: unknown) => {
          console.debug('Regiolens: no managed settings', error);
          return parse({});
        },
      )
      .finally(() => {
        inFlight = null;
      }));
  return async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    const settings = await Promise.race([readOnce(), late]);
    clearTimeout(timer);
    if (settings) return settings;
    const remembered = await lastKnown?.get().catch(() => undefined);
    console.warn(
      `Regiolens: the browser gave no managed settings within ${waitMs} ms; going on with ${remembered ? 'the ones read last' : 'none'}`,
    );
    return parse(remembered);
  };
}

/** Opened on first use, so importing this module touches no storage. */
let remembered: ReturnType<typeof sessionValue> | undefined;
const lastKnownInSession = () => (remembered ??= sessionValue(LAST_KNOWN_KEY));

export const loadManagedSettings = createManagedReader({
  read: () => browser.storage.managed.get(),
  lastKnown: { get: () => lastKnownInSession().get(), set: (value) => lastKnownInSession().set(value) },
});

/**
 * The browser's own answer, however long it takes (rejects where there is no policy). For work that
 * can be redone once the policy has arrived, after going on with `loadManagedSettings`' quick answer.
 */
export const managedSettingsWhenRead = (): Promise<ManagedSettings> => browser.storage.managed.get().then(parse);

/** Calls back when the browser reports a changed policy (managed storage); returns the function that stops it. */
export function onManagedChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
