/**
 * Opens the welcome page once, when Regiolens is installed (issue 12, item 8): nothing else tells a new
 * user what it does, and Chromium hides a new extension's button in the puzzle menu. An update or a
 * browser update opens nothing; the page stays reachable from the popup and the options page.
 */
import { whileRunning, type BackgroundFeature } from './feature';

/** The welcome page, relative to the extension's root. */
export const WELCOME_PAGE = '/welcome.html';

export interface WelcomeDeps {
  /** Calls back when the extension was freshly installed (not updated). */
  onFreshInstall(listener: () => void): () => void;
  /** Opens one of our own pages in a new tab. */
  openPage(path: string): Promise<void>;
}

export function createWelcomeFeature(deps: WelcomeDeps): BackgroundFeature {
  return {
    start(signal) {
      whileRunning(
        signal,
        deps.onFreshInstall(
          () =>
            void deps
              .openPage(WELCOME_PAGE)
              .catch((error: unknown) => console.warn('Regiolens: could not open the welcome page', error)),
        ),
      );
    },
  };
}
