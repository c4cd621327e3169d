/**
 * The gazetteer in Chromium (issue 15's budgets): matching the places of a
 * typical page within 2 ms and of a page at the 200,000-character text bound
 * within 20 ms, and the gazetteer ready (word trie put together from the
 * prepared names) within 20 ms after a start of the service worker (the issue
 * states the budgets on typical runs, so they hold the median; p95 is printed
 * beside them). The bundle
 * size it adds is reported by npm run bench with the other sizes.
 */
import { test } from 'vitest';
import { createGazetteer, type GazetteerData } from '../../lib/core/places/gazetteer';
import { findPlaces } from '../../lib/core/places/find-places';
import data from '../../lib/core/places/gazetteer.generated.json';
import { MAX_PAGE_TEXT } from '../../lib/core/page-snapshot';
import { typicalSnapshot } from '../../tests/fixtures/recognise/generate';
import { measure, recordFigure } from '../lib/figures';

const gazetteerData = data as GazetteerData;
/** A typical page with the places a regional page names (a town list, a province, a region). */
const typical = `${typicalSnapshot().text}\nDe gemeenten Enschede, Hengelo, Almelo en Borne werken in Regio Twente samen met de provincie Overijssel.`;
const atBound = typical.repeat(Math.ceil(MAX_PAGE_TEXT / typical.length)).slice(0, MAX_PAGE_TEXT);

test('places: gazetteer ready after a service-worker start', async () => {
  const stats = await measure(() => createGazetteer(gazetteerData), { runs: 30, warmup: 3 });
  await recordFigure({
    name: 'places.ready',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 20,
  });
});

test('places: a typical page', async () => {
  const gazetteer = createGazetteer(gazetteerData);
  const stats = await measure(() => findPlaces(gazetteer, typical), { runs: 100, warmup: 10 });
  await recordFigure({
    name: 'places.page.typical',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 2,
  });
});

test('places: a page at the 200,000-character bound', async () => {
  const gazetteer = createGazetteer(gazetteerData);
  const stats = await measure(() => findPlaces(gazetteer, atBound), { runs: 20, warmup: 3 });
  await recordFigure({
    name: 'places.page.max',
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    runs: stats.runs,
    budget: 20,
  });
});
