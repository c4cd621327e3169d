/**
 * Recognition and extraction in Chromium. Extraction runs on the page's main
 * thread in the content script: a typical policy page within 5 ms (median),
 * a page with 1 MB of text within 50 ms. In the background, against a
 * generated 1,000-entry index: building the recogniser within 100 ms (paid on
 * the first page after every start of the service worker) and verdict plus
 * suggestions within 20 ms (p95). The first build, which also builds the
 * lexicon's matcher and stems the index's words for the first time, is
 * reported once, without a budget.
 */
import { test } from 'vitest';
import * as v from 'valibot';
import { extractPage } from '../../lib/page/extract-page';
import { IndexFileSchema } from '../../lib/core/index/schema';
import { createRecogniser } from '../../lib/core/recognise/recogniser';
import indexFile from '../../tests/fixtures/recognise/index.json';
import { generateEntries, largePageHtml, typicalPolicyPageHtml, typicalSnapshot } from '../../tests/fixtures/recognise/generate';
import { measure, recordFigure, recordStats } from '../lib/figures';

const AT = { href: 'https://www.example.nl/raad/herijking' };

test('extract: typical policy page', async () => {
  const doc = new DOMParser().parseFromString(typicalPolicyPageHtml(), 'text/html');
  const stats = await measure(() => extractPage(doc, AT), { runs: 100, warmup: 10 });
  await recordFigure({
    name: 'extract.page.typical',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 5,
  });
});

test('extract: page with 1 MB of text', async () => {
  const doc = new DOMParser().parseFromString(largePageHtml(1_000_000), 'text/html');
  const stats = await measure(() => extractPage(doc, AT), { runs: 30, warmup: 3 });
  await recordFigure({
    name: 'extract.page.1mb',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 50,
    budgetOn: 'p95',
  });
});

test('extract: typical policy page in the live document', async () => {
  const doc = new DOMParser().parseFromString(typicalPolicyPageHtml(), 'text/html');
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const live = frame.contentDocument;
  if (!live) throw new Error('no frame document');
  live.replaceChild(live.importNode(doc.documentElement, true), live.documentElement);
  const stats = await measure(() => extractPage(live, AT), { runs: 100, warmup: 10 });
  frame.remove();
  await recordFigure({
    name: 'extract.live-page.typical',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 5,
  });
});

const entries = generateEntries(v.parse(IndexFileSchema, indexFile).entries, 1000);

// First in this file (a fresh module graph): nothing is cached yet.
test('recognise: first build of the recogniser, 1,000 entries', async () => {
  const start = performance.now();
  createRecogniser(entries);
  await recordFigure({
    name: 'recognise.first-build.1000.chromium',
    value: performance.now() - start,
    unit: 'ms',
    runs: 1,
    note: 'one run, cold: also builds the lexicon matcher and stems every word once',
  });
});

test('recognise: building the recogniser, 1,000 entries', async () => {
  const stats = await measure(() => createRecogniser(entries), { runs: 20, warmup: 3 });
  await recordStats('recognise.build.1000.chromium', stats, { budget: 100, note: 'once per index load' });
});

test('recognise: verdict + suggestions, typical page, 1,000 entries', async () => {
  const recogniser = createRecogniser(entries);
  const page = typicalSnapshot();
  const stats = await measure(() => recogniser.recognise(page), { runs: 100, warmup: 10 });
  await recordStats('recognise.page.1000.chromium', stats, { budget: 20, budgetOn: 'p95' });
});
