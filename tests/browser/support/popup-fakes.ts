/**
 * What the popup's tests give it besides the real background (./background.ts):
 * a query memory (session storage beneath), the states its tab is seen in, and a
 * hostile entry.
 */
import type { IndexEntry } from '../../../lib/core/index/schema';
import type { TabState } from '../../../lib/core/tab-state';
import type { QueryMemory } from '../../../lib/views/popup/query-memory-source';

export { BUNDLED_ENTRIES } from './background';

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
