/**
 * The floor under place recognition on the labelled pages we wrote
 * (npm run eval prints the figures): measured 100% precision and recall of
 * places named on both splits, the region right on 100% (dev) and 73% (held-out).
 */
import { expect, test } from 'vitest';
import { evaluatePlaces } from '../../../scripts/lib/places-eval';

test.each([
  { split: 'dev', region: 0.95 },
  { split: 'held-out', region: 0.7 },
])('$split: places named with precision and recall ≥ 95%, region right on ≥ $region', ({ split, region }) => {
  const figures = evaluatePlaces(split);
  expect(figures.pages).toBeGreaterThanOrEqual(15);
  expect(figures.precision).toBeGreaterThanOrEqual(0.95);
  expect(figures.recall).toBeGreaterThanOrEqual(0.95);
  expect(figures.regionAccuracy).toBeGreaterThanOrEqual(region);
});
