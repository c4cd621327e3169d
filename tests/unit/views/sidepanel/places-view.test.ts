/** Grouping a page's places for the side panel, and finding the material that names a place. */
import { expect, test } from 'vitest';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { findPlaces } from '../../../../lib/core/places/find-places';
import { bundledGazetteer } from '../../../../lib/core/places/places';
import { entriesNaming, placeRows } from '../../../../lib/views/sidepanel/places-view';

const entry = (id: string, title: string, keywords: string[] = []): IndexEntry => ({
  id,
  title,
  kind: 'artikel',
  themes: ['ws-samenwerking'],
  keywords,
  summary: 'Samenvatting.',
});

test('one row per name: a region of three kinds is one row; a town and a province of one name are two', () => {
  const { named } = findPlaces(bundledGazetteer(), 'Twente groeit. De gemeente Utrecht en de provincie Utrecht. Utrecht weer.');
  expect(placeRows(named).map((row) => [row.key, row.kinds.join('+'), row.count])).toEqual([
    ['gemeente:utrecht', 'gemeente', 2],
    ['provincie:utrecht', 'provincie', 1],
    ['regio:twente', 'corop+veiligheidsregio+arbeidsmarktregio', 1],
  ]);
});

test('material names a place as whole words, without CBS hints or the Regio Deal prefix', () => {
  const entries = [
    entry('a', 'Bestuur in Bergen'),
    entry('b', 'Edense plannen'),
    entry('c', 'Over Ede', ['Regio Deal']),
    entry('d', 'Twente investeert'),
  ];
  expect(entriesNaming(entries, 'Bergen (NH.)').map((found) => found.id)).toEqual(['a']);
  expect(entriesNaming(entries, 'Ede').map((found) => found.id)).toEqual(['c']);
  expect(entriesNaming(entries, 'Regio Deal Twente').map((found) => found.id)).toEqual(['d']);
});
