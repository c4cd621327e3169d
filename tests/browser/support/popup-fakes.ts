/** Fakes for the popup's data interfaces, over the bundled index. */
import bundled from '../../../public/regiolens-index.json';
import type { IndexEntry } from '../../../lib/core/index/schema';
import type { TabState } from '../../../lib/core/tab-state';
import type { EntrySource } from '../../../lib/views/common/entry-source';
import type { QueryMemory } from '../../../lib/views/popup/query-memory-source';
import type { TabSource } from '../../../lib/views/common/tab-source';

export const BUNDLED_ENTRIES = (bundled as { entries: IndexEntry[] }).entries;

export function entrySource(entries: readonly IndexEntry[] = BUNDLED_ENTRIES): EntrySource & { changed(): void } {
  const listeners = new Set<() => void>();
  return {
    load: () => Promise.resolve(entries),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed: () => listeners.forEach((listener) => listener()),
  };
}

export function tabSource(state: TabState): TabSource {
  return {
    current: () => Promise.resolve(state),
    subscribe: () => () => undefined,
    analyseActive: () => Promise.resolve(state),
  };
}

export function memory(initial = ''): QueryMemory & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    recall: () => Promise.resolve(initial),
    remember: (query) => {
      saved.push(query);
      return Promise.resolve();
    },
  };
}

export const ANALYSED: TabState = {
  tabId: 7,
  status: 'analysed',
  title: 'Democratische legitimiteit van de regio',
  recognition: {
    regional: true,
    verdict: 'yes',
    score: 0.8,
    themes: [{ id: 'ws-democratie', score: 0.7 }],
    why: [{ label: 'gemeenschappelijke regeling', count: 3, weight: 0.5 }],
    suggestions: [
      {
        id: 'ws-democratie',
        score: 0.9,
        themes: ['ws-democratie'],
        shared: ['democratische legitimiteit', 'verlengd lokaal bestuur'],
      },
      { id: 'not-in-index', score: 0.5, themes: ['ws-democratie'], shared: ['x'] },
      { id: 'pub-rob-ambacht', score: 0.4, themes: ['ws-schakelen'], shared: ['ambacht'] },
    ],
  },
};

/** An entry whose text tries to be HTML. */
export const HOSTILE: IndexEntry = {
  id: 'hostile-entry',
  title: '<img src=x onerror="window.__pwned=1"> Regiobestuur & <b>democratie</b>',
  kind: 'artikel',
  publisher: '<script>alert(1)</script>',
  date: '2020',
  themes: ['ws-democratie'],
  keywords: ['<svg onload=alert(1)>'],
  summary: 'Over regiobestuur <iframe src="javascript:alert(1)"></iframe>.',
};
