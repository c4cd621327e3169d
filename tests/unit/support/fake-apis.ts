/**
 * Small in-memory stand-ins for the extension APIs that WXT's fakeBrowser
 * (@webext-core/fake-browser) leaves unimplemented: there, omnibox,
 * contextMenus, commands, permissions, scripting, sidePanel, i18n and
 * tabs.sendMessage exist but throw "not implemented" on every call. Each
 * `install*` replaces only the members the product code touches, on the
 * fakeBrowser object itself (so `browser` from 'wxt/browser' sees them), and
 * each fake is typed with `Pick<typeof Browser.x, ...>` so that it cannot drift
 * from the real API's signatures. Call them again after `fakeBrowser.reset()`:
 * every install starts from an empty state.
 *
 * The modules under test are never mocked; only the browser beneath them is.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dutchCatalog, englishCatalog } from '../../browser/support/catalog';
import { createTranslator } from '../../../lib/core/i18n/translator';
import type { MessageKey } from '../../../lib/core/i18n/keys';
import { isEnvelope, type Result } from '../../../lib/shared/messages/define';

/**
 * An event like fakeBrowser's own: listeners can be added and removed, and a
 * test fires it with `trigger`. Typed by its arguments; assigning it into a
 * `Pick<typeof Browser.x, ...>` checks it against the real event's listener type.
 */
export interface FakeEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => void): void;
  removeListener(listener: (...args: A) => void): void;
  hasListener(listener: (...args: A) => void): boolean;
  hasListeners(): boolean;
  addRules(): never;
  getRules(): never;
  removeRules(): never;
  trigger(...args: A): void;
}

function notUsed(): never {
  throw new Error('event rules are not used by Regiolens');
}

export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners: Array<(...args: A) => void> = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    addRules: notUsed,
    getRules: notUsed,
    removeRules: notUsed,
    trigger: (...args) => {
      for (const listener of [...listeners]) listener(...args);
    },
  };
}

// ---------------------------------------------------------------- omnibox

type OmniboxChanged = [text: string, suggest: (results: Browser.omnibox.SuggestResult[]) => void];
type OmniboxEntered = [text: string, disposition: `${Browser.omnibox.OnInputEnteredDisposition}`];

export interface FakeOmnibox {
  onInputChanged: FakeEvent<OmniboxChanged>;
  onInputEntered: FakeEvent<OmniboxEntered>;
  /** Every description passed to setDefaultSuggestion, oldest first. */
  defaults: string[];
}

export function installOmnibox(): FakeOmnibox {
  const onInputChanged = fakeEvent<OmniboxChanged>();
  const onInputEntered = fakeEvent<OmniboxEntered>();
  const defaults: string[] = [];
  const omnibox: Pick<typeof Browser.omnibox, 'onInputChanged' | 'onInputEntered' | 'setDefaultSuggestion'> = {
    onInputChanged,
    onInputEntered,
    setDefaultSuggestion: async ({ description }) => void defaults.push(description),
  };
  Object.assign(fakeBrowser.omnibox, omnibox);
  return { onInputChanged, onInputEntered, defaults };
}

// ---------------------------------------------------------------- i18n

/**
 * `browser.i18n` answering from the shipped catalogue of one language, with
 * Chrome's behaviour for unknown keys (an empty string).
 */
export function installI18n(uiLanguage: 'nl' | 'en' = 'nl'): void {
  const catalog = uiLanguage === 'nl' ? dutchCatalog : englishCatalog;
  const translate = createTranslator(catalog);
  const i18n: Pick<typeof Browser.i18n, 'getMessage' | 'getUILanguage'> = {
    getMessage: (key: string, substitutions?: string | Array<string | number>) =>
      key in catalog ? translate(key as MessageKey, substitutions) : '',
    getUILanguage: () => uiLanguage,
  };
  Object.assign(fakeBrowser.i18n, i18n);
}

/**
 * `fetch` for the packaged files a background reads: the merged catalogues
 * under `_locales/` (a translator for a language chosen in options) and any
 * extra files a test passes. Anything else is a 404, so no test reaches the network.
 */
export function packagedFetch(files: Record<string, unknown> = {}): typeof fetch {
  const packaged: Record<string, unknown> = {
    '/_locales/nl/messages.json': dutchCatalog,
    '/_locales/en/messages.json': englishCatalog,
    ...files,
  };
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = url.origin === new URL(fakeBrowser.runtime.getURL('/')).origin ? packaged[url.pathname] : undefined;
    return body === undefined ? new Response('not found', { status: 404 }) : Response.json(body);
  };
}

// ---------------------------------------------------------------- context menus and commands

export interface FakeMenus {
  /** Items as created, by id. */
  items: Map<string | number, Browser.contextMenus.CreateProperties>;
  /** How often `create` ran (a replaced item counts again). */
  creates: number;
  onClicked: FakeEvent<[info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab]>;
  onCommand: FakeEvent<[command: string, tab?: Browser.tabs.Tab]>;
}

/** contextMenus and commands with Chrome's rules: creating an existing id, or removing a missing one, fails. */
export function installMenus(): FakeMenus {
  const state: FakeMenus = {
    items: new Map(),
    creates: 0,
    onClicked: fakeEvent(),
    onCommand: fakeEvent(),
  };
  const contextMenus: Pick<typeof Browser.contextMenus, 'create' | 'remove' | 'onClicked'> = {
    create: (properties) => {
      const id = properties.id ?? `generated-${state.creates}`;
      if (state.items.has(id)) throw new Error(`Cannot create item with duplicate id ${id}`);
      state.items.set(id, properties);
      state.creates += 1;
      return id;
    },
    remove: async (id: string | number) => {
      if (!state.items.delete(id)) throw new Error(`Cannot find menu item with id ${id}`);
    },
    onClicked: state.onClicked,
  };
  const commands: Pick<typeof Browser.commands, 'onCommand'> = { onCommand: state.onCommand };
  Object.assign(fakeBrowser.contextMenus, contextMenus);
  Object.assign(fakeBrowser.commands, commands);
  return state;
}

// ---------------------------------------------------------------- permissions and scripting

export interface FakePermissions {
  /** Origins currently granted. */
  origins: Set<string>;
  /** Grants origins and fires onAdded, as the browser does after the user agrees. */
  grant(origins: readonly string[]): void;
  /** Withdraws origins and fires onRemoved (also what the browser's own settings page does). */
  revoke(origins: readonly string[]): void;
}

export function installPermissions(): FakePermissions {
  const origins = new Set<string>();
  const onAdded = fakeEvent<[permissions: Browser.permissions.Permissions]>();
  const onRemoved = fakeEvent<[permissions: Browser.permissions.Permissions]>();
  const permissions: Pick<typeof Browser.permissions, 'contains' | 'getAll' | 'onAdded' | 'onRemoved'> = {
    contains: async (asked: Browser.permissions.Permissions) => (asked.origins ?? []).every((origin) => origins.has(origin)),
    getAll: async () => ({ origins: [...origins], permissions: [] }),
    onAdded,
    onRemoved,
  };
  Object.assign(fakeBrowser.permissions, permissions);
  return {
    origins,
    grant(added) {
      for (const origin of added) origins.add(origin);
      onAdded.trigger({ origins: [...added] });
    },
    revoke(removed) {
      for (const origin of removed) origins.delete(origin);
      onRemoved.trigger({ origins: [...removed] });
    },
  };
}

export interface FakeScripting {
  /** Registered content scripts, by id. */
  registered: Map<string, Browser.scripting.RegisteredContentScript>;
  /** Every registerContentScripts call, in order (to tell "registered once" from "registered twice"). */
  registerCalls: Browser.scripting.RegisteredContentScript[][];
  unregisterCalls: Array<Browser.scripting.ContentScriptFilter | undefined>;
  /** Tabs executeScript was asked to inject into. */
  injected: number[];
  /** Tab ids whose page refuses scripts (browser pages, stores): executeScript rejects there. */
  refusing: Set<number>;
}

/** The first argument of the filter-or-callback overloads; the fakes only ever get the filter (promise style). */
type ScriptFilterOrCallback =
  Browser.scripting.ContentScriptFilter | ((scripts: Browser.scripting.RegisteredContentScript[]) => void);

/** scripting with Chrome's rules: registering an id twice fails; unregistering an unknown id fails. */
export function installScripting(): FakeScripting {
  const state: FakeScripting = {
    registered: new Map(),
    registerCalls: [],
    unregisterCalls: [],
    injected: [],
    refusing: new Set(),
  };
  const scripting: Pick<
    typeof Browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
  > = {
    getRegisteredContentScripts: async (filter?: ScriptFilterOrCallback) => {
      const ids = typeof filter === 'object' ? filter.ids : undefined;
      return [...state.registered.values()].filter((script) => !ids || ids.includes(script.id));
    },
    registerContentScripts: async (scripts: Browser.scripting.RegisteredContentScript[]) => {
      state.registerCalls.push(scripts);
      for (const script of scripts) {
        if (state.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        state.registered.set(script.id, script);
      }
    },
    unregisterContentScripts: async (filter?: ScriptFilterOrCallback) => {
      const given = typeof filter === 'object' ? filter : undefined;
      state.unregisterCalls.push(given);
      const ids = given?.ids ?? [...state.registered.keys()];
      for (const id of ids) {
        if (!state.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  };
  // executeScript's generic overloads do not fit a Pick'd literal; the one call shape Regiolens uses is typed here.
  const executeScript = async (injection: { target: { tabId: number } }): Promise<[]> => {
    const { tabId } = injection.target;
    if (state.refusing.has(tabId)) throw new Error('Cannot access contents of the page');
    state.injected.push(tabId);
    return [];
  };
  Object.assign(fakeBrowser.scripting, scripting, { executeScript });
  return state;
}

// ---------------------------------------------------------------- side panel and content scripts

/** Windows the side panel was opened in. */
export function installSidePanel(): number[] {
  const opened: number[] = [];
  const sidePanel: Pick<typeof Browser.sidePanel, 'open'> = {
    open: async (options: Browser.sidePanel.OpenOptions) => void opened.push(options.windowId ?? -1),
  };
  Object.assign(fakeBrowser.sidePanel, sidePanel);
  return opened;
}

/** What the content script in a tab answers to one message type (the router's Result shape). */
export type ContentAnswer = (type: string, payload: unknown) => Result<unknown>;

/**
 * tabs.sendMessage delivered to fake content scripts by tab id. A tab without
 * one rejects like Chrome ("Receiving end does not exist"); `scripting` (when
 * given) lets a tab answer with `afterInjection(tabId)` once a script was injected there.
 */
export function installContentScripts(
  answers: Map<number, ContentAnswer>,
  injection?: { scripting: FakeScripting; afterInjection: (tabId: number) => ContentAnswer },
): void {
  const sendMessage = async (tabId: number, message: unknown): Promise<unknown> => {
    const answer =
      answers.get(tabId) ?? (injection?.scripting.injected.includes(tabId) ? injection.afterInjection(tabId) : undefined);
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (!isEnvelope(message)) throw new Error('not a Regiolens message');
    return answer(message.type, message.payload);
  };
  // tabs.sendMessage is generic over message and response; a plain async function stands in for the one shape used.
  Object.assign(fakeBrowser.tabs, { sendMessage });
}
