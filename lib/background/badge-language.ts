/**
 * Keeps the toolbar button's words in the language chosen in options. The badge text and title of each
 * tab are set when its state changes, so after a language switch every open tab would keep the old
 * language (issue 12, minor) until it loaded again: at a switch, every tab's badge is drawn again.
 */
import type { Translate } from '../core/i18n/translator';
import type { TabState } from '../core/tab-state';
import { whileRunning, type BackgroundFeature } from './feature';

export interface BadgeLanguageDeps {
  /** Calls back with the new translator when the language setting changed. */
  onLanguageChanged(listener: (t: Translate) => void): () => void;
  /** The ids of every open tab. */
  tabIds(): Promise<number[]>;
  state(tabId: number): Promise<TabState>;
  show(state: TabState, t: Translate): Promise<void>;
}

export function createBadgeLanguageFeature(deps: BadgeLanguageDeps): BackgroundFeature {
  const redraw = async (t: Translate) => {
    for (const tabId of await deps.tabIds()) {
      // A tab that closed meanwhile has nothing to redraw; the others still do.
      await deps.show(await deps.state(tabId), t).catch((error: unknown) => console.debug('Regiolens: badge not redrawn', error));
    }
  };
  return {
    start(signal) {
      whileRunning(
        signal,
        deps.onLanguageChanged(
          (t) => void redraw(t).catch((error: unknown) => console.warn('Regiolens: could not redraw the badges', error)),
        ),
      );
    },
  };
}
