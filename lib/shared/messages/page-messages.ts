/** Messages about pages and tabs: the content script reports, views ask. */
import * as v from 'valibot';
import { PageSnapshotSchema } from '../../core/page-snapshot';
import type { NoteToAnchor } from '../../core/notes/types';
import { MAX_URL } from '../../core/page-limits';
import type { TabState } from '../../core/tab-state';
import { defineMessage } from './define';

export const pageMessages = {
  /**
   * A content script reports what its page is about; the background recognises it and sets the badge.
   * Only a tab's top frame may report, and the page's address is taken from the sender as the browser
   * gives it: the payload's `url` is not believed, and its `canonical` only on the same site.
   */
  'page/snapshot': defineMessage<null>()('content', PageSnapshotSchema),
  /**
   * A content script asks for its page's notes as it loads, so their passages are highlighted
   * whether or not the side panel is open. The page is the sender's address as the browser gives
   * it (top frame only); `canonical` counts only on the same site, as for `page/snapshot`.
   */
  'page/notes': defineMessage<{ notes: NoteToAnchor[] }>()(
    'content',
    v.strictObject({ canonical: v.optional(v.pipe(v.string(), v.url(), v.maxLength(MAX_URL))) }),
  ),
  /** A view asks what Regiolens knows about a tab (the active tab of the last-focused window when null). */
  'tab/state': defineMessage<TabState>()(
    'extension-page',
    v.strictObject({ tabId: v.nullable(v.pipe(v.number(), v.integer())) }),
  ),
  /**
   * The PDF reader (an extension page in a tab) reports the document it shows, read up to the bound: the
   * background recognises it for that tab, as for a page. The reader is our own code, so its report is
   * believed, but only for the document its own address names (`reader.html?url=…`). `empty` says the
   * document has no text at all (a scan), which is not a verdict.
   */
  'reader/snapshot': defineMessage<TabState>()(
    'extension-page',
    v.strictObject({ page: PageSnapshotSchema, empty: v.boolean() }),
  ),
  /**
   * The demo page that ships with Regiolens (demo.html, opened from the welcome page) reports its own
   * article, read by the content script's extraction code, so a new user sees the badge and the side
   * panel work. Accepted only from that page; its address is the sender's, as for a page.
   */
  'demo/snapshot': defineMessage<TabState>()('extension-page', PageSnapshotSchema),
  /** The user opened the popup on a tab (activeTab): read that page now, even off the policy-site list. */
  'tab/analyse': defineMessage<TabState>()('extension-page', v.strictObject({ tabId: v.pipe(v.number(), v.integer()) })),
  /**
   * "Open in Regiolens" on a tab showing a PDF in the browser's viewer: the background opens the reader in
   * that tab, for the document at the tab's address as the browser gives it (the view names only the tab).
   */
  'tab/open-reader': defineMessage<null>()('extension-page', v.strictObject({ tabId: v.pipe(v.number(), v.integer()) })),
};
