/**
 * A cooperation region the page keeps naming is evidence (regions.ts, issue 10):
 * written sentences, our own, in the shape of the pages that scored 0 before.
 */
import { expect, test } from 'vitest';
import { placesOnPage } from '../../../../lib/core/places/places';
import { recogniseWritten, writtenPage } from './written-page';
import { cooperationRegions } from '../../../../lib/core/recognise/regions';
import { readPage } from '../../../../lib/core/recognise/page-terms';

test('a region the title names counts, once is enough', () => {
  const snapshot = writtenPage('Holland Rijnland stelt de begroting vast', 'Het algemeen bestuur vergaderde dinsdag.');
  const regions = cooperationRegions(placesOnPage(snapshot), snapshot.title);
  expect(regions.map((region) => region.written)).toEqual(['Holland Rijnland']);
  expect(regions[0]?.inTitle).toBe(true);
});

test('a region named once in the body is a place, not a subject', () => {
  const snapshot = writtenPage('Nieuwe bakker in het dorp', 'De bakker opent in Hillegom, in de regio Holland Rijnland.');
  expect(cooperationRegions(placesOnPage(snapshot), snapshot.title)).toEqual([]);
});

test('a page that keeps naming the region and its joint work is regional, the name quoted as reason', () => {
  const result = recogniseWritten(
    'Holland Rijnland: nieuwe koers voor de jeugdhulp',
    'De dertien gemeenten in Holland Rijnland kiezen een nieuwe koers. Holland Rijnland koopt de jeugdhulp in ' +
      'voor de gemeenten. Het algemeen bestuur van Holland Rijnland besluit in juni over de begroting.',
  );
  expect(result.verdict).toBe('yes');
  expect(result.why.map((reason) => reason.label)).toContain('Holland Rijnland');
});

test('a region name alone, in a shop notice, does not make a page regional', () => {
  const result = recogniseWritten(
    'Winkel open op zondag',
    'Onze winkel in Leiden is open op zondag. Wij bezorgen in heel Holland Rijnland, ook in Holland Rijnland-dorpen ' +
      'buiten de stad. Bestel in de webwinkel; de verzendkosten zijn laag.',
  );
  expect(result.verdict).not.toBe('yes');
});

test('business associations working together in a region are not government cooperation', () => {
  const result = recogniseWritten(
    'Ondernemersverenigingen in de Drechtsteden bundelen krachten',
    'De ondernemersverenigingen in de Drechtsteden gaan samenwerken. Met een convenant spreken de ' +
      'ondernemersverenigingen af dat zij samen optrekken richting de Drechtsteden. De ondernemerskring ' +
      'en de bedrijvenvereniging delen een secretariaat.',
  );
  expect(result.verdict).not.toBe('yes');
});

test('a region named once counts where its sentence says what is done there together', () => {
  const regionsOf = (text: string) => {
    const snapshot = writtenPage('Nieuws', text);
    const terms = readPage(snapshot);
    return cooperationRegions(placesOnPage(snapshot), snapshot.title, terms).map((region) => region.written);
  };
  // A joint act or a term of art beside the name, in its sentence.
  expect(regionsOf('De wethouders overleggen maandelijks over de woningbouw in Holland Rijnland.')).toEqual(['Holland Rijnland']);
  expect(regionsOf('Op de regiotafel bespreken fracties wat er in Holland Rijnland speelt.')).toEqual(['Holland Rijnland']);
  // A place: no joint work in its sentence, or only in another one.
  expect(regionsOf('De bakker opent in Hillegom, in de regio Holland Rijnland. De wethouders overleggen vaak.')).toEqual([]);
  // The term that names the region itself is one mention, not joint work beside it.
  expect(regionsOf('De burgemeester is voorzitter van het samenwerkingsverband Holland Rijnland.')).toEqual([]);
});
