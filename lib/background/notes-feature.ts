/**
 * The background's part of notes: the context menu item and the keyboard
 * command that annotate the selected passage. Both open the side panel (which
 * needs the user gesture, so it is called first, synchronously), ask the tab's
 * content script for the selection, and hand it to the panel through session
 * storage plus an event: the panel may still be loading when the answer
 * arrives, so it reads the stored one on start and listens for new ones.
 * In a private window, unless the user allowed Regiolens there, nothing is
 * done to the page and nothing is kept: the panel opens (that must happen in
 * the gesture, before the setting is known) and says the page is private.
 */
import { handOverAnnotation } from '../shared/platform/pending-annotation';
import { ensureMenuItem, onCommand, onMenuItemClicked, type MenuClickTab } from '../shared/platform/context-menu';
import { contentClient } from '../shared/platform/messaging';
import { injectContentScript } from '../shared/platform/scripting';
import { extensionUrl } from '../shared/platform/runtime';
import { loadSettings } from '../shared/platform/settings';
import { READER_PAGE, isReaderPage } from '../core/pdf/reader-address';
import { openSidePanel } from '../shared/platform/side-panel';
import { whileRunning, type BackgroundFeature } from './feature';
import { privateAndNotAllowed } from './private-windows';
import { isRestrictedUrl, isScriptingRefusal } from './restricted';
import type { Translators } from '../shared/platform/translator';
import type { PageProblem, PageSelection, PendingAnnotation } from '../core/notes/types';

export const ANNOTATE_MENU_ID = 'regiolens-annotate-selection';
export const ANNOTATE_COMMAND = 'annotate-selection';
/**
 * The selection in a tab. A page off the policy-site list has no content
 * script yet: the menu click or command granted activeTab, so it is injected
 * and asked again. Browser pages and stores refuse the script: restricted.
 */
export async function selectionOf(tab: MenuClickTab | undefined): Promise<PageSelection | null | PageProblem> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return 'unavailable';
  const ask = () => contentClient(tabId).call('page/selection', {});
  // Our own PDF reader answers for its document's text layer; it is asked, never injected.
  if (tab?.url !== undefined && isReaderPage(tab.url, extensionUrl(READER_PAGE))) {
    return ask().catch((error: unknown) => {
      console.debug('Regiolens: the reader did not give its selection', error);
      return 'unavailable' as const;
    });
  }
  if (tab?.url !== undefined && isRestrictedUrl(tab.url)) return 'restricted';
  try {
    return await ask();
  } catch (first) {
    console.debug('Regiolens: no content script answered; injecting it', first);
  }
  try {
    await injectContentScript(tabId);
  } catch (refused) {
    // Browser pages and stores refuse scripts; any other failure (the tab closed meanwhile) is not theirs.
    console.debug('Regiolens: the content script could not be injected', refused);
    return isScriptingRefusal(refused) ? 'restricted' : 'unavailable';
  }
  try {
    return await ask();
  } catch (gone) {
    console.debug('Regiolens: the tab did not answer', gone);
    return 'unavailable';
  }
}

/** The browser hands the listener the whole tab; the platform's MenuClickTab names only what every caller needs. */
const isIncognito = (tab: MenuClickTab | undefined) => (tab as { incognito?: boolean } | undefined)?.incognito;

async function handOverSelection(tab: MenuClickTab | undefined): Promise<void> {
  // Not even the content script goes into a private tab the user keeps Regiolens out of, and no selection is stored.
  if (await privateAndNotAllowed(isIncognito(tab), loadSettings)) return;
  const answer = await selectionOf(tab);
  const base = { tabId: tab?.id ?? -1, at: Date.now() };
  const pending: PendingAnnotation =
    answer === null
      ? { ...base, status: 'no-selection' }
      : typeof answer === 'string'
        ? { ...base, status: answer }
        : { ...base, status: 'selection', selection: answer };
  await handOverAnnotation(pending);
}

function annotate(tab: MenuClickTab | undefined): void {
  // First and synchronously: the side panel only opens inside the user gesture.
  openSidePanel(tab?.windowId).catch((error: unknown) => console.warn('Regiolens: the side panel did not open', error));
  handOverSelection(tab).catch((error: unknown) =>
    console.warn('Regiolens: the selection was not handed to the side panel', error),
  );
}

/**
 * The menu item and the command (listeners added synchronously, so a waking worker gets its
 * click); the item is re-titled when the language choice changes. Answers no messages.
 */
export function createNotesFeature(translators: Translators): BackgroundFeature {
  return {
    start(signal) {
      const logFailure = (error: unknown) => console.warn('Regiolens: the notes menu item was not created', error);
      // One (re)creation at a time: overlapping remove/create pairs would report a duplicate id.
      let menuWork = Promise.resolve();
      const refreshMenu = () =>
        (menuWork = menuWork
          .then(async () =>
            ensureMenuItem(ANNOTATE_MENU_ID, (await translators.current())('sidepanel_menu_annotate'), ['selection']),
          )
          .catch(logFailure));
      whileRunning(
        signal,
        onMenuItemClicked(ANNOTATE_MENU_ID, annotate),
        onCommand(ANNOTATE_COMMAND, annotate),
        translators.onChange(refreshMenu),
      );
      refreshMenu();
    },
  };
}
