/**
 * The gazetteer build: the committed file is what content/places/ builds to,
 * and damaged data (a code twice, a member that does not exist, a variant or a
 * word for no place) is refused with the file and the reason.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildGazetteer } from '../../../../lib/core/places/build-gazetteer';
import { serialiseGazetteer } from '../../../../lib/core/places/serialise';
import type { PlaceSources } from '../../../../lib/core/places/sources';
import { GAZETTEER_FILE, readPlaceSources } from '../../../../scripts/lib/places-sources';

function sources(): PlaceSources {
  const read = readPlaceSources();
  expect(read.problems).toEqual([]);
  return read.sources as PlaceSources;
}

test('the committed gazetteer is exactly what content/places/ builds to (run npm run places:build)', () => {
  const built = buildGazetteer(sources());
  expect(built.problems).toEqual([]);
  expect(built.data && serialiseGazetteer(built.data)).toBe(readFileSync(GAZETTEER_FILE, 'utf8'));
});

test('a municipality code twice is refused', () => {
  const data = sources();
  const result = buildGazetteer({ ...data, municipalities: [...data.municipalities, ...data.municipalities.slice(0, 1)] });
  expect(result.data).toBeNull();
  expect(result.problems).toContain('reference/municipalities.json: code GM0014 occurs twice');
});

test('a region member that is no municipality is refused', () => {
  const data = sources();
  const corop = data.regions.corop;
  const [first, ...rest] = corop.regions;
  if (!first) throw new Error('no COROP regions');
  const regions = {
    ...data.regions,
    corop: {
      ...corop,
      regions: [{ ...first, members: [...first.members, 'GM9999'] }, ...rest],
    },
  };
  const result = buildGazetteer({ ...data, regions });
  expect(result.data).toBeNull();
  expect(result.problems).toEqual(['reference/regions.json corop Oost-Groningen: member GM9999 is no municipality']);
});

test('a variant for an unknown code and a "word" that names no place are refused', () => {
  const data = sources();
  const result = buildGazetteer({
    ...data,
    names: { ...data.names, variants: { GM9999: ['Nergenshuizen'] }, words: ['Nergens'] },
  });
  expect(result.problems).toEqual([
    'names.json variants: unknown code GM9999',
    'names.json words: "nergens" is no place name in the data',
  ]);
});

test('a merger into a code that is no municipality today, and merged into none, is refused', () => {
  const data = sources();
  const result = buildGazetteer({
    ...data,
    successors: [
      ...data.successors,
      {
        date: '2030-01-01',
        to: { code: 'GM9998', name: 'Nieuwstad' },
        from: [{ code: 'GM9997', name: 'Oudstad' }],
        source: 'https://example.nl',
      },
    ],
  });
  expect(result.problems).toEqual(['successors.json: GM9998 (Nieuwstad) is no municipality today and merged into none']);
});

test('a file that is not of its shape is named with the field', () => {
  const problems: string[] = [];
  const read = readPlaceSources('tests/fixtures/no-such-places-dir');
  problems.push(...read.problems);
  expect(read.sources).toBeNull();
  expect(problems[0]).toMatch(/^reference\/municipalities\.json: .*ENOENT/);
});
