/**
 * What a view needs to follow the current tab. Views receive an implementation
 * (lib/services/tab-source.ts in the extension, a fake in component tests).
 */
import type { TabState } from '../tab-state';

export interface TabSource {
  /** The state of the active tab right now. */
  current(): Promise<TabState>;
  /** Calls back with the active tab's state whenever the user switches tabs, navigates, or an analysis finishes. */
  subscribe(listener: (state: TabState) => void): () => void;
  /** Asks to read the active tab now (the popup's activeTab grant). */
  analyseActive(): Promise<TabState>;
}
