/**
 * The content script's whole job: when the page is idle, read what it is about
 * and tell the background; again after in-page navigation. Besides that it
 * only answers the side panel's notes requests (lib/page/content-notes.ts),
 * so the page keeps its speed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSnapshot } from '../core/page-snapshot';
import { listenForMessages, trustedOrigin } from '../shared/platform/listen';
import { sendToBackground } from '../shared/platform/messaging';
import { createContentNotesRouter } from './content-notes';

type IdleWindow = Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** Marks the page so a second injection (toolbar click after automatic run) does not double the work. */
const LOADED_FLAG = '__regiolensContentScript';

function whenIdle(run: () => void, win: IdleWindow = window): void {
  if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

export function startContentScript(ctx: ContentScriptContext, extract: (doc: Document) => PageSnapshot): void {
  const flagged = window as unknown as Record<string, boolean>;
  if (flagged[LOADED_FLAG]) return;
  flagged[LOADED_FLAG] = true;

  const report = () => {
    if (ctx.isInvalid) return;
    whenIdle(() => {
      if (ctx.isInvalid) return;
      void sendToBackground('page/snapshot', extract(document)).catch((error: unknown) => {
        // The background may be restarting; the next navigation reports again.
        console.debug('Regiolens: page not reported', error);
      });
    });
  };
  report();
  ctx.addEventListener(window, 'wxt:locationchange', report);
  // Notes: the side panel asks to highlight, scroll to a passage, or read the selection.
  ctx.onInvalidated(listenForMessages(createContentNotesRouter(trustedOrigin())));
}
