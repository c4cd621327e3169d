/** The side panel follows the current tab: driven here by the tab events the browser fires. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { events } from '../../../../lib/shared/platform/events';
import { extensionTabSource as createTabSource } from '../../../../lib/views/common/tab-source';
import type { TabState } from '../../../../lib/core/tab-state';

const asked: Array<number | null> = [];
let windowId = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  asked.length = 0;
  windowId = (await fakeBrowser.windows.create({ focused: true }))?.id ?? 0;
  fakeBrowser.runtime.onMessage.addListener(((
    message: { payload: { tabId: number | null } },
    _sender: unknown,
    sendResponse: (r: unknown) => void,
  ) => {
    asked.push(message.payload.tabId);
    sendResponse({ ok: true, value: { tabId: message.payload.tabId ?? 99, status: 'unknown' } satisfies TabState });
    return true;
  }) as never);
});

async function nextState(source: ReturnType<typeof createTabSource>, trigger: () => unknown): Promise<TabState> {
  return new Promise((resolve) => {
    const stop = source.subscribe((state) => {
      stop();
      resolve(state);
    });
    void trigger();
  });
}

describe('TabSource', () => {
  test('asks again when the user switches tabs', async () => {
    const source = createTabSource();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.vng.nl/a', active: true, windowId });
    const state = await nextState(source, () => fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id ?? 0, windowId }));
    expect(state.status).toBe('unknown');
    // The view names its own window's active tab; it never leaves the choice to the background.
    expect(asked).toContain(tab.id);
    expect(asked).not.toContain(null);
  });

  test('asks again when the active tab finishes loading another page', async () => {
    const source = createTabSource();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.vng.nl/a', active: true, windowId });
    await nextState(source, () =>
      fakeBrowser.tabs.onUpdated.trigger(tab.id ?? 0, { status: 'complete' }, { ...tab, active: true }),
    );
    expect(asked.length).toBeGreaterThan(0);
  });

  test('tab switches in another window are not followed', async () => {
    const source = createTabSource();
    const other = (await fakeBrowser.windows.create({}))?.id ?? 0;
    const heard: TabState[] = [];
    const stop = source.subscribe((state) => heard.push(state));
    await new Promise((resolve) => setTimeout(resolve, 10)); // let the view learn its own window
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: other });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(heard).toEqual([]);
  });

  test('a pinned view follows its own tab, and takes finished analyses from the tab/state event', async () => {
    const source = createTabSource(5);
    expect(await source.current()).toMatchObject({ tabId: 5 });
    const analysed: TabState = { tabId: 5, status: 'analysed' };
    const state = await nextState(source, () => events.publish('tab/state', analysed));
    expect(state).toEqual(analysed);
  });

  test('a pinned view hears that its tab was closed; another tab closing changes nothing', async () => {
    const source = createTabSource(5);
    const heard: TabState[] = [];
    const stop = source.subscribe((state) => heard.push(state));
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId, isWindowClosing: false });
    expect(heard).toEqual([]);
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId, isWindowClosing: false });
    expect(heard).toEqual([{ tabId: -1, status: 'unknown' }]);
    stop();
  });
});
