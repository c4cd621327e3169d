/**
 * The optional "every site" permission as the options page sees it. `request`
 * must be called straight from a click (browsers only show the permission
 * prompt for a user gesture). Implemented in lib/services/options-scope.ts.
 */
export interface OptionsScope {
  hasAllSites(): Promise<boolean>;
  /** Shows the browser's prompt; true when granted. */
  requestAllSites(): Promise<boolean>;
  /** Gives the permission back; true when it is gone. */
  revokeAllSites(): Promise<boolean>;
  /** Calls back when the permission changes (also from the browser's own settings). */
  subscribe(listener: (granted: boolean) => void): () => void;
}
