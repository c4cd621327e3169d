/**
 * The background's wiring: the message router, the tab tracker, the badge,
 * commands and tab events. Entry point code calls `startBackground()` and
 * nothing else; each feature contributes its handlers here.
 */
import { badgeLook } from './badge-look';
import { createRouter, type SenderInfo } from '../shared/messages/router';
import { backgroundProtocol, type BackgroundHandlers } from '../shared/messages/protocol';
import { MessageError } from '../shared/messages/define';
import { setBadge } from '../shared/platform/badge';
import { events } from '../shared/platform/events';
import { listenForMessages, trustedOrigin } from '../shared/platform/listen';
import { injectContentScript } from '../shared/platform/scripting';
import { sessionStore } from '../shared/platform/session-store';
import { openSidePanel } from '../shared/platform/side-panel';
import { activeTab, getTab, onTabLoading, onTabRemoved } from '../shared/platform/tabs';
import { onCommand } from '../shared/platform/context-menu';
import { isRestrictedUrl, isScriptingRefusal } from './restricted';
import { createTabTracker, type TabTracker } from './tracker';
import type { TabState } from '../core/tab-state';
import { createRecognitionService } from './recognition-service';
import { startIndexFeature } from './index-feature';
import { startNotesFeature } from './notes-feature';
import { startOmnibox } from './omnibox-feature';
import { extensionTranslators } from '../shared/platform/translator';
import { loadSettings } from '../shared/platform/settings';
import { isIgnoredSite } from '../core/settings/schema';
import { startScopeFeature } from './scope-feature';

function tabIdOf(sender: SenderInfo): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new MessageError('forbidden', 'only a tab can report a page');
  return id;
}

async function resolveTab(tabId: number | null): Promise<{ id: number; url?: string; incognito: boolean }> {
  if (tabId !== null) return getTab(tabId);
  const tab = await activeTab('last-focused');
  if (!tab) throw new MessageError('unavailable', 'there is no active tab');
  return tab;
}

/** Private windows are read only when the user allowed it in options. */
async function privateAndNotAllowed(incognito: boolean | undefined): Promise<boolean> {
  return incognito === true && !(await loadSettings()).allowPrivateWindows;
}

function pageHandlers(tracker: TabTracker) {
  return {
    'page/snapshot': async (page, sender) => {
      if (await privateAndNotAllowed(sender.tab?.incognito)) return null;
      // The user's ignore list always wins, in private windows too.
      if (isIgnoredSite(new URL(page.url).hostname, await loadSettings())) return null;
      await tracker.analyse(tabIdOf(sender), page);
      return null;
    },
    'tab/state': async ({ tabId }) => {
      const tab = await resolveTab(tabId);
      if (await privateAndNotAllowed(tab.incognito)) return { tabId: tab.id, status: 'private' } satisfies TabState;
      const state = await tracker.get(tab.id);
      if (state.status !== 'unknown') return state;
      // Without host access the tab's address is hidden from us: we cannot tell a browser page from a site off the list.
      if (tab.url === undefined) return { ...state, status: 'not-allowed' } satisfies TabState;
      return isRestrictedUrl(tab.url) ? ({ ...state, status: 'restricted' } satisfies TabState) : state;
    },
    'tab/analyse': async ({ tabId }) => {
      const tab = await resolveTab(tabId);
      if (await privateAndNotAllowed(tab.incognito)) return { tabId: tab.id, status: 'private' } satisfies TabState;
      if (tab.url !== undefined && isRestrictedUrl(tab.url)) return { tabId: tab.id, status: 'restricted' } satisfies TabState;
      try {
        await injectContentScript(tab.id);
      } catch (error) {
        // The browser's refusal (its own pages, the stores, no grant for this page) means "cannot be
        // read"; any other failure (the tab went away) means "not read now".
        console.info('Regiolens: could not read the tab', error);
        return { tabId: tab.id, status: isScriptingRefusal(error) ? 'restricted' : 'not-allowed' } satisfies TabState;
      }
      return tracker.get(tab.id);
    },
  } satisfies Pick<BackgroundHandlers, 'page/snapshot' | 'tab/state' | 'tab/analyse'>;
}

export function startBackground(): void {
  // The worker's one translator cache (badge titles, omnibox, menu), made in its first turn.
  const translators = extensionTranslators();
  const index = startIndexFeature(() => recognition.invalidate());
  startOmnibox(index.activeIndex, translators);
  const recognition = createRecognitionService(async () => (await index.activeIndex()).entries);
  const tracker = createTabTracker({
    store: sessionStore<TabState>('tab:'),
    recognise: (page) => recognition.recognise(page),
    show: async (state) => setBadge(state.tabId, badgeLook(state, await translators.current())),
    announce: (state) => events.publish('tab/state', state),
  });

  startNotesFeature(translators);
  startScopeFeature();
  const handlers: BackgroundHandlers = { ...pageHandlers(tracker), ...index.handlers };
  listenForMessages(createRouter(backgroundProtocol, handlers, trustedOrigin()));

  onTabLoading((tabId, url, incognito) => {
    // Every new load forgets the old verdict. Without host access the browser leaves out the new address,
    // so a tab that moved off a policy site is reset too; a private tab's address is never kept here.
    void tracker.reset(tabId, 'unknown', incognito ? undefined : url);
  });
  onTabRemoved((tabId) => void tracker.forget(tabId));
  onCommand('open-side-panel', (tab) => void openSidePanel(tab?.windowId));
}
