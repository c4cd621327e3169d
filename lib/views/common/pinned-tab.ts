/**
 * A view opened as `popup.html?tabId=12` (or sidepanel.html) shows that tab
 * instead of following the active one: used when a panel is detached into its
 * own window, and by the end-to-end tests, which open views as tabs.
 */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
