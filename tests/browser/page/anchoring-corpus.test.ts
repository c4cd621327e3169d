/**
 * The anchoring corpus in a real DOM (Chromium): every case is run as the
 * content script works (tests/fixtures/anchoring/run-case.ts). The note must
 * land on the expected passage (at least 80 % overlap, counting letters, not
 * white space) or, where the passage was deleted, be an orphan. Pass rates
 * per kind and timings are figures of the bench (bench/browser/anchoring-corpus.bench.ts).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Passage } from '../../fixtures/anchoring/case';
import { ANCHORING_CASES } from '../../fixtures/anchoring/cases';
import { MIN_OVERLAP, render, runCase, selectAndDescribe } from '../../fixtures/anchoring/run-case';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('anchoring corpus', () => {
  test('has cases of every kind', () => {
    const kinds = new Set(ANCHORING_CASES.map((item) => item.kind));
    expect(kinds.size).toBe(22);
    expect(ANCHORING_CASES.length).toBeGreaterThanOrEqual(250);
  });

  test.each(ANCHORING_CASES.map((item) => [`${item.kind}: ${item.name}`, item] as const))('%s', (_name, item) => {
    const result = runCase(item);
    if (item.expected === 'orphan') {
      expect(result.outcome?.status, `found "${result.found.slice(0, 80)}"`).toBe('orphan');
      return;
    }
    expect(result.outcome?.status).toBe('anchored');
    expect(result.share, `found "${result.found.slice(0, 80)}"`).toBeGreaterThanOrEqual(MIN_OVERLAP);
  });
});

describe('notes made from a selection', () => {
  function select(html: string, wanted: Passage) {
    render(html);
    return selectAndDescribe(wanted);
  }

  test('a quote across <br> keeps the break as a line break, not "UtrechtAfdeling"', () => {
    const selectors = select('<p>Gemeente Utrecht<br>Afdeling Ruimte</p>', { text: 'Utrecht Afdeling' });
    expect(selectors?.quote.exact).toBe('Utrecht\nAfdeling');
    expect(selectors?.quote.prefix).toBe('Gemeente ');
  });

  test('positions count code points and context ends on whole characters', () => {
    // 32 UTF-16 units before "raad" end inside the flag (two code points, four units): the flag is left out whole.
    const selectors = select(`<p>🇳🇱${'x'.repeat(28)}de raad</p>`, { text: 'raad' });
    expect(selectors?.position).toEqual({ start: 33, end: 37 });
    expect(selectors?.quote.prefix).toBe(`${'x'.repeat(28)}de `);
  });
});
