/**
 * Keeps the "every site" content script in step with the optional permission:
 * registered while `<all_urls>` is granted, unregistered when it is withdrawn;
 * and the content script for the sites the user chose to always read in step
 * with those grants.
 * Checked at every background start (the registration may have been lost, or
 * the permission withdrawn in the browser's settings while we slept) and on
 * every permission change. Checks run one after another, so two events in
 * quick succession cannot register twice.
 */
import {
  hasAllSitesPermission,
  isAllSitesScriptRegistered,
  onPermissionsChanged,
  registerAllSitesScript,
  syncGrantedSitesScript,
  unregisterAllSitesScript,
} from '../shared/platform/permissions';
import { whileRunning, type BackgroundFeature } from './feature';

export async function syncAllSitesScript(): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const [granted, registered] = await Promise.all([hasAllSitesPermission(), isAllSitesScriptRegistered()]);
  if (granted && !registered) {
    await registerAllSitesScript();
    return 'registered';
  }
  if (!granted && registered) {
    await unregisterAllSitesScript();
    return 'unregistered';
  }
  return 'unchanged';
}

/** Answers no messages: it syncs once at start and on every permission change. */
export function createScopeFeature(): BackgroundFeature {
  return {
    start(signal) {
      let queue: Promise<unknown> = Promise.resolve();
      const sync = () => {
        queue = queue
          .then(syncAllSitesScript)
          .catch((error: unknown) => console.warn('Regiolens: could not update the content script for all sites', error))
          .then(syncGrantedSitesScript)
          .catch((error: unknown) => console.warn("Regiolens: could not update the content script for the user's sites", error));
      };
      whileRunning(signal, onPermissionsChanged(sync));
      sync();
    },
  };
}
