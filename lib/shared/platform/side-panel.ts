/**
 * Opens the side panel: Chrome's sidePanel API, or Firefox's sidebar. Both need
 * a user gesture, so call this directly from a click or command handler, with
 * the window id known beforehand: awaiting anything first can lose the gesture.
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

export async function openSidePanel(windowId?: number): Promise<void> {
  const firefox = browser as unknown as FirefoxSidebar;
  if (firefox.sidebarAction) {
    await firefox.sidebarAction.open();
    return;
  }
  if (browser.sidePanel) {
    const targetWindow = windowId ?? (await browser.windows.getLastFocused()).id;
    if (targetWindow !== undefined) await browser.sidePanel.open({ windowId: targetWindow });
  }
}
