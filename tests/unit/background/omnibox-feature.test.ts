/**
 * The `rl` address-bar keyword, driven through the omnibox events as the
 * browser fires them: what is suggested for a query (escaped for Chrome's XML
 * descriptions) and what opens when a suggestion or free text is entered.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../../lib/core/index/schema';
import { events } from '../../../lib/shared/platform/events';
import { saveSettings } from '../../../lib/shared/platform/settings';
import { extensionTranslators } from '../../../lib/shared/platform/translator';
import { createEntrySearchFeature } from '../../../lib/background/entry-search-feature';
import { createOmniboxFeature } from '../../../lib/background/omnibox-feature';
import { makeEntry } from '../../fixtures/index/make-index';
import { installI18n, installOmnibox, packagedFetch, type FakeOmnibox } from '../support/fake-apis';
import { resetSettingsStore } from '../support/settings-store';

function withoutUrl(entry: IndexEntry): IndexEntry {
  const { url: _url, publisher: _publisher, ...rest } = entry;
  return rest;
}

const ENTRIES: IndexEntry[] = [
  makeEntry(1, {
    id: 'tom-en-jerry',
    title: 'Tom & Jerry <b>samenwerking</b> in de regio',
    kind: 'rapport',
    publisher: 'VNG & IPO',
    date: '2016-05-01',
  }),
  withoutUrl(
    makeEntry(2, {
      id: 'gemeenschappelijke-regeling',
      title: 'Handreiking gemeenschappelijke regeling',
      kind: 'handreiking',
      event: 'Proef verschil!',
      date: '2024',
    }),
  ),
  makeEntry(3, { id: 'regiodeals', title: 'Evaluatie regiodeals', summary: 'Over regiodeals en geld.', keywords: ['regiodeal'] }),
];
const INDEX: IndexFile = { format: INDEX_FORMAT, version: 1, created: '2026-01-01T00:00:00Z', entries: ENTRIES };
const ENTRY_PAGE = 'chrome-extension://test-extension-id/entry.html?id=gemeenschappelijke-regeling';

let omnibox: FakeOmnibox;
let loads: number;
let running: AbortController;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSettingsStore();
  omnibox = installOmnibox();
  installI18n('nl');
  vi.stubGlobal('fetch', packagedFetch());
  loads = 0;
  running = new AbortController();
  const search = createEntrySearchFeature({
    activeIndex: async () => {
      loads += 1;
      return INDEX;
    },
    events,
  });
  search.start(running.signal);
  createOmniboxFeature({ search: search.search, translators: extensionTranslators() }).start(running.signal);
});

afterEach(() => {
  running.abort();
  vi.unstubAllGlobals();
});

/** Types `text` after the keyword and resolves with what the extension suggested. */
function suggestionsFor(text: string): Promise<Browser.omnibox.SuggestResult[]> {
  return new Promise((resolve) => omnibox.onInputChanged.trigger(text, resolve));
}

describe('suggestions while typing', () => {
  const CASES: Array<{ name: string; query: string; expected: Browser.omnibox.SuggestResult[]; default: string }> = [
    {
      name: 'a title word: highlighted, the rest of the title and the meta line escaped',
      query: 'jerry',
      expected: [
        {
          content: 'Tom & Jerry <b>samenwerking</b> in de regio #tom-en-jerry',
          description:
            'Tom &amp; <match>Jerry</match> &lt;b&gt;samenwerking&lt;/b&gt; in de regio <dim>— Rapport · VNG &amp; IPO · 2016</dim>',
        },
      ],
      default: 'Zoek in Regiolens: jerry',
    },
    {
      name: 'a word inside markup-like title text is matched inside the escaped text',
      query: 'samenwerking',
      expected: [
        {
          content: 'Tom & Jerry <b>samenwerking</b> in de regio #tom-en-jerry',
          description:
            'Tom &amp; Jerry &lt;b&gt;<match>samenwerking</match>&lt;/b&gt; in de regio <dim>— Rapport · VNG &amp; IPO · 2016</dim>',
        },
      ],
      default: 'Zoek in Regiolens: samenwerking',
    },
    {
      name: 'typos still find the entry; an entry without publisher shows its event',
      query: 'gemeenschapelijke regelnig',
      expected: [
        {
          content: 'Handreiking gemeenschappelijke regeling #gemeenschappelijke-regeling',
          description:
            'Handreiking <match>gemeenschappelijke</match> <match>regeling</match> <dim>— Handreiking · Proef verschil! · 2024</dim>',
        },
        {
          content: 'Tom & Jerry <b>samenwerking</b> in de regio #tom-en-jerry',
          description: 'Tom &amp; Jerry &lt;b&gt;samenwerking&lt;/b&gt; in de regio <dim>— Rapport · VNG &amp; IPO · 2016</dim>',
        },
      ],
      default: 'Zoek in Regiolens: gemeenschapelijke regelnig',
    },
    {
      name: 'the query itself is escaped in the default row',
      query: 'Tom & <b>',
      expected: [
        {
          content: 'Tom & Jerry <b>samenwerking</b> in de regio #tom-en-jerry',
          description:
            '<match>Tom</match> &amp; Jerry &lt;<match>b</match>&gt;samenwerking&lt;/<match>b</match>&gt; in de regio <dim>— Rapport · VNG &amp; IPO · 2016</dim>',
        },
      ],
      default: 'Zoek in Regiolens: Tom &amp; &lt;b&gt;',
    },
    {
      name: 'no match: no rows, and the default says what Enter does',
      query: 'xyzzy',
      expected: [],
      default: 'Niets gevonden voor ‘xyzzy’; Enter opent de zoekpagina van Regiolens',
    },
  ];

  for (const row of CASES) {
    test(row.name, async () => {
      expect(await suggestionsFor(row.query)).toEqual(row.expected);
      await vi.waitFor(() => expect(omnibox.defaults).toEqual([row.default]));
    });
  }

  test('only the latest of two quick inputs is answered', async () => {
    const early = vi.fn();
    omnibox.onInputChanged.trigger('jerry', early);
    const late = await suggestionsFor('regiodeals');
    expect(late.map((s) => s.content)).toEqual(['Evaluatie regiodeals #regiodeals']);
    expect(early).not.toHaveBeenCalled();
  });

  test('the index is loaded once, and again after it changed', async () => {
    await suggestionsFor('jerry');
    await suggestionsFor('regiodeals');
    expect(loads).toBe(1);
    events.publish('index/changed', { version: 2 });
    await vi.waitFor(async () => {
      await suggestionsFor('jerry');
      expect(loads).toBe(2);
    });
  });

  test('a language chosen in options is used from then on', async () => {
    await suggestionsFor('jerry');
    await saveSettings({ language: 'en' });
    // The change reaches the worker as an event, a moment after the save (as it does across contexts).
    await vi.waitFor(async () => {
      const [first] = await suggestionsFor('jerry');
      expect(first?.description).toBe(
        'Tom &amp; <match>Jerry</match> &lt;b&gt;samenwerking&lt;/b&gt; in de regio <dim>— Study · VNG &amp; IPO · 2016</dim>',
      );
    });
    await vi.waitFor(() => expect(omnibox.defaults.at(-1)).toBe('Search Regiolens: jerry'));
  });
});

describe('entering a suggestion or free text', () => {
  /**
   * A focused window with an active page. fakeBrowser reports as "last
   * focused" the window focused before the current one, so two windows are
   * focused in turn and the tab goes into the first.
   */
  async function activePage(url: string): Promise<number> {
    const first = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ windowId: first?.id, url, active: true });
    return tab.id ?? -1;
  }

  const CASES: Array<{
    name: string;
    text: string;
    disposition: `${Browser.omnibox.OnInputEnteredDisposition}`;
    expected: { url: string; active: boolean; reusesCurrent: boolean };
  }> = [
    {
      name: 'a chosen suggestion opens its address in a new foreground tab',
      text: 'Tom & Jerry <b>samenwerking</b> in de regio #tom-en-jerry',
      disposition: 'newForegroundTab',
      expected: { url: 'https://example.org/publicaties/1', active: true, reusesCurrent: false },
    },
    {
      name: 'an entry without an address opens its detail page, in a background tab',
      text: 'Handreiking gemeenschappelijke regeling #gemeenschappelijke-regeling',
      disposition: 'newBackgroundTab',
      expected: { url: ENTRY_PAGE, active: false, reusesCurrent: false },
    },
    {
      name: 'free text opens the best match in the current tab',
      text: 'regiodeals',
      disposition: 'currentTab',
      expected: { url: 'https://example.org/publicaties/3', active: true, reusesCurrent: true },
    },
    {
      name: 'a typo in free text still finds the entry',
      text: 'gemeenschapelijke regelnig',
      disposition: 'currentTab',
      expected: { url: ENTRY_PAGE, active: true, reusesCurrent: true },
    },
    {
      name: 'the id after "#" wins over whatever title text precedes it',
      text: 'Evaluatie regiodeals #tom-en-jerry',
      disposition: 'newForegroundTab',
      expected: { url: 'https://example.org/publicaties/1', active: true, reusesCurrent: false },
    },
  ];

  for (const row of CASES) {
    test(row.name, async () => {
      const current = await activePage('https://www.vng.nl/start');
      const before = await fakeBrowser.tabs.query({});
      omnibox.onInputEntered.trigger(row.text, row.disposition);
      await vi.waitFor(async () => {
        const opened = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === row.expected.url);
        expect(opened).toHaveLength(1);
      });
      const after = await fakeBrowser.tabs.query({});
      const [opened] = after.filter((tab) => tab.url === row.expected.url);
      expect(opened?.active).toBe(row.expected.active);
      if (row.expected.reusesCurrent) {
        expect(opened?.id).toBe(current);
        expect(after).toHaveLength(before.length);
      } else {
        expect(after).toHaveLength(before.length + 1);
        expect((await fakeBrowser.tabs.get(current)).url).toBe('https://www.vng.nl/start');
      }
    });
  }

  test('text that matches nothing opens the search page with that text, where the user asked', async () => {
    const current = await activePage('https://www.vng.nl/start');
    omnibox.onInputEntered.trigger('xyzzy & co', 'currentTab');
    const searchPage = `chrome-extension://${fakeBrowser.runtime.id}/popup.html?q=xyzzy+%26+co`;
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.get(current)).url).toBe(searchPage));
  });

  test('after the signal aborts, entered text is ignored', async () => {
    running.abort();
    await activePage('https://www.vng.nl/start');
    const before = await fakeBrowser.tabs.query({});
    omnibox.onInputEntered.trigger('regiodeals', 'newForegroundTab');
    omnibox.onInputChanged.trigger('regiodeals', () => undefined);
    expect(omnibox.onInputEntered.hasListeners()).toBe(false);
    expect(omnibox.onInputChanged.hasListeners()).toBe(false);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before.length);
  });
});
