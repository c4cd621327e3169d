/**
 * Which pages Regiolens reads by itself, as an administrator may set it by policy
 * (`recognitionScope` in public/managed-schema.json). A page the user asks for
 * (the toolbar button, _Lees deze pagina_) is read under every scope: the scope
 * only limits reading that nobody asked for.
 *
 * - `policy-and-user-sites` (the default, and what applies without a policy): the
 *   policy-site list, plus the sites the user chooses to always read, or every
 *   site when the user allows it.
 * - `policy-sites`: the policy-site list only; the user cannot add sites.
 * - `on-request`: nothing by itself; a page is read only when the user asks.
 */
import { isPolicySite } from '../sites';

export const RECOGNITION_SCOPES = ['policy-and-user-sites', 'policy-sites', 'on-request'] as const;
export type RecognitionScope = (typeof RECOGNITION_SCOPES)[number];
export const DEFAULT_RECOGNITION_SCOPE: RecognitionScope = 'policy-and-user-sites';

/** True when a page on this host may be read without the user asking for it. */
export function readsByItselfUnder(scope: RecognitionScope, hostname: string): boolean {
  if (scope === 'on-request') return false;
  if (scope === 'policy-sites') return isPolicySite(hostname);
  return true;
}

/** True when the user may add sites to read by themselves (one site, or every site). */
export function userMayAddSites(scope: RecognitionScope): boolean {
  return scope === DEFAULT_RECOGNITION_SCOPE;
}
