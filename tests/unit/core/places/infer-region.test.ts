/** The region a page is about, inferred from the municipalities it names. */
import { expect, test } from 'vitest';
import { inferRegions } from '../../../../lib/core/places/infer-region';
import { bundledGazetteer } from '../../../../lib/core/places/places';

const infer = (codes: string[]) => inferRegions(bundledGazetteer(), new Set(codes));

test('four Twente municipalities: Twente, under each kind that has exactly these members', () => {
  const regions = infer(['GM0153', 'GM0164', 'GM0141', 'GM0173']);
  expect(regions.map((region) => region.id).sort()).toEqual(['AM-twente', 'CR12', 'VR05']);
  expect(regions[0]?.named).toHaveLength(4);
  expect(regions[0]?.members).toHaveLength(14);
});

test('the tightest region that holds them all wins over a province', () => {
  // Alkmaar, Heiloo, Bergen (NH.): COROP Alkmaar en omgeving (4 members), not Noord-Holland (44).
  expect(infer(['GM0361', 'GM0399', 'GM0373']).map((region) => region.id)).toEqual(['CR19']);
});

test('most, not all: one town from elsewhere does not hide the region', () => {
  expect(
    infer(['GM0153', 'GM0164', 'GM0141', 'GM0363'])
      .map((region) => region.id)
      .sort(),
  ).toEqual(['AM-twente', 'CR12', 'VR05']);
});

test('towns all over the country, one town, or all 342: no region', () => {
  expect(infer(['GM0153', 'GM0363', 'GM0935', 'GM0014'])).toEqual([]);
  expect(infer(['GM0153'])).toEqual([]);
  const all = bundledGazetteer()
    .data.places.filter((place) => place.kind === 'gemeente')
    .map((place) => place.id);
  expect(infer(all)).toEqual([]);
});

test('a region the page names wins over a tighter one; a named province does not', () => {
  const leidenKatwijk = new Set(['GM0546', 'GM0537']);
  expect(infer(['GM0546', 'GM0537']).map((region) => region.name)).toEqual(['Agglomeratie Leiden en Bollenstreek']);
  const rijnland = bundledGazetteer().data.places.find((place) => place.name === 'Holland Rijnland');
  expect(inferRegions(bundledGazetteer(), leidenKatwijk, new Set([rijnland?.id ?? ''])).map((region) => region.name)).toEqual([
    'Holland Rijnland',
  ]);
  // Beek and Stein with "Limburg" named: still Zuid-Limburg.
  expect(
    inferRegions(bundledGazetteer(), new Set(['GM0888', 'GM0971']), new Set(['PV31'])).map((region) => region.name),
  ).toContain('Zuid-Limburg');
});

test('three towns need one region that holds all three; a residual COROP area is never the answer', () => {
  // Den Haag, Amsterdam, Rotterdam: two of three in Zuid-Holland is chance.
  expect(infer(['GM0518', 'GM0363', 'GM0599'])).toEqual([]);
  // Goes, Middelburg, Vlissingen lie in "Overig Zeeland" (COROP): Zeeland is the answer.
  expect(infer(['GM0664', 'GM0687', 'GM0718']).map((region) => region.name)).not.toContain('Overig Zeeland');
});
