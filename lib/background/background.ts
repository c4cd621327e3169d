/**
 * The background's composition root: it builds each feature over the
 * extension's platform (tabs, storage, IndexedDB, the event bus, one translator
 * cache), joins them (lib/background/feature.ts: one handler per message),
 * routes runtime messages to them and starts them. Entry point code calls
 * `startBackground()` and nothing else.
 */
import { badgeLook } from './badge-look';
import { createRouter } from '../shared/messages/router';
import { backgroundProtocol } from '../shared/messages/protocol';
import { MessageError } from '../shared/messages/define';
import { setBadge } from '../shared/platform/badge';
import { ensureMenuItem, onCommand, onMenuItemClicked } from '../shared/platform/context-menu';
import { events } from '../shared/platform/events';
import { listenForMessages, trustedOrigin } from '../shared/platform/listen';
import { loadManagedSettings, onManagedChanged } from '../shared/platform/managed';
import { documentContentType, injectContentScript } from '../shared/platform/scripting';
import { sessionStore } from '../shared/platform/session-store';
import { loadSettings } from '../shared/platform/settings';
import { openSidePanel } from '../shared/platform/side-panel';
import { extensionUrl, onFreshInstall } from '../shared/platform/runtime';
import { activeTab, allTabIds, getTab, onTabLoading, onTabRemoved, openInNewTab, showInTab } from '../shared/platform/tabs';
import { extensionTranslators } from '../shared/platform/translator';
import { openNotesDb } from '../shared/stores/notes-db';
import type { TabState } from '../core/tab-state';
import { composeFeatures, whileRunning, type BackgroundFeature } from './feature';
import { createIndexFeature, extensionIndexDeps } from './index-feature';
import { createEntrySearchFeature } from './entry-search-feature';
import { createEntryLookupFeature } from './entry-lookup-feature';
import { createManagedScope } from './managed-scope';
import { createNotesFeature } from './notes-feature';
import { createOmniboxFeature } from './omnibox-feature';
import { createPdfFeature } from './pdf-feature';
import { readerPath } from '../core/pdf/reader-address';
import { createPageNotesFeature } from './page-notes-feature';
import { createRecognitionService } from './recognition-service';
import { createScopeFeature } from './scope-feature';
import { createTabsFeature, type TabFacts } from './tabs-feature';
import { createTabTracker } from './tracker';
import { createWelcomeFeature } from './welcome-feature';
import { createBadgeLanguageFeature } from './badge-language';

async function resolveTab(tabId: number | null): Promise<TabFacts> {
  if (tabId !== null) return getTab(tabId);
  const tab = await activeTab('last-focused');
  if (!tab) throw new MessageError('unavailable', 'there is no active tab');
  return tab;
}

/** The command that opens the side panel; it must run inside the command's user gesture. */
const sidePanelCommand: BackgroundFeature = {
  start: (signal) =>
    whileRunning(
      signal,
      onCommand('open-side-panel', (tab) => void openSidePanel(tab?.windowId)),
    ),
};

/** Starts the background; aborting the signal removes every listener it added. */
export function startBackground(signal: AbortSignal = new AbortController().signal): void {
  // The worker's one translator cache (badge titles, omnibox, menu), made in its first turn.
  const translators = extensionTranslators();
  const indexDeps = extensionIndexDeps();
  const index = createIndexFeature({ ...indexDeps, events, onActiveChanged: () => recognition.invalidate() });
  const recognition = createRecognitionService(async () => (await index.activeIndex()).entries);
  const entrySearch = createEntrySearchFeature({ activeIndex: index.activeIndex, events, searches: indexDeps.store });
  // Read only here (the views write); it posts nothing, and opens its connection at the first read.
  const notes = openNotesDb({ channel: null });
  const notesForPage = async (url: string, canonical?: string) => (await notes).notesForPage(url, canonical);
  const tracker = createTabTracker({
    store: sessionStore<TabState>('tab:'),
    recognise: (page) => recognition.recognise(page),
    countNotes: async (url) => (await notesForPage(url)).length,
    show: async (state) => setBadge(state.tabId, badgeLook(state, await translators.current())),
    announce: (state) => events.publish('tab/state', state),
  });

  // The administrator's recognition scope: read once, again after every policy change.
  const managedScope = createManagedScope(loadManagedSettings);
  const onPolicyChanged = (listener: () => void) =>
    onManagedChanged(() => {
      managedScope.invalidate();
      listener();
    });

  const pdf = createPdfFeature({
    tab: getTab,
    settings: loadSettings,
    readerUrl: (documentUrl) => extensionUrl(readerPath(documentUrl)),
    showInTab,
    openInNewTab,
    ensureMenuItem,
    onMenuItemClicked,
    onTabLoading,
    onTabRemoved,
    translators,
  });

  const background = composeFeatures([
    createTabsFeature({
      tracker,
      tab: resolveTab,
      settings: loadSettings,
      scope: managedScope.scope,
      inject: injectContentScript,
      onTabLoading,
      onTabRemoved,
      isPdfDocument: async (tabId) => (await documentContentType(tabId)) === 'application/pdf',
      onPdfShown: pdf.pdfShown,
    }),
    pdf,
    index,
    createNotesFeature(translators),
    createPageNotesFeature({ notesForPage, settings: loadSettings }),
    entrySearch,
    createEntryLookupFeature({ activeIndex: index.activeIndex, events }),
    createOmniboxFeature({ search: entrySearch.search, translators }),
    createScopeFeature({ scope: managedScope.scope, onPolicyChanged }),
    sidePanelCommand,
    createWelcomeFeature({ onFreshInstall, openPage: (path) => openInNewTab(extensionUrl(path)) }),
    createBadgeLanguageFeature({
      onLanguageChanged: translators.onChange,
      tabIds: allTabIds,
      state: (tabId) => tracker.get(tabId),
      show: (state, t) => setBadge(state.tabId, badgeLook(state, t)),
    }),
  ]);
  whileRunning(signal, listenForMessages(createRouter(backgroundProtocol, background.handlers, trustedOrigin())));
  background.start(signal);
}
