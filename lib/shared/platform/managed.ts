/**
 * Settings an administrator presets through enterprise policy (managed
 * storage; schema in public/managed-schema.json). Browsers without a policy
 * reject the read; that simply means "nothing preset".
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const ManagedSchema = v.object({
  indexUpdateUrl: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(2000))), undefined),
  // A present but unusable value (not a list, or absurdly long) becomes an empty list: trust
  // nothing rather than fall back to the built-in keys.
  // (optional on the outside: an absent value means no policy; valibot would treat a missing key
  // under a bare fallback as invalid and return the fallback)
  trustedPublisherKeys: v.optional(v.fallback(v.pipe(v.array(v.unknown()), v.maxLength(100)), [])),
  updateIntervalHours: v.fallback(v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 30))), undefined),
});
export type ManagedSettings = v.InferOutput<typeof ManagedSchema>;

export async function loadManagedSettings(): Promise<ManagedSettings> {
  try {
    const stored = await browser.storage.managed.get();
    return v.parse(ManagedSchema, stored ?? {});
  } catch (error) {
    console.debug('Regiolens: no managed settings', error);
    return v.parse(ManagedSchema, {});
  }
}
