/**
 * What the background knows about one tab: the contract the popup and side panel
 * render. `restricted` covers pages no extension may read (browser pages, the
 * web stores); `not-allowed` pages Regiolens may not read until the user clicks
 * the toolbar button or grants access to all sites; `private` a tab in a private
 * window while the user has not allowed Regiolens there (its address is not
 * passed on, so no notes are shown or written for it); `no-text` a document in
 * the PDF reader without any text to read (a scan): never "not regional"; `ignored` a page on a site
 * the user told Regiolens to skip (options): not read, and the views say why instead of offering to read it;
 * `pdf` a PDF shown in the browser's own viewer, which lets no extension read it: never "not regional"
 * (there is no text to judge there), and the views offer to open it in Regiolens's reader instead.
 */
import type { Recognition } from './recognise/types';

export type TabStatus = 'unknown' | 'restricted' | 'not-allowed' | 'private' | 'analysed' | 'no-text' | 'ignored' | 'pdf';

export interface TabState {
  tabId: number;
  status: TabStatus;
  /** The page's normalised address (canonical where declared), when known. */
  url?: string;
  title?: string;
  recognition?: Recognition;
  /** Epoch milliseconds of the analysis. */
  analysedAt?: number;
  /** How many notes the user keeps for the page, when there are any (counted when it was read). */
  noteCount?: number;
}
