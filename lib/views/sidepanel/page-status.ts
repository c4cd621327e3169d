/**
 * What the side panel announces (politely, once) when it follows another page
 * or the verdict on its page arrives: the page and a short verdict, never the
 * reasons. Screen reader users hear that the panel changed without the whole
 * verdict section being read out on every tab switch.
 */
import type { MessageKey } from '../../core/i18n/keys';
import type { TabState } from '../../core/tab-state';

export interface PageStatus {
  /** The page's title; undefined when unknown (the view says "this page"). */
  title: string | undefined;
  /** The short verdict. */
  verdict: MessageKey;
}

/** Undefined while the panel does not know the tab yet (its loading indicator speaks for itself). */
export function pageStatus(state: TabState | undefined): PageStatus | undefined {
  if (!state) return undefined;
  if (state.tabId < 0) return { title: undefined, verdict: 'sidepanel_status_closed' };
  const title = state.title;
  if (state.status === 'restricted') return { title, verdict: 'sidepanel_status_restricted' };
  if (state.status === 'not-allowed') return { title, verdict: 'sidepanel_status_not_read' };
  if (state.status === 'ignored') return { title, verdict: 'sidepanel_status_ignored' };
  if (state.status === 'no-text') return { title, verdict: 'reader_no_text' };
  if (state.status === 'pdf') return { title, verdict: 'sidepanel_status_pdf' };
  if (state.status === 'analysed' && state.recognition) return { title, verdict: `verdict_${state.recognition.verdict}` };
  return { title, verdict: 'verdict_unknown' };
}
