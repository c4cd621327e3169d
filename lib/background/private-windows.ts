/**
 * Private windows. The browser may allow Regiolens there, but the user decides
 * in options (`allowPrivateWindows`, off by default) whether Regiolens reads
 * pages or keeps anything of them there: one check, shared by every feature
 * that would touch a private tab's page.
 */
import type { Settings } from '../core/settings/schema';

/** True for a tab in a private window while the user has not allowed Regiolens there. */
export async function privateAndNotAllowed(incognito: boolean | undefined, settings: () => Promise<Settings>): Promise<boolean> {
  return incognito === true && !(await settings()).allowPrivateWindows;
}
