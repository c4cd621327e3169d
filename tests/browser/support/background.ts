/**
 * The real background inside a component test. Views get a real client
 * (lib/shared/messages/client.ts) whose transport hands each envelope, as JSON,
 * to the real router with the real handlers of the tabs and index features
 * (lib/background), over the memory index store and a memory tab store; events
 * travel on a memory bus shared by both sides. So a view test exercises the
 * sender checks, the schemas, the tracker's privacy rules and the index
 * updater's signature checks exactly as the extension does.
 *
 * Only what lies beneath the background is stood in for: which tabs exist and
 * which is active, the settings, the update server (`fetch`), and the content
 * script's injection. An index is activated the way the options page does it,
 * signed with the test key and sent as `index/import-file`.
 */
import { onTestFinished } from 'vitest';
import bundled from '../../../public/regiolens-index.json';
import privateKeyPem from '../../fixtures/keys/test-publisher.key?raw';
import publicKeyText from '../../fixtures/keys/test-publisher.key.pub?raw';
import { indexBytes } from '../../fixtures/index/make-index';
import { decodeBase64, encodeBase64 } from '../../../lib/core/index/base64';
import { createMemoryIndexStore } from '../../../lib/core/index/memory-store';
import type { IndexStore, SearchSnapshotStore } from '../../../lib/core/index/store';
import { INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../../lib/core/index/schema';
import { formatSignatureFile, signBytes } from '../../../lib/core/index/signature';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import type { TabState } from '../../../lib/core/tab-state';
import { composeFeatures } from '../../../lib/background/feature';
import type { FetchLike } from '../../../lib/background/index-fetch';
import { createEntrySearchFeature } from '../../../lib/background/entry-search-feature';
import { createEntryLookupFeature } from '../../../lib/background/entry-lookup-feature';
import { createIndexFeature } from '../../../lib/background/index-feature';
import { createPageNotesFeature } from '../../../lib/background/page-notes-feature';
import { createPdfFeature } from '../../../lib/background/pdf-feature';
import { readerPath } from '../../../lib/core/pdf/reader-address';
import { createRecognitionService } from '../../../lib/background/recognition-service';
import { createTabsFeature, type TabFacts } from '../../../lib/background/tabs-feature';
import { createTabTracker } from '../../../lib/background/tracker';
import {
  createBackgroundClient,
  routerTransport,
  type BackgroundClient,
  type Transport,
} from '../../../lib/shared/messages/client';
import {
  broadcastTransport,
  createEventBus,
  memoryTransport,
  type EventBus,
  type EventTransport,
} from '../../../lib/shared/messages/events';
import type { IndexActionResult } from '../../../lib/shared/messages/index-messages';
import { backgroundProtocol, type BackgroundProtocol } from '../../../lib/shared/messages/protocol';
import { createRouter, type SenderInfo } from '../../../lib/shared/messages/router';
import type { MessageType } from '../../../lib/shared/messages/define';
import { createTabSource, type ActiveTabs, type TabSource } from '../../../lib/views/common/tab-source';

export const BUNDLED_ENTRIES: readonly IndexEntry[] = (bundled as { entries: IndexEntry[] }).entries;
export const TEST_PUBLIC_KEY = publicKeyText.trim();
const TEST_PRIVATE_KEY = decodeBase64(
  /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(privateKeyPem)?.[1]?.replace(/\s+/g, '') ?? '',
);

const EXTENSION = { extensionId: 'regiolens-test', extensionOrigin: 'chrome-extension://regiolens-test' };
/** What the router sees of a message from one of our pages. */
const PAGE: SenderInfo = { id: EXTENSION.extensionId, url: `${EXTENSION.extensionOrigin}/sidepanel.html` };

type BackgroundMessage = MessageType<BackgroundProtocol>;

/** An index file and the text of its `.sig` file, signed with the test publisher key. */
export async function signedIndex(index: IndexFile): Promise<{ bytes: Uint8Array<ArrayBuffer>; signature: string }> {
  if (!TEST_PRIVATE_KEY) throw new Error('the test key could not be read');
  const bytes = indexBytes(index);
  return { bytes, signature: formatSignatureFile(await signBytes(TEST_PRIVATE_KEY, bytes), TEST_PUBLIC_KEY) };
}

export function indexFile(entries: readonly IndexEntry[], version: number): IndexFile {
  return { format: INDEX_FORMAT, version, created: '2026-01-01T00:00:00Z', entries: [...entries] };
}

/** Answers of one message type kept back until the test lets them through, to play them out of order. */
export interface HeldAnswers {
  /** How many answers are waiting. */
  readonly count: number;
  /** Lets the n-th held answer (0 = the oldest request) through. */
  release(n: number): void;
}

export interface TestBackgroundSetup {
  /** The bundled index's entries (default: the shipped index). */
  entries?: readonly IndexEntry[];
  bundledVersion?: number;
  settings?: Partial<Settings>;
  /** The update server the updater fetches from; by default nothing answers. */
  server?: FetchLike;
  /** The configured update address. */
  sourceUrl?: string | null;
  /** The active tab of the view's window (default 7). */
  activeTab?: number;
  /** The channel a real notes store posts on; 'notes/changed' is heard there. */
  notesChannel?: string;
  /** The index store beneath (default: in memory over `entries`); benchmarks pass the IndexedDB one. */
  store?: IndexStore;
  /** Where the background keeps its built search (the IndexedDB store does); by default nowhere. */
  searches?: SearchSnapshotStore;
}

export interface TestBackground {
  /** The background as a view reaches it: every message recorded, answers can be held or withheld. */
  client: BackgroundClient;
  /** The bus the background publishes on and views listen to. */
  events: EventBus;
  store: IndexStore;
  settings: Settings;
  /** Every message the views sent, in order. */
  sent: Array<{ type: BackgroundMessage; payload: unknown }>;
  /** Tabs the popup asked to read (tab/analyse injected the content script there). */
  injected: number[];
  /** Addresses shown in existing tabs (the reader opened in place of the browser's PDF viewer). */
  shownInTab: Array<{ tabId: number; url: string }>;
  /** The browser's tabs in the view's window, for a TabSource. */
  activeTabs: ActiveTabs;
  /** The real TabSource over this background. */
  tabSource(pinnedTabId?: number | null): TabSource;
  /** A tab as the tracker holds it already (analysed before the view opened), and the tab itself. */
  seedTab(state: TabState, facts?: Partial<TabFacts>): void;
  /** The content script in the tab reports its page: the real `page/snapshot` path (recognition, event). */
  report(tabId: number, page: PageSnapshot): Promise<void>;
  /** The tab starts loading another page (the browser's tabs.onUpdated with status "loading"). */
  load(tabId: number, url: string): void;
  /** The user switches to another tab in the view's window. */
  switchTo(tabId: number): void;
  /** Makes an index with these entries active, signed and imported as the options page does. */
  activate(entries: readonly IndexEntry[]): Promise<IndexActionResult>;
  /** Back to the previous index (`index/rollback`, as the options page asks). */
  rollback(): Promise<IndexActionResult>;
  /** Messages of this type get no answer at all, as when the background is gone. */
  silence(type: BackgroundMessage): void;
  hold(type: BackgroundMessage): HeldAnswers;
}

const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));

export function testBackground(setup: TestBackgroundSetup = {}): TestBackground {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...setup.settings };
  const memory = memoryTransport();
  const notes = setup.notesChannel === undefined ? null : broadcastTransport({ 'notes/changed': setup.notesChannel });
  const transport: EventTransport = {
    post: (name, payload) => (name === 'notes/changed' && notes ? notes : memory).post(name, payload),
    listen: (name, listener) => (name === 'notes/changed' && notes ? notes : memory).listen(name, listener),
  };
  const events = createEventBus(transport);

  const entries = setup.entries ?? BUNDLED_ENTRIES;
  const store = setup.store ?? createMemoryIndexStore(async () => indexFile(entries, setup.bundledVersion ?? 1));
  const index = createIndexFeature({
    store,
    fetch: setup.server ?? offline,
    now: () => new Date(),
    trustedKeys: () => [TEST_PUBLIC_KEY],
    sourceUrl: () => setup.sourceUrl ?? null,
    events,
    onActiveChanged: () => recognition.invalidate(),
  });
  const recognition = createRecognitionService(async () => (await index.activeIndex()).entries);

  const sessions = new Map<string, TabState>();
  const tracker = createTabTracker({
    store: {
      get: async (key) => sessions.get(key),
      set: async (key, value) => void sessions.set(key, structuredClone(value)),
      remove: async (key) => void sessions.delete(key),
    },
    recognise: (page) => recognition.recognise(page),
    show: async () => undefined,
    announce: (state) => events.publish('tab/state', state),
  });

  const tabs = new Map<number, TabFacts>();
  let activeTab = setup.activeTab ?? 7;
  const tabChanges = new Set<() => void>();
  const loading = new Set<(tabId: number, url: string | undefined, incognito: boolean) => void>();
  const injected: number[] = [];
  const shownInTab: Array<{ tabId: number; url: string }> = [];
  const tabOf = async (tabId: number | null) => {
    const id = tabId ?? activeTab;
    const tab = tabs.get(id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    return tab;
  };
  const tabsFeature = createTabsFeature({
    tracker,
    tab: tabOf,
    settings: async () => settings,
    scope: async () => 'policy-and-user-sites',
    inject: async (tabId) => void injected.push(tabId),
    onTabLoading(listener) {
      loading.add(listener);
      return () => loading.delete(listener);
    },
    onTabRemoved: () => () => undefined,
    // The browser's PDF viewer is not a view's concern: a reported page is judged as it reports.
    isPdfDocument: async () => false,
  });
  // "Open in Regiolens" (`tab/open-reader`): the tab's address goes to the reader in that tab.
  const pdf = createPdfFeature({
    tab: tabOf,
    settings: async () => settings,
    readerUrl: (documentUrl) => `${EXTENSION.extensionOrigin}${readerPath(documentUrl)}`,
    showInTab: async (tabId, url) => void shownInTab.push({ tabId, url }),
    openInNewTab: async () => undefined,
    ensureMenuItem: async () => undefined,
    onMenuItemClicked: () => () => undefined,
    onTabLoading: () => () => undefined,
    onTabRemoved: () => () => undefined,
    translators: { current: async () => (key) => key, onChange: () => () => undefined },
  });
  // The features that answer messages; together they must answer the whole protocol. The page's own
  // notes (`page/notes`, asked by content scripts only) come from a store with none here.
  const pageNotes = createPageNotesFeature({ notesForPage: async () => [], settings: async () => settings });
  const entrySearch = createEntrySearchFeature({ activeIndex: index.activeIndex, events, searches: setup.searches });
  const entryLookup = createEntryLookupFeature({ activeIndex: index.activeIndex, events });
  const { handlers } = composeFeatures([tabsFeature, pdf, index, pageNotes, entrySearch, entryLookup]);
  const running = new AbortController();
  tabsFeature.start(running.signal);
  entrySearch.start(running.signal);
  entryLookup.start(running.signal);
  onTestFinished(() => running.abort());

  const route = createRouter(backgroundProtocol, handlers, EXTENSION);
  const direct = routerTransport(route, PAGE);
  const internal = createBackgroundClient(direct);
  const sent: TestBackground['sent'] = [];
  const silenced = new Set<BackgroundMessage>();
  const held = new Map<BackgroundMessage, Array<{ release: () => void }>>();
  const viewTransport: Transport = async (envelope) => {
    const type = envelope.type as BackgroundMessage;
    sent.push({ type, payload: envelope.payload });
    if (silenced.has(type)) return undefined;
    const answer = direct(envelope);
    const queue = held.get(type);
    if (!queue) return answer;
    return new Promise((resolve) => queue.push({ release: () => resolve(answer) }));
  };
  const client = createBackgroundClient(viewTransport);

  const activeTabs: ActiveTabs = {
    activeTabId: async () => activeTab,
    onChange(listener) {
      tabChanges.add(listener);
      return () => tabChanges.delete(listener);
    },
  };

  const answered = (result: IndexActionResult): IndexActionResult => {
    if (!result.outcome.ok) throw new Error(`the index was not changed: ${result.outcome.code} ${result.outcome.detail}`);
    return result;
  };

  return {
    client,
    events,
    store,
    settings,
    sent,
    injected,
    shownInTab,
    activeTabs,
    tabSource: (pinnedTabId = null) => createTabSource({ background: client, events, tabs: activeTabs }, pinnedTabId),
    seedTab(state, facts = {}) {
      sessions.set(String(state.tabId), structuredClone(state));
      tabs.set(state.tabId, { id: state.tabId, url: state.url ?? 'https://www.vng.nl/', incognito: false, ...facts });
    },
    async report(tabId, page) {
      const tab = tabs.get(tabId) ?? { id: tabId, url: page.url, incognito: false };
      tabs.set(tabId, tab);
      const sender: SenderInfo = {
        id: EXTENSION.extensionId,
        url: page.url,
        frameId: 0,
        tab: { id: tabId, incognito: tab.incognito },
      };
      await createBackgroundClient(routerTransport(route, sender)).call('page/snapshot', page);
    },
    load(tabId, url) {
      for (const listener of loading) listener(tabId, url, tabs.get(tabId)?.incognito ?? false);
    },
    switchTo(tabId) {
      activeTab = tabId;
      for (const listener of tabChanges) listener();
    },
    async activate(next) {
      const version = (await store.status()).acceptAbove + 1;
      const { bytes, signature } = await signedIndex(indexFile(next, version));
      return answered(
        await internal.call('index/import-file', {
          indexBase64: encodeBase64(bytes),
          signature,
          fileName: `index-${version}.json`,
        }),
      );
    },
    rollback: async () => answered(await internal.call('index/rollback', {})),
    silence: (type) => void silenced.add(type),
    hold(type) {
      const queue: Array<{ release: () => void }> = [];
      held.set(type, queue);
      return {
        get count() {
          return queue.length;
        },
        release: (n) => queue[n]?.release(),
      };
    },
  };
}
