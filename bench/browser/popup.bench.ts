/**
 * Popup budgets (issue 5), in Chromium, on the real PopupApp:
 * - keystroke to rendered results: p95 ≤ 16 ms with the bundled index, 1,000 and
 *   10,000 entries (issue 12). Each sample is one keystroke of a real query
 *   being typed (every prefix of "gemeenschapelijke regeling", "ecosyteem", …):
 *   input event → the background's answer (its real router, every message as
 *   JSON) → Preact render → DOM committed and laid out.
 * - the peer: default-options fuse.js over the same fields, rendering the same
 *   result list component, measured in the same run; the ratio is reported.
 * - popup opened to interactive (mounted, search box focused, first list shown): ≤ 100 ms.
 *   Opened to the first results of a typed query at 1,000 and 10,000 entries: popup-open.bench.ts.
 */
import Fuse from 'fuse.js';
import { h, options, render, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PopupApp } from '../../lib/views/popup/PopupApp';
import { ResultList } from '../../lib/views/popup/ResultList';
import { I18nProvider } from '../../lib/views/common/i18n';
import type { IndexEntry } from '../../lib/core/index/schema';
import type { EntryResult } from '../../lib/core/entries/entry-results';
import bundled from '../../public/regiolens-index.json';
import { testBackground } from '../../tests/browser/support/background';
import { ANALYSED } from '../../tests/browser/support/popup-fakes';
import { translator } from '../../tests/browser/support/catalog';
import { indexEntries } from '../../tests/fixtures/search/corpus';
import { ENTRY_FUSE_KEYS } from '../../tests/fixtures/search/entry-search-fields';
import { keystrokePrefixes } from '../../tests/fixtures/search/quality-cases';
import { measure, recordStats, recordFigure, summarise, type Stats } from '../lib/figures';
import { whenReady } from '../lib/view-bench';

const PREFIXES = keystrokePrefixes();
const t = translator('nl');
const noop = () => undefined;

/** Renders synchronously inside the input event, so one sample covers the whole keystroke. */
let previousDebounce: typeof options.debounceRendering;
beforeAll(() => {
  previousDebounce = options.debounceRendering;
  options.debounceRendering = (callback) => callback();
});
afterAll(() => {
  options.debounceRendering = previousDebounce;
});

function corpus(size: number | 'bundled'): IndexEntry[] {
  if (size === 'bundled') return (bundled as { entries: IndexEntry[] }).entries;
  // The generated corpus has the index's shape (kinds and themes from the same lists).
  return indexEntries(size) as unknown as IndexEntry[];
}

/** (Plain `h` calls: bench files are .ts.) */
function mountInto(view: ComponentChild): { root: HTMLElement; cleanup: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(I18nProvider, { t, children: view }), root);
  return {
    root,
    cleanup: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** True once the list shows the answer to the query on screen (the background answers asynchronously). */
function settled(root: HTMLElement): boolean {
  return root.querySelector('[role="listbox"]')?.getAttribute('aria-busy') !== 'true';
}

async function typeAll(root: HTMLElement, passes: number): Promise<Stats> {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!input) throw new Error('no search box');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const prefix of PREFIXES) {
      const start = performance.now();
      input.value = prefix;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await whenReady(root, () => settled(root));
      void (list ?? root).offsetHeight; // layout: the results are on screen, not just in the DOM
      samples.push(performance.now() - start);
    }
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await whenReady(root, () => settled(root));
  }
  return summarise(samples);
}

/** The peer: fuse.js with default options over the same fields, rendering the same list component. */
function FusePeer({ entries }: { entries: IndexEntry[] }) {
  const [fuse] = useState(() => new Fuse(entries, { keys: ENTRY_FUSE_KEYS }));
  const [query, setQuery] = useState('');
  const results: EntryResult[] = query
    ? fuse.search(query, { limit: 20 }).map(({ item }) => ({ entry: item, titleRanges: [], matchedTerms: [], missingTerms: [] }))
    : [];
  return h(
    'div',
    null,
    h('input', {
      role: 'combobox',
      'aria-label': 'peer',
      value: query,
      onInput: (event: Event) => setQuery((event.currentTarget as HTMLInputElement).value),
    }),
    h(ResultList, { results, activeId: null, onOpen: noop, onHover: noop }),
  );
}

/** The popup over the real background (router, index handlers, memory store), as in the component tests. */
function popupView(entries: IndexEntry[]) {
  const background = testBackground({ entries });
  background.seedTab(ANALYSED);
  return h(PopupApp, {
    tabs: background.tabSource(),
    background: background.client,
    events: background.events,
    onOpen: noop,
    onOpenSidePanel: noop,
  });
}

async function mountPopup(entries: IndexEntry[]) {
  const mounted = mountInto(popupView(entries));
  // Ready when the index is built: the werksessies list shows.
  await whenReady(mounted.root, () => mounted.root.querySelector('.popup-werksessies') !== null);
  return mounted;
}

describe('popup', () => {
  for (const size of ['bundled', 1000, 10_000] as const) {
    test(`keystroke to rendered results, ${size}`, async () => {
      const entries = corpus(size);
      const label = size === 'bundled' ? 'bundled' : String(size);
      const passes = size === 10_000 ? 2 : 5;

      const popup = await mountPopup(entries);
      await typeAll(popup.root, 1); // warm-up
      const ours = await typeAll(popup.root, passes);
      const input = popup.root.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (input) {
        input.value = 'democratisch regio';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await whenReady(popup.root, () => settled(popup.root) && popup.root.querySelector('[role="option"]') !== null);
      }
      expect(popup.root.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
      popup.cleanup();

      const peer = mountInto(h(FusePeer, { entries }));
      await typeAll(peer.root, 1);
      const fuse = await typeAll(peer.root, size === 10_000 ? 1 : passes);
      peer.cleanup();

      await recordStats(`popup.keystroke.${label}`, ours, {
        budget: 16,
        budgetOn: 'p95',
        peer: `popup.fuse-default.keystroke.${label}`,
        note: `${entries.length} entries; input → background round trip (JSON) → search → render → layout`,
      });
      await recordStats(`popup.fuse-default.keystroke.${label}`, fuse, {
        note: 'fuse.js default options, same fields, same list component',
      });
      await recordFigure({
        name: `popup.keystroke-ratio-p95.${label}`,
        value: fuse.p95 / ours.p95,
        unit: 'ratio',
        note: 'fuse.js default p95 ÷ popup p95 (higher is better)',
      });
      await recordFigure({
        name: `popup.keystroke-ratio-median.${label}`,
        value: fuse.median / ours.median,
        unit: 'ratio',
        note: 'fuse.js default median ÷ popup median',
      });
    });
  }

  test('popup opened to interactive', async () => {
    const entries = corpus('bundled');
    const stats = await measure(
      async () => {
        const root = document.createElement('div');
        document.body.append(root);
        render(h(I18nProvider, { t, children: popupView(entries) }), root);
        await whenReady(
          root,
          () =>
            document.activeElement?.getAttribute('role') === 'combobox' &&
            root.querySelectorAll('.popup-werksessies li').length === 7,
        );
        void root.offsetHeight;
        render(null, root);
        root.remove();
      },
      { runs: 40, warmup: 5 },
    );
    await recordStats('popup.open-to-interactive.bundled', stats, {
      budget: 100,
      budgetOn: 'p95',
      note: 'mount → search box focused → werksessies list rendered (index built)',
    });
  });
});
