import { describe, expect, test, vi } from 'vitest';
import { badgeLook } from '../../../lib/background/badge-look';
import { createTranslator } from '../../../lib/core/i18n/translator';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';
import type { Recognition } from '../../../lib/core/recognise/types';
import { isPolicySite } from '../../../lib/core/sites';
import type { TabState } from '../../../lib/core/tab-state';
import { isMissingGrant, isRestrictedUrl, isScriptingRefusal } from '../../../lib/background/restricted';
import { createTabTracker } from '../../../lib/background/tracker';
import { pinnedTabId } from '../../../lib/views/common/pinned-tab';
import { loadCatalog } from '../../../scripts/lib/locales';

const recognition: Recognition = { regional: true, verdict: 'yes', score: 0.834, themes: [], why: [], suggestions: [] };
const page: PageSnapshot = {
  url: 'https://www.vng.nl/a#x',
  canonical: 'https://www.vng.nl/a',
  title: 'A',
  headings: [],
  text: 'tekst',
  truncated: false,
};

describe('tab tracker', () => {
  function setup(countNotes?: (url: string) => Promise<number>) {
    const stored = new Map<string, TabState>();
    const shown: TabState[] = [];
    const announced: TabState[] = [];
    const tracker = createTabTracker({
      store: {
        get: async (k) => stored.get(k),
        set: async (k, v) => void stored.set(k, v),
        remove: async (k) => void stored.delete(k),
      },
      recognise: async () => recognition,
      show: async (state) => void shown.push(state),
      announce: (state) => announced.push(state),
      now: () => 1000,
      ...(countNotes ? { countNotes } : {}),
    });
    return { tracker, stored, shown, announced };
  }

  test("the page's notes are counted under its address; a count that fails loses nothing else", async () => {
    const counted: string[] = [];
    const withNotes = setup(async (url) => (counted.push(url), 3));
    expect(await withNotes.tracker.analyse(7, page)).toMatchObject({ status: 'analysed', noteCount: 3 });
    expect(counted).toEqual(['https://www.vng.nl/a']);
    const none = await setup(async () => 0).tracker.analyse(7, page);
    expect(none).not.toHaveProperty('noteCount');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = await setup(() => Promise.reject(new Error('no database'))).tracker.analyse(7, page);
    expect(failing).toMatchObject({ status: 'analysed', recognition });
    expect(failing).not.toHaveProperty('noteCount');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  test('keeps, shows and announces the analysis under the canonical address', async () => {
    const { tracker, shown, announced } = setup();
    const state = await tracker.analyse(7, page);
    expect(state).toEqual({
      tabId: 7,
      status: 'analysed',
      url: 'https://www.vng.nl/a',
      title: 'A',
      recognition,
      analysedAt: 1000,
    });
    expect(await tracker.get(7)).toEqual(state);
    expect(shown).toEqual([state]);
    expect(announced).toEqual([state]);
  });

  test.each([
    { name: 'same-site canonical is honoured', canonical: 'https://vng.nl/a?utm_source=x', url: 'https://vng.nl/a' },
    { name: 'a canonical on another site is ignored', canonical: 'https://other.example/notes', url: 'https://www.vng.nl/a' },
    { name: 'no canonical: the page address without its fragment', canonical: undefined, url: 'https://www.vng.nl/a' },
  ])('page address: $name', async ({ canonical, url }) => {
    const { tracker } = setup();
    const { canonical: _drop, ...withoutCanonical } = page;
    const state = await tracker.analyse(7, canonical === undefined ? withoutCanonical : { ...page, canonical });
    expect(state.url).toBe(url);
  });

  /** A recognition that finishes only when the test says so. */
  function slowRecognition() {
    const finish: Array<() => void> = [];
    const recognise = () => new Promise<Recognition>((resolve) => finish.push(() => resolve(recognition)));
    /** Finishes the nth recognition begun (0 for the first). */
    return { recognise, finish: (nth = 0) => finish[nth]?.() };
  }

  function setupSlow() {
    const slow = slowRecognition();
    const stored = new Map<string, TabState>();
    const shown: TabState[] = [];
    const tracker = createTabTracker({
      store: {
        get: async (k) => stored.get(k),
        set: async (k, v) => void stored.set(k, v),
        remove: async (k) => void stored.delete(k),
      },
      recognise: slow.recognise,
      show: async (state) => void shown.push(state),
      announce: () => undefined,
      now: () => 1000,
    });
    return { tracker, shown, ...slow };
  }

  test('an analysis that began before the tab navigated does not overwrite the new page', async () => {
    const { tracker, shown, finish } = setupSlow();
    const late = tracker.analyse(7, page);
    // The page navigates while its analysis is still running.
    await tracker.reset(7, 'unknown', 'https://www.vng.nl/b');
    finish();
    await late;
    const after = { tabId: 7, status: 'unknown', url: 'https://www.vng.nl/b' };
    expect(await tracker.get(7)).toEqual(after);
    expect(shown).toEqual([after]);
  });

  test('an older analysis finishing after a newer one is dropped', async () => {
    const { tracker, finish } = setupSlow();
    const older = tracker.analyse(7, page);
    const newer = tracker.analyse(7, { ...page, url: 'https://www.vng.nl/c', canonical: undefined, title: 'C' });
    finish(1);
    await newer;
    finish(0);
    await older;
    expect(await tracker.get(7)).toMatchObject({ status: 'analysed', url: 'https://www.vng.nl/c', title: 'C' });
  });

  test('an analysis finishing after its tab closed keeps nothing', async () => {
    const { tracker, shown, finish } = setupSlow();
    const running = tracker.analyse(7, page);
    await tracker.forget(7);
    finish();
    expect(await running).toEqual({ tabId: 7, status: 'unknown' });
    expect(shown).toEqual([]);
  });

  test("another tab's navigation does not drop an analysis", async () => {
    const { tracker, finish } = setupSlow();
    const running = tracker.analyse(7, page);
    await tracker.reset(8, 'unknown', 'https://www.vng.nl/b');
    finish();
    await running;
    expect(await tracker.get(7)).toMatchObject({ status: 'analysed', url: 'https://www.vng.nl/a' });
  });

  test('forgets the verdict on navigation and when the tab closes', async () => {
    const { tracker } = setup();
    await tracker.analyse(7, page);
    await tracker.reset(7, 'unknown', 'https://www.vng.nl/b');
    expect(await tracker.get(7)).toEqual({ tabId: 7, status: 'unknown', url: 'https://www.vng.nl/b' });
    await tracker.forget(7);
    expect(await tracker.get(7)).toEqual({ tabId: 7, status: 'unknown' });
  });
});

describe('addresses', () => {
  test.each([
    ['chrome://extensions', true],
    ['about:blank', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/x', true],
    ['https://addons.mozilla.org/nl/firefox/', true],
    ['not a url', true],
    [undefined, true],
    ['https://www.vng.nl/', false],
    ['http://127.0.0.1:8080/x', false],
  ])('restricted(%s) = %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });

  test.each([
    ['Error: Cannot access a chrome:// URL', true],
    ['Error: The extensions gallery cannot be scripted.', true],
    [
      'Error: Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      true,
    ],
    ['Error: No tab with id: 12.', false],
    ['Error: Could not establish connection. Receiving end does not exist.', false],
  ])('scripting refusal %s = %s', (message, expected) => {
    expect(isScriptingRefusal(new Error(message.replace(/^Error: /, '')))).toBe(expected);
  });

  test.each([
    ['Error: Cannot access a chrome:// URL', false],
    ['Error: The extensions gallery cannot be scripted.', false],
    [
      'Error: Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      true,
    ],
    [
      'Error: Cannot access contents of url "https://example.org/". Extension manifest must request permission to access this host.',
      true,
    ],
    ['Error: No tab with id: 12.', false],
  ])('only a missing grant %s = %s', (message, expected) => {
    expect(isMissingGrant(new Error(message.replace(/^Error: /, '')))).toBe(expected);
  });

  test.each([
    ['vng.nl', true],
    ['www.vng.nl', true],
    ['WWW.Rijksoverheid.NL.', true],
    ['zoek.officielebekendmakingen.nl', true],
    ['notvng.nl', false],
    ['vng.nl.evil.com', false],
  ])('policy site %s = %s', (host, expected) => {
    expect(isPolicySite(host)).toBe(expected);
  });

  test.each([
    ['?tabId=12', 12],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=1e3', null],
    ['', null],
  ])('pinnedTabId(%s) = %s', (search, expected) => {
    expect(pinnedTabId(search)).toBe(expected);
  });
});

describe('badge', () => {
  const t = createTranslator(loadCatalog('nl'));
  test.each([
    [{ tabId: 1, status: 'unknown' } as TabState, ''],
    [{ tabId: 1, status: 'not-allowed' } as TabState, ''],
    [{ tabId: 1, status: 'analysed', recognition } as TabState, 'JA'],
    [{ tabId: 1, status: 'analysed', recognition: { ...recognition, verdict: 'maybe' } } as TabState, 'JA?'],
    [{ tabId: 1, status: 'analysed', recognition: { ...recognition, verdict: 'no' } } as TabState, '–'],
  ])('badge text for %j', (state, text) => {
    expect(badgeLook(state, t).text).toBe(text);
  });
  test('the title reads the verdict in full for screen readers', () => {
    expect(badgeLook({ tabId: 1, status: 'analysed', recognition }, t).title).toBe(
      'Regiolens heeft deze pagina gelezen: Over regionale samenwerking (duidelijke aanwijzingen)',
    );
  });
  test('the title says how many notes the page has', () => {
    const one = badgeLook({ tabId: 1, status: 'analysed', recognition, noteCount: 1 }, t).title;
    const three = badgeLook({ tabId: 1, status: 'analysed', recognition, noteCount: 3 }, t).title;
    expect(one).toBe(
      'Regiolens heeft deze pagina gelezen: Over regionale samenwerking (duidelijke aanwijzingen) · 1 notitie bij deze pagina',
    );
    expect(three).toMatch(/ · 3 notities bij deze pagina$/);
  });
  test('"not read", "read: not regional" and "read: regional" differ in badge and title', () => {
    const looks = [
      badgeLook({ tabId: 1, status: 'not-allowed' }, t),
      badgeLook({ tabId: 1, status: 'analysed', recognition: { ...recognition, verdict: 'no' } }, t),
      badgeLook({ tabId: 1, status: 'analysed', recognition }, t),
    ];
    expect(new Set(looks.map((look) => look.text)).size).toBe(3);
    expect(new Set(looks.map((look) => look.title)).size).toBe(3);
    expect(looks[0]?.title).toContain('niet gelezen');
    expect(looks[1]?.title).toContain('Niet over regionale samenwerking');
  });
  test("a PDF in the browser's viewer has no badge (not read), and its title says where it can be read", () => {
    const look = badgeLook({ tabId: 1, status: 'pdf', url: 'https://www.vng.nl/a.pdf' }, t);
    expect(look.text).toBe('');
    expect(look.title).toBe(
      'Regiolens heeft deze pdf niet gelezen: de pdf-weergave van de browser laat geen extensie lezen. Klik op de knop en kies ‘Openen in Regiolens’.',
    );
  });
});
