/**
 * Recognition and extraction in Chromium. Extraction runs on the page's main
 * thread in the content script: a typical policy page within 5 ms (median),
 * a page with 1 MB of text within 50 ms. Verdict plus ranking (background)
 * against a 1,000-entry index within 20 ms.
 */
import { test } from 'vitest';
import * as v from 'valibot';
import { extractPage } from '../../lib/page/extract-page';
import { IndexFileSchema } from '../../lib/core/index/schema';
import { createRecogniser } from '../../lib/core/recognise/recogniser';
import indexFile from '../../tests/fixtures/recognise/index.json';
import { generateEntries, largePageHtml, typicalPolicyPageHtml, typicalSnapshot } from '../../tests/fixtures/recognise/generate';
import { measure, recordFigure } from '../lib/figures';

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

test('recognise: verdict + ranking, typical page, 1,000 entries', async () => {
  const entries = generateEntries(v.parse(IndexFileSchema, indexFile).entries, 1000);
  const recogniser = createRecogniser(entries);
  const page = typicalSnapshot();
  const stats = await measure(() => recogniser.recognise(page), { runs: 50, warmup: 5 });
  await recordFigure({
    name: 'recognise.page.1000.chromium',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 20,
  });
});
