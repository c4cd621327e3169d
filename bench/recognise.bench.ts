/**
 * Recognition in Node (the CLI's and the background's pure code): verdict plus
 * ranking for a typical page against a generated 1,000-entry index (budget
 * 20 ms), building the recogniser for that index, and a page at the text bound.
 */
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import * as v from 'valibot';
import { IndexFileSchema } from '../lib/core/index/schema';
import { MAX_PAGE_TEXT } from '../lib/core/page-snapshot';
import { createRecogniser } from '../lib/core/recognise/recogniser';
import { generateEntries, typicalSnapshot } from '../tests/fixtures/recognise/generate';
import { measure, recordFigure } from './lib/figures';

const base = v.parse(IndexFileSchema, JSON.parse(readFileSync('tests/fixtures/recognise/index.json', 'utf8'))).entries;
const entries = generateEntries(base, 1000);

test('recognise: verdict + ranking, typical page, 1,000 entries', async () => {
  const recogniser = createRecogniser(entries);
  const page = typicalSnapshot();
  const stats = await measure(() => recogniser.recognise(page), { runs: 50, warmup: 5 });
  await recordFigure({
    name: 'recognise.page.1000',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 20,
  });
});

test('recognise: verdict + ranking, page at the text bound, 1,000 entries', async () => {
  const recogniser = createRecogniser(entries);
  const text = typicalSnapshot().text;
  const page = {
    ...typicalSnapshot(),
    text: text.repeat(Math.ceil(MAX_PAGE_TEXT / text.length)).slice(0, MAX_PAGE_TEXT),
    truncated: true,
  };
  const stats = await measure(() => recogniser.recognise(page), { runs: 20, warmup: 3 });
  await recordFigure({ name: 'recognise.max-page.1000', value: stats.median, unit: 'ms', p95: stats.p95, runs: stats.runs });
});

test('recognise: building the recogniser for 1,000 entries', async () => {
  const stats = await measure(() => createRecogniser(entries), { runs: 10, warmup: 2 });
  await recordFigure({
    name: 'recognise.build.1000',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    note: 'once per index load',
  });
});
