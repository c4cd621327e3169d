/**
 * Recognition in Node (the CLI's and the background's pure code): verdict plus
 * suggestions for a typical page and for a page at the text bound, against a
 * generated 1,000-entry index, and building the recogniser for that index.
 * The budgets are Chromium's (bench/browser/recognise.bench.ts: build ≤ 100 ms,
 * a typical page ≤ 20 ms p95), so this run reports without them.
 */
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import * as v from 'valibot';
import { IndexFileSchema } from '../lib/core/index/schema';
import { MAX_PAGE_TEXT } from '../lib/core/page-snapshot';
import { createRecogniser } from '../lib/core/recognise/recogniser';
import { generateEntries, typicalSnapshot } from '../tests/fixtures/recognise/generate';
import { measure, recordStats } from './lib/figures';

const base = v.parse(IndexFileSchema, JSON.parse(readFileSync('tests/fixtures/recognise/index.json', 'utf8'))).entries;
const entries = generateEntries(base, 1000);

test('recognise: verdict + suggestions, typical page, 1,000 entries', async () => {
  const recogniser = createRecogniser(entries);
  const page = typicalSnapshot();
  const stats = await measure(() => recogniser.recognise(page), { runs: 100, warmup: 10 });
  await recordStats('recognise.page.1000', stats);
});

test('recognise: verdict + suggestions, page at the text bound, 1,000 entries', async () => {
  const recogniser = createRecogniser(entries);
  const text = typicalSnapshot().text;
  const page = {
    ...typicalSnapshot(),
    text: text.repeat(Math.ceil(MAX_PAGE_TEXT / text.length)).slice(0, MAX_PAGE_TEXT),
    truncated: true,
  };
  const stats = await measure(() => recogniser.recognise(page), { runs: 20, warmup: 3 });
  await recordStats('recognise.max-page.1000', stats);
});

test('recognise: building the recogniser for 1,000 entries', async () => {
  const stats = await measure(() => createRecogniser(entries), { runs: 20, warmup: 3 });
  await recordStats('recognise.build.1000', stats, { note: 'once per index load' });
});
