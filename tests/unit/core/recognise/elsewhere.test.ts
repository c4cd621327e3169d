/** English pages about regions elsewhere are not about Dutch regional cooperation (issue 10). */
import { expect, test } from 'vitest';
import { recognise } from '../../../../lib/core/recognise/recogniser';
import { isAboutElsewhere } from '../../../../lib/core/recognise/elsewhere';
import { placesOnPage } from '../../../../lib/core/places/places';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';

const ENTRIES: IndexEntry[] = [];
const page = (title: string, text: string): PageSnapshot => ({
  url: 'https://example.org/page',
  lang: 'en',
  title,
  headings: [],
  text,
  truncated: false,
});

const ENGLAND =
  'The regional development agencies were abolished. Local enterprise partnerships between councils and business took over ' +
  'regional economic development, and intermunicipal cooperation between local governments in the regions was cut back.';
const UTRECHT =
  'The province of Utrecht and its municipalities cooperate in a joint arrangement. Intermunicipal cooperation between ' +
  'local governments in the region is strong, and regional development is a shared task of the municipalities.';

test('an English page on regional cooperation that never names the Netherlands is no', () => {
  const result = recognise(page('Whatever happened to regional development agencies?', ENGLAND), ENTRIES);
  expect(result.verdict).toBe('no');
  expect(result.score).toBeLessThanOrEqual(0.1);
  expect(result.why).toEqual([]);
});

test('the same words about Utrecht, or saying "Dutch", are about the Netherlands', () => {
  expect(isAboutElsewhere('en', UTRECHT, placesOnPage({ title: '', text: UTRECHT }))).toBe(false);
  const dutch = `${ENGLAND} Dutch municipalities do this differently.`;
  expect(isAboutElsewhere('en', dutch, placesOnPage({ title: '', text: dutch }))).toBe(false);
  expect(recognise(page('Cooperation in Utrecht', UTRECHT), ENTRIES).verdict).not.toBe('no');
});

test('a Dutch page is never judged elsewhere for naming no place', () => {
  const text = 'Gemeenten werken samen in een gemeenschappelijke regeling.';
  expect(isAboutElsewhere('nl', text, placesOnPage({ title: '', text }))).toBe(false);
});
