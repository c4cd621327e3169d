/**
 * What the options page needs from settings: the user's own (read, change,
 * follow changes made elsewhere) and what an administrator preset. Implemented
 * in lib/views/options/settings-source.ts; component tests pass fakes.
 *
 * The options page's settings service over extension storage and managed storage. */
import type { RecognitionScope } from '../../core/settings/recognition-scope';
import type { Settings } from '../../core/settings/schema';
import { managedUpdateAddress, type ManagedUpdateAddress } from '../../core/settings/update-address';
import { isLoopbackHost } from '../../core/index/http-policy';
import { trustedKeysFrom } from '../../core/index/trusted-keys';
import {
  loadManagedSettings,
  managedSettingsWhenRead,
  onManagedChanged,
  type ManagedSettings,
} from '../../shared/platform/managed';
import { hasAllSitesPermission, removeOriginAccess, requestOriginAccess } from '../../shared/platform/permissions';
import { isPolicySite } from '../../core/sites';
import { events } from '../../shared/platform/events';
import { loadSettings, saveSettings } from '../../shared/platform/settings';

export interface ManagedOptions {
  /** The update address an administrator preset (it wins over the user's), or that they switched updates off. */
  updateUrl: ManagedUpdateAddress;
  /**
   * The publisher keys updates are checked against: how many (0 means every update and index file is
   * refused: updates are off) and whether an administrator's policy chose them (else the build did).
   */
  trustedKeys: { count: number; fromPolicy: boolean };
  /** How often, in hours, the background checks for an update, when the policy sets it (else null: every 24 hours). */
  updateIntervalHours: number | null;
  /** Which pages Regiolens reads by itself, when the policy sets it (else null: the default, which the user may widen). */
  scope: RecognitionScope | null;
}

export interface OptionsSettings {
  load(): Promise<Settings>;
  save(changes: Partial<Settings>): Promise<Settings>;
  subscribe(listener: (settings: Settings) => void): () => void;
  managed(): Promise<ManagedOptions>;
  /**
   * Calls back with what an administrator set whenever the browser tells more than `managed()` did: its
   * policy service answers late (slow to start, as after a reboot) or the policy changes while the page is
   * open. Without this an early options page would show no policy until it is reloaded.
   */
  subscribeManaged(listener: (managed: ManagedOptions) => void): () => void;
  /**
   * Asks for access to an update server that is not on the policy-site list (call it from the click,
   * before any await). True when access is there or not needed (policy site, this machine).
   */
  requestSourceAccess(url: string): Promise<boolean>;
  /** Gives back the access asked for an update server that is no longer used (nothing for policy sites or this machine). */
  releaseSourceAccess(previous: string, next: string | null): Promise<void>;
}

/** True for update servers the extension has no host access to by itself. */
function needsOwnAccess(url: string): boolean {
  const { hostname } = new URL(url);
  return !isPolicySite(hostname) && !isLoopbackHost(hostname);
}

/** What the page shows of an administrator's settings. */
function managedOptions(managed: ManagedSettings): ManagedOptions {
  return {
    updateUrl: managedUpdateAddress(managed.indexUpdateUrl),
    // The background's rule (lib/background/index-feature.ts): policy keys replace the built-in ones.
    trustedKeys: {
      count: trustedKeysFrom(managed.trustedPublisherKeys).keys.length,
      fromPolicy: managed.trustedPublisherKeys !== undefined,
    },
    updateIntervalHours: managed.updateIntervalHours ?? null,
    scope: managed.recognitionScope ?? null,
  };
}

export function createOptionsSettings(): OptionsSettings {
  return {
    load: loadSettings,
    save: saveSettings,
    subscribe: (listener) => events.on('settings/changed', listener),
    managed: async () => managedOptions(await loadManagedSettings()),
    subscribeManaged(listener) {
      let live = true;
      const readLate = () =>
        managedSettingsWhenRead().then(
          (managed) => live && listener(managedOptions(managed)),
          // No policy in this browser (the read rejects): `managed()` said so already.
          () => undefined,
        );
      void readLate();
      const stop = onManagedChanged(() => void readLate());
      return () => {
        live = false;
        stop();
      };
    },
    requestSourceAccess(url) {
      // Policy sites are host permissions already; this machine is for testing and needs no prompt.
      if (!needsOwnAccess(url)) return Promise.resolve(true);
      return requestOriginAccess(url);
    },
    async releaseSourceAccess(previous, next) {
      if (!needsOwnAccess(previous)) return;
      if (next !== null && new URL(next).origin === new URL(previous).origin) return;
      // Inside "every site" the origin is not a grant of its own; removing it would touch that choice.
      if (await hasAllSitesPermission()) return;
      await removeOriginAccess(previous);
    },
  };
}
