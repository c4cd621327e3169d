/**
 * The address bar keyword (`rl`, declared in the manifest). Chrome reads
 * suggestion descriptions as XML (with <match>, <dim> and <url> styling);
 * Firefox shows them as plain text, so callers ask `omniboxFormat()` which to build.
 */
import { browser } from 'wxt/browser';

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export interface OmniboxSuggestion {
  /** Put into the address bar when the suggestion is chosen, and handed back to onInputEntered. */
  content: string;
  description: string;
}

interface FirefoxRuntime {
  getBrowserInfo?: () => Promise<unknown>;
}

/** 'xml' in Chrome, 'text' in Firefox (which has no styling and would show the tags). */
export function omniboxFormat(): 'xml' | 'text' {
  return typeof (browser.runtime as unknown as FirefoxRuntime).getBrowserInfo === 'function' ? 'text' : 'xml';
}

export function onOmniboxInput(
  listener: (text: string, suggest: (suggestions: OmniboxSuggestion[]) => void) => void,
): () => void {
  if (!browser.omnibox) return () => undefined;
  browser.omnibox.onInputChanged.addListener(listener);
  return () => browser.omnibox.onInputChanged.removeListener(listener);
}

export function onOmniboxEntered(listener: (text: string, disposition: OmniboxDisposition) => void): () => void {
  if (!browser.omnibox) return () => undefined;
  const wrapped = (text: string, disposition: string) =>
    listener(text, disposition === 'newForegroundTab' || disposition === 'newBackgroundTab' ? disposition : 'currentTab');
  browser.omnibox.onInputEntered.addListener(wrapped);
  return () => browser.omnibox.onInputEntered.removeListener(wrapped);
}

/** The first row under the address bar while the keyword is active. */
export async function setOmniboxDefault(description: string): Promise<void> {
  await browser.omnibox?.setDefaultSuggestion({ description });
}

/** Opens an address where the user asked: this tab, or a new one in front or behind. */
export async function openWithDisposition(url: string, disposition: OmniboxDisposition): Promise<void> {
  if (disposition === 'currentTab') {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { url });
      return;
    }
  }
  await browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
}
