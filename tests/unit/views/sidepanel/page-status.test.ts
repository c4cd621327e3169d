import { describe, expect, test } from 'vitest';
import { pageStatus } from '../../../../lib/views/sidepanel/page-status';
import type { TabState } from '../../../../lib/core/tab-state';

const recognition = (verdict: 'yes' | 'maybe' | 'no') => ({
  regional: verdict !== 'no',
  verdict,
  score: 0.5,
  themes: [],
  why: [{ label: 'gemeenschappelijke regeling', count: 3, weight: 0.5 }],
  suggestions: [],
});

describe('pageStatus: the short announcement of the side panel', () => {
  test.each<{ name: string; state: TabState | undefined; expected: ReturnType<typeof pageStatus> }>([
    { name: 'not known yet', state: undefined, expected: undefined },
    {
      name: 'analysed: the verdict label',
      state: { tabId: 1, status: 'analysed', title: 'Grip', recognition: recognition('yes') },
      expected: { title: 'Grip', verdict: 'verdict_yes' },
    },
    {
      name: 'analysed, maybe',
      state: { tabId: 1, status: 'analysed', title: 'Grip', recognition: recognition('maybe') },
      expected: { title: 'Grip', verdict: 'verdict_maybe' },
    },
    {
      name: 'analysed without a recognition',
      state: { tabId: 1, status: 'analysed' },
      expected: { title: undefined, verdict: 'verdict_unknown' },
    },
    {
      name: 'restricted',
      state: { tabId: 1, status: 'restricted' },
      expected: { title: undefined, verdict: 'sidepanel_status_restricted' },
    },
    {
      name: 'not allowed',
      state: { tabId: 1, status: 'not-allowed', title: 'X' },
      expected: { title: 'X', verdict: 'sidepanel_status_not_read' },
    },
    { name: 'private', state: { tabId: 1, status: 'private' }, expected: { title: undefined, verdict: 'verdict_unknown' } },
    {
      name: 'closed tab',
      state: { tabId: -1, status: 'unknown' },
      expected: { title: undefined, verdict: 'sidepanel_status_closed' },
    },
  ])('$name', ({ state, expected }) => {
    expect(pageStatus(state)).toEqual(expected);
  });
});
