/**
 * The anchoring corpus (tests/fixtures/anchoring), kind by kind, in Chromium
 * (#16): for every kind the share of cases that land where they must (or
 * orphan where the passage was deleted) and the time anchorNotes takes on the
 * page after, per case (median of five runs), as median and p95 over the
 * kind's cases. The corpus test asserts every case; this only reports, so a
 * kind that slips shows as a rate below 1 here and as named failures there.
 */
import { afterAll, describe, test } from 'vitest';
import type { AnchoringKind } from '../../tests/fixtures/anchoring/case';
import { ANCHORING_CASES } from '../../tests/fixtures/anchoring/cases';
import { runCase } from '../../tests/fixtures/anchoring/run-case';
import { recordFigure, recordStats, summarise } from '../lib/figures';

const RUNS = 5;
const kinds = [...new Set(ANCHORING_CASES.map((item) => item.kind))];
const all = { passed: 0, times: [] as number[] };

afterAll(() => document.body.replaceChildren());

describe('anchoring corpus, per kind', () => {
  test.each(kinds)('%s', async (kind: AnchoringKind) => {
    const cases = ANCHORING_CASES.filter((item) => item.kind === kind);
    let passed = 0;
    const times: number[] = [];
    for (const item of cases) {
      const results = Array.from({ length: RUNS }, () => runCase(item));
      if (results[0]?.passed) passed += 1;
      times.push(summarise(results.map((result) => result.ms)).median);
    }
    all.passed += passed;
    all.times.push(...times);
    await recordFigure({
      name: `notes.anchoring-corpus.${kind}.pass`,
      value: passed / cases.length,
      unit: 'ratio',
      note: `${passed} of ${cases.length} cases`,
    });
    await recordStats(`notes.anchoring-corpus.${kind}.time`, summarise(times), {
      note: `anchorNotes on the page after, per case (median of ${RUNS} runs)`,
    });
  });

  test('all kinds', async () => {
    await recordFigure({
      name: 'notes.anchoring-corpus.all.pass',
      value: all.passed / ANCHORING_CASES.length,
      unit: 'ratio',
      note: `${all.passed} of ${ANCHORING_CASES.length} cases, ${kinds.length} kinds`,
    });
    await recordStats('notes.anchoring-corpus.all.time', summarise(all.times), { note: 'per case, every kind' });
  });
});
