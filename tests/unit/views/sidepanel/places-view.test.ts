/** Grouping a page's places for the side panel. */
import { expect, test } from 'vitest';
import { findPlaces } from '../../../../lib/core/places/find-places';
import { bundledGazetteer } from '../../../../lib/core/places/places';
import { placeRows } from '../../../../lib/views/sidepanel/places-view';

test('one row per name: a region of three kinds is one row; a town and a province of one name are two', () => {
  const { named } = findPlaces(bundledGazetteer(), 'Twente groeit. De gemeente Utrecht en de provincie Utrecht. Utrecht weer.');
  expect(placeRows(named).map((row) => [row.key, row.kinds.join('+'), row.count])).toEqual([
    ['gemeente:utrecht', 'gemeente', 2],
    ['provincie:utrecht', 'provincie', 1],
    ['regio:twente', 'corop+veiligheidsregio+arbeidsmarktregio', 1],
  ]);
});
