/**
 * A page's notes come back without the side panel: as it loads, the content
 * script asks `page/notes` and highlights the passages it is given. The notes
 * are the ones kept under the address the browser gives for the sending tab's
 * top frame (lib/background/sender.ts), so a page can only ever receive the
 * passages the user quoted from that very page. Private windows the user keeps
 * Regiolens out of, and sites on the ignore list, get none.
 */
import { anchorsOf } from '../core/notes/page-anchors';
import type { Note } from '../core/notes/types';
import { isIgnoredSite, type Settings } from '../core/settings/schema';
import type { BackgroundFeature } from './feature';
import { privateAndNotAllowed } from './private-windows';
import { senderAddress } from './sender';

export interface PageNotesDeps {
  /** The notes kept for a page (its address, and its canonical link where notes accept it). */
  notesForPage(url: string, canonical?: string): Promise<Note[]>;
  settings(): Promise<Settings>;
}

export function createPageNotesFeature(deps: PageNotesDeps): BackgroundFeature {
  return {
    handlers: {
      'page/notes': async ({ canonical }, sender) => {
        const url = senderAddress(sender);
        if (await privateAndNotAllowed(sender.tab?.incognito, deps.settings)) return { notes: [] };
        if (isIgnoredSite(new URL(url).hostname, await deps.settings())) return { notes: [] };
        return { notes: anchorsOf(await deps.notesForPage(url, canonical)) };
      },
    },
    start: () => undefined,
  };
}
