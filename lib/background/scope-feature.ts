/**
 * Keeps the "every site" content script in step with the optional permission:
 * registered while `<all_urls>` is granted, unregistered when it is withdrawn;
 * and the content script for the sites the user chose to always read in step
 * with those grants. An administrator's recognition scope that leaves the
 * user's sites out (lib/core/settings/recognition-scope.ts) keeps both
 * unregistered, whatever the user granted.
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
import { userMayAddSites, type RecognitionScope } from '../core/settings/recognition-scope';
import { whileRunning, type BackgroundFeature } from './feature';

export async function syncAllSitesScript(allowed = true): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const [permitted, registered] = await Promise.all([hasAllSitesPermission(), isAllSitesScriptRegistered()]);
  const granted = allowed && permitted;
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

export interface ScopeFeatureDeps {
  /** The administrator's recognition scope (the default without a policy). */
  scope(): Promise<RecognitionScope>;
  /** Calls back when the administrator's policy changes. */
  onPolicyChanged(listener: () => void): () => void;
}

/** Answers no messages: it syncs once at start, on every permission change and on every policy change. */
export function createScopeFeature(deps: ScopeFeatureDeps): BackgroundFeature {
  return {
    start(signal) {
      let queue: Promise<unknown> = Promise.resolve();
      const sync = () => {
        let allowed = true;
        queue = queue
          .then(async () => (allowed = userMayAddSites(await deps.scope())))
          .then(() => syncAllSitesScript(allowed))
          .catch((error: unknown) => console.warn('Regiolens: could not update the content script for all sites', error))
          .then(() => syncGrantedSitesScript(allowed))
          .catch((error: unknown) => console.warn("Regiolens: could not update the content script for the user's sites", error));
      };
      whileRunning(signal, onPermissionsChanged(sync), deps.onPolicyChanged(sync));
      sync();
    },
  };
}
