import { describe, expect, test } from 'vitest';
import { createLatestQuery } from '../../../../lib/core/search/latest-query';

describe('createLatestQuery', () => {
  test('only the newest ticket is current; older ones are aborted', () => {
    const latest = createLatestQuery();
    const first = latest.begin();
    expect(first.current).toBe(true);
    const second = latest.begin();
    expect(first.current).toBe(false);
    expect(first.signal.aborted).toBe(true);
    expect(second.current).toBe(true);
    expect(second.seq).toBeGreaterThan(first.seq);
  });

  test('cancel makes every ticket stale', () => {
    const latest = createLatestQuery();
    const ticket = latest.begin();
    latest.cancel();
    expect(ticket.current).toBe(false);
    expect(ticket.signal.aborted).toBe(true);
  });

  test('results that arrive late are dropped', async () => {
    const latest = createLatestQuery();
    const shown: string[] = [];
    const run = async (query: string, delay: number): Promise<void> => {
      const ticket = latest.begin();
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (ticket.current) shown.push(query);
    };
    await Promise.all([run('ge', 20), run('gem', 1)]);
    expect(shown).toEqual(['gem']);
  });
});
