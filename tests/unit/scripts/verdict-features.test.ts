import { describe, expect, test } from 'vitest';
import { createRecogniser } from '../../../lib/core/recognise/recogniser';
import { VERDICT_FEATURES, verdictFeatures, type VerdictFeature } from '../../../scripts/lib/verdict-features';
import { writtenPage } from '../core/recognise/written-page';

const recogniser = createRecogniser([]);

/** The features of one of our own written pages, by name. */
function features(title: string, text: string): Record<VerdictFeature, number> {
  const values = verdictFeatures(recogniser.verdictInput(writtenPage(title, text)));
  return Object.fromEntries(VERDICT_FEATURES.map((feature, at) => [feature, values[at] ?? 0])) as Record<VerdictFeature, number>;
}

describe('verdictFeatures', () => {
  test('an empty page has every feature at 0', () => {
    expect(Object.values(features('', '')).every((value) => value === 0)).toBe(true);
  });

  test('a page on a joint arrangement has core evidence in its title and lead, and governments acting together', () => {
    const values = features(
      'Gemeenschappelijke regeling voor het afval',
      'De gemeenschappelijke regeling van vijf gemeenten regelt het afval. De gemeenten betalen samen per inwoner aan de regeling.',
    );
    expect(values.coreSamenwerking + values.coreOrganisaties + values.coreThemas).toBeGreaterThan(0);
    expect(values.coreProminent).toBe(1);
    expect(values.handYes).toBe(1);
    expect(values.contextActors).toBeGreaterThan(0);
  });

  test('a recipe\'s "gr." is no joint arrangement: no core evidence', () => {
    const values = features('Bami goreng', 'Neem 400 gr. bakmeel en 200 gr. kip. Bak de kip in de wok en voeg de mie toe.');
    expect(values.coreSamenwerking + values.coreOrganisaties + values.coreThemas).toBe(0);
    expect(values.handYes).toBe(0);
  });

  test('a denied mention is counted as denied, not as evidence', () => {
    const values = features(
      'Nieuw zwembad in het dorp',
      'Het dorp krijgt een nieuw zwembad. Een gemeenschappelijke regeling speelt hierbij geen rol. De gemeente betaalt alles zelf.',
    );
    expect(values.negated).toBeGreaterThan(0);
    expect(values.coreSamenwerking + values.coreOrganisaties + values.coreThemas).toBe(0);
  });

  test('an English page is marked English; length grows with the text', () => {
    const short = features('Regional cooperation', 'Municipalities in the Netherlands work together in regions.');
    const long = features('Regional cooperation', 'Municipalities in the Netherlands work together in regions. '.repeat(20));
    expect(short.english).toBe(1);
    expect(long.length).toBeGreaterThan(short.length);
  });
});

describe('verdictInput', () => {
  test('reaches the verdict recognise() gives', () => {
    const pages = [
      writtenPage(
        'Regio Deal voor de Achterhoek',
        'Rijk en regio sluiten een Regio Deal. De gemeenten en de provincie investeren samen.',
      ),
      writtenPage(
        'Vernieuwd museum',
        'Het museum kreeg geld van de gemeente, een fonds en de Regio Deal. Er komen meer bezoekers.',
      ),
      writtenPage('Bami goreng', 'Neem 400 gr. bakmeel.'),
    ];
    for (const page of pages) {
      const { evidence, elsewhere } = recogniser.verdictInput(page);
      expect(elsewhere ? 'no' : evidence.verdict).toBe(recogniser.recognise(page).verdict);
    }
  });
});
