/**
 * The content script's whole job: when the page is idle, read what it is about
 * and tell the background; again once in-page navigation has settled. Once per
 * address it asks the background for the page's notes and highlights their
 * passages, so highlights come back whether or not the side panel is open.
 * Besides that it only answers the side panel's notes requests
 * (lib/page/content-notes.ts), so the page keeps its speed.
 *
 * It keeps to itself: the page learns nothing of it and cannot stop it. WXT's
 * ContentScriptContext would announce each start to the page (an event at
 * `document` and a window message, both named after the extension id), stop
 * when the page sends that event back, and fire an event named after the id at
 * every navigation. So the entry point swallows the context's one start-up
 * event (`keepStartQuiet`) and turns off its window message, and this script
 * uses neither the context nor its location watcher.
 *
 * Reports are debounced and de-duplicated: a burst of in-page navigations (a
 * site calling pushState 300 times) gives one report once it settles, and a
 * page that reads as it did when last reported is not reported again.
 */
import type { PageSnapshot } from '../core/page-snapshot';
import { listenForMessages, trustedOrigin } from '../shared/platform/listen';
import { sendToBackground } from '../shared/platform/messaging';
import { createContentNotesRouter, highlightOwnNotes } from './content-notes';

/** Quiet time after in-page navigation before the page is read: single-page sites render after they push. */
export const SETTLE_MS = 500;
/** A page that never stops navigating is still read at least this often. */
export const MAX_WAIT_MS = 5000;
/**
 * Without the Navigation API (Firefox) the address is compared this often instead: well within
 * SETTLE_MS, so that a burst seen through polling settles just as it does through events.
 */
export const POLL_MS = 250;

/** What the script needs of the page's window; `navigation` only where the browser has the Navigation API. */
export interface PageWindow {
  document: Document;
  location: { href: string };
  navigation?: EventTarget;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/** The script's ways out: reading the page, reporting it, answering the side panel. Tests pass their own. */
export interface ContentScriptHost {
  win: PageWindow;
  extract(doc: Document, location: { href: string }): PageSnapshot;
  report(page: PageSnapshot): Promise<unknown>;
  /** Asks for the page's notes and highlights them; left out where a test needs no notes. */
  restoreNotes?(canonical: string | undefined): Promise<void>;
  /** Starts answering the notes messages; returns the function that stops it. */
  listen(): () => void;
}

/** The extension's host: this window, the background, the notes router. */
export function extensionHost(extract: ContentScriptHost['extract']): ContentScriptHost {
  return {
    win: window as unknown as PageWindow,
    extract,
    report: (page) => sendToBackground('page/snapshot', page),
    async restoreNotes(canonical) {
      const { notes } = await sendToBackground('page/notes', canonical === undefined ? {} : { canonical });
      if (notes.length > 0) await highlightOwnNotes(document, notes);
    },
    listen: () => listenForMessages(createContentNotesRouter(trustedOrigin())),
  };
}

/** The event WXT's ContentScriptContext fires at `document` as it starts: `<extension id>:<entry>:wxt:content-script-started`. */
const WXT_STARTED = /:wxt:content-script-started$/;

/**
 * Swallows the next start-up announcement of WXT's context; called by the entry point before WXT builds
 * the context. The replacement is an own property of this script's `document` object, which the page's
 * scripts never see (they have their own); it puts the previous method back once it has done its work.
 */
export function keepStartQuiet(doc: Document): void {
  const previous = Object.getOwnPropertyDescriptor(doc, 'dispatchEvent');
  const dispatch = doc.dispatchEvent;
  const restore = () =>
    previous ? Object.defineProperty(doc, 'dispatchEvent', previous) : Reflect.deleteProperty(doc, 'dispatchEvent');
  Object.defineProperty(doc, 'dispatchEvent', {
    configurable: true,
    writable: true,
    value(event: Event): boolean {
      if (!WXT_STARTED.test(event.type)) return dispatch.call(doc, event);
      restore();
      return true;
    },
  });
}

/** Marks the window (this script's own, invisible to the page) so that a second injection does not double the work. */
const LOADED_FLAG = '__regiolensContentScript';

function whenIdle(run: () => void, win: PageWindow): void {
  if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** Same page, same words: the address without its fragment and a hash of everything read. */
function fingerprint(page: PageSnapshot): string {
  const text = JSON.stringify({ ...page, url: page.url.split('#')[0] });
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${hash >>> 0}`;
}

/** Calls back when the page navigates: the Navigation API's events, or a changed address (polled). */
function watchAddress(win: PageWindow, onChange: () => void): () => void {
  const navigation = win.navigation;
  if (navigation) {
    navigation.addEventListener('navigate', onChange);
    return () => navigation.removeEventListener('navigate', onChange);
  }
  let last = win.location.href;
  const timer = setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, POLL_MS);
  return () => clearInterval(timer);
}

/**
 * Starts the script (once per window); returns the function that stops it. Injected again (the user
 * asked to read a page the script already runs in, perhaps unreported under an administrator's
 * scope), the running copy reads and reports the page once more.
 */
export function startContentScript(host: ContentScriptHost): () => void {
  const { win } = host;
  const flagged = win as unknown as Record<string, (() => void) | undefined>;
  const running = flagged[LOADED_FLAG];
  if (running) {
    running();
    return () => undefined;
  }

  let stopped = false;
  const stops: Array<() => void> = [];
  const stop = () => {
    stopped = true;
    for (const end of stops.splice(0)) end();
  };

  /** The address (without fragment) whose notes were last asked for: each address once. */
  let notesAskedFor: string | undefined;
  const restoreNotes = (page: PageSnapshot) => {
    const address = page.url.split('#')[0];
    if (!host.restoreNotes || address === notesAskedFor) return;
    notesAskedFor = address;
    host.restoreNotes(page.canonical).catch((error: unknown) => {
      // Asked again at the next report: the background may have been restarting.
      notesAskedFor = undefined;
      console.debug('Regiolens: the notes of this page did not come back', error);
    });
  };

  let reported: string | undefined;
  const read = () => {
    if (stopped) return;
    const page = host.extract(win.document, win.location);
    const key = fingerprint(page);
    if (key === reported) return;
    reported = key;
    host.report(page).then(
      () => restoreNotes(page),
      (error: unknown) => {
        // The extension was updated or removed: this copy of the script has nobody left to tell.
        if (/context invalidated/i.test(String(error))) return stop();
        // The background may be restarting: the next navigation reports again, even an unchanged page.
        reported = undefined;
        console.debug('Regiolens: page not reported', error);
      },
    );
  };

  let settling: ReturnType<typeof setTimeout> | undefined;
  let firstUnread: number | undefined;
  const navigated = () => {
    if (stopped) return;
    const now = Date.now();
    firstUnread ??= now;
    clearTimeout(settling);
    settling = setTimeout(
      () => {
        settling = firstUnread = undefined;
        whenIdle(read, win);
      },
      Math.max(0, Math.min(SETTLE_MS, firstUnread + MAX_WAIT_MS - now)),
    );
  };

  flagged[LOADED_FLAG] = () => {
    reported = undefined;
    whenIdle(read, win);
  };
  whenIdle(read, win);
  stops.push(watchAddress(win, navigated), () => clearTimeout(settling), host.listen());
  return stop;
}
