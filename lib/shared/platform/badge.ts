/** The toolbar button's badge and title for one tab. */
import { browser } from 'wxt/browser';

export interface BadgeLook {
  text: string;
  title: string;
  color: string;
}

export async function setBadge(tabId: number, look: BadgeLook): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    action.setTitle({ tabId, title: look.title }),
    look.text ? action.setBadgeBackgroundColor({ tabId, color: look.color }) : Promise.resolve(),
  ]);
}
