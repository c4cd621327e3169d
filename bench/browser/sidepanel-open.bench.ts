/**
 * Side panel opened → its index material shown (issue 12, "At scale"): what crosses runtime messaging
 * and how long it takes until a "yes" page's panel shows what it takes from the active index: the
 * suggestions as cards, the material naming the page's places, a note's linked entry by title and the
 * "Gekoppeld materiaal" picker's choices. Same data path as the popup's bench: the active index in the
 * extension's IndexedDB store, the real background's router and handlers, every message through JSON.
 *
 * Two figures per size: time (mount → all four shown and laid out) and the characters of every answer the
 * panel received during that opening (JSON, as runtime messaging copies them).
 */
import { h, render } from 'preact';
import { afterAll, describe, test } from 'vitest';
import { SidePanelApp } from '../../lib/views/sidepanel/SidePanelApp';
import { I18nProvider } from '../../lib/views/common/i18n';
import type { IndexEntry } from '../../lib/core/index/schema';
import { placesOnPage } from '../../lib/core/places/places';
import type { BackgroundClient } from '../../lib/shared/messages/client';
import { testBackground, type TestBackground } from '../../tests/browser/support/background';
import { analysedState, fakePage, notesSource, pageNote } from '../../tests/browser/support/sidepanel-fakes';
import { translator } from '../../tests/browser/support/catalog';
import { indexEntries } from '../../tests/fixtures/search/corpus';
import { recordFigure, recordStats, summarise } from '../lib/figures';
import { closeStores, storeWith, whenReady } from '../lib/view-bench';

const PAGE_TEXT = 'Enschede, Hengelo en Almelo werken samen in Twente aan de regionale investeringsagenda.';
afterAll(closeStores);

/** The background as the panel reaches it, counting the characters of every answer (as JSON). */
function counting(client: BackgroundClient): { client: BackgroundClient; chars: () => number } {
  let chars = 0;
  return {
    client: {
      call: async (type, payload) => {
        const answer = await client.call(type, payload);
        chars += JSON.stringify(answer ?? null).length;
        return answer;
      },
    },
    chars: () => chars,
  };
}

interface Opening {
  ms: number;
  chars: number;
}

async function openPanel(
  background: TestBackground,
  notes: Awaited<ReturnType<typeof notesSource>>,
  linked: IndexEntry,
): Promise<Opening> {
  const measured = counting(background.client);
  const start = performance.now();
  const root = document.createElement('div');
  document.body.append(root);
  render(
    h(I18nProvider, {
      t: translator('nl'),
      children: h(SidePanelApp, {
        tabs: background.tabSource(),
        notes: notes.notes,
        page: fakePage(),
        background: measured.client,
        events: background.events,
        onOpenEntry: () => undefined,
      }),
    }),
    root,
  );
  await whenReady(
    root,
    () =>
      root.querySelector('.suggestion-list li') !== null &&
      root.querySelector('[data-place="regio:twente"] .places__material') !== null &&
      root.querySelector('.note__links')?.textContent === linked.title &&
      root.querySelector('.note-editor__link') !== null,
  );
  void root.offsetHeight;
  const ms = performance.now() - start;
  render(null, root);
  root.remove();
  return { ms, chars: measured.chars() };
}

describe('side panel opened to its index material', () => {
  for (const size of [1000, 10_000] as const) {
    test(`${size} entries in IndexedDB`, async () => {
      const entries = indexEntries(size) as unknown as IndexEntry[];
      const db = await storeWith(entries, `regiolens-bench-panel-${size}-${Date.now()}`);
      const [first, second, third, linked] = entries as [IndexEntry, IndexEntry, IndexEntry, IndexEntry];
      const base = analysedState();
      const state = {
        ...base,
        recognition: base.recognition && {
          ...base.recognition,
          suggestions: [first, second, third].map((entry) => ({ id: entry.id, score: 0.7, themes: [], shared: [] })),
          places: placesOnPage({ title: 'Twente', text: PAGE_TEXT }),
        },
      };
      const notes = await notesSource({ notes: [pageNote('Gekoppeld', { links: [linked.id] })] });
      const background = testBackground({ store: db, searches: db });
      background.seedTab(state);

      await openPanel(background, notes, linked);
      const runs = size === 10_000 ? 10 : 20;
      const samples: Opening[] = [];
      for (let i = 0; i < runs; i++) samples.push(await openPanel(background, notes, linked));
      await recordStats(`sidepanel.open-to-material.${size}`, summarise(samples.map((sample) => sample.ms)), {
        note: 'mount → suggestions, places material, a linked title and the picker shown; background running, index in IndexedDB',
      });
      await recordFigure({
        name: `sidepanel.open-answers.${size}`,
        value: (samples[0]?.chars ?? Number.NaN) / 1000,
        unit: 'kB',
        note: 'every answer the panel received while opening, as JSON characters (about bytes), in thousands',
      });
    });
  }
});
