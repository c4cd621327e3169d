/**
 * Governments acting together without a lexicon actor word: named by their
 * places (joint-places.ts), or by a pronoun whose antecedent stands in the
 * sentence before (joint-pronoun.ts), and paying together (the lexicon's
 * "meebetalen"). Sentences written for each case.
 */
import { describe, expect, test } from 'vitest';
import { cooperationSentences } from '../../../../lib/core/recognise/cooperation';
import { placesActingTogether } from '../../../../lib/core/recognise/joint-places';
import { ledByPronoun } from '../../../../lib/core/recognise/joint-pronoun';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { recogniseWritten, writtenPage } from './written-page';

/** The cooperation sentences of a written page. */
const sentencesOf = (title: string, text: string) => {
  const terms = readPage(writtenPage(title, text));
  return cooperationSentences(terms, terms.texts);
};
const surfaces = (sentence: string) => placesActingTogether(sentence).map((cue) => cue.surface);

describe('places named as a list of governments', () => {
  test('municipalities of one province, listed: the places are the actors', () => {
    expect(surfaces('Goes, Kapelle en Borsele stellen samen een woonvisie op.')).toEqual(['Goes', 'Kapelle', 'Borsele']);
    expect(surfaces('De gemeenten Zwolle en Kampen trekken gezamenlijk op.')).toEqual(['Zwolle', 'Kampen']);
  });

  test('a province with one of its municipalities, with kind words between', () => {
    expect(surfaces('De provincie Utrecht en de gemeente Amersfoort betalen samen de nieuwe brug.')).toHaveLength(2);
  });

  test('places of different provinces are no one region; one place is no list', () => {
    expect(surfaces('Maastricht en Groningen organiseren samen een congres.')).toEqual([]);
    expect(surfaces('Zwolle werkt samen met de bewoners aan een park.')).toEqual([]);
  });

  test('places after a preposition are where something happens, not who acts', () => {
    expect(surfaces('De weg tussen Zwolle en Kampen wordt samen met bewoners ontworpen.')).toEqual([]);
    expect(surfaces('Inwoners van Goes en Kapelle zamelen samen geld in.')).toEqual([]);
    expect(surfaces('In Goes en Kapelle werken buurtverenigingen samen.')).toEqual([]);
  });

  test('places that are not listed together do not act together', () => {
    expect(surfaces('Zwolle heeft een plan, en verder doet Kampen niets samen.')).toEqual([]);
  });

  test('the cues are offsets into the field, from where the sentence starts', () => {
    const [first] = placesActingTogether('Zwolle en Kampen delen een loket.', 100);
    expect(first).toEqual({ surface: 'Zwolle', start: 100, end: 106 });
  });
});

describe('a sentence led by a plural pronoun', () => {
  test('the pronoun among the first three words', () => {
    expect(ledByPronoun('Zij betalen samen de rekening.')).toBe(true);
    expect(ledByPronoun('Daarom trekken we samen op.')).toBe(true);
    expect(ledByPronoun(' “We hebben samen een brief gestuurd.')).toBe(true);
    expect(ledByPronoun('Het plan is klaar, zeggen de wethouders en ze werken samen.')).toBe(false);
  });
});

describe('cooperation without the textbook words', () => {
  test('municipalities named by place and paying together: a quoted cooperation sentence', () => {
    const text = 'Goes en Kapelle betalen mee aan het nieuwe regioloket. Het loket opent in maart.';
    const [first, ...rest] = sentencesOf('Bijdrage aan het loket', text);
    expect(rest).toEqual([]);
    expect(first?.quote).toContain('Goes');
    expect(text).toContain(first?.quote.split(' … ')[0]);
  });

  test('a pronoun whose antecedent is several governments in the sentence before', () => {
    const found = sentencesOf(
      '',
      'Het gaat om de gemeenten in de Achterhoek. Zij trekken samen op richting het kabinet. Het overleg is in mei.',
    );
    expect(found.map((sentence) => sentence.sentence)).toEqual([1]);
    expect(found[0]?.quote).toContain('gemeenten');
  });

  test('a pronoun after one government, or after places listed as locations, is no cooperation', () => {
    expect(sentencesOf('', 'De gemeente Ede heeft een plan. Zij werken samen met de bewoners.')).toEqual([]);
    expect(sentencesOf('', 'Het festival is in Goes en Kapelle. Ze werken samen met de scholen.')).toEqual([]);
  });

  test('water boards in the plural are several governments; one water board is one', () => {
    expect(sentencesOf('', 'De waterschappen trekken samen op bij de dijkversterking.')).toHaveLength(1);
    expect(sentencesOf('', 'Het waterschap werkt samen met boeren aan schoon water.')).toEqual([]);
  });

  test('a joint act without any government is still nothing', () => {
    expect(sentencesOf('', 'Twee bakkers in Zwolle bundelen hun krachten. Zij werken samen aan een nieuw brood.')).toEqual([]);
  });

  test('a sentence with a genre cue is about that genre, places or not', () => {
    expect(sentencesOf('', 'Goes en Kapelle zoeken samen een vacature voor een beleidsmedewerker.')).toEqual([]);
  });

  test('paying per inhabitant to a joint office: regional without a term of art', () => {
    const result = recogniseWritten(
      'Middelstad en Beekdal betalen mee',
      'Zwolle en Kampen betalen mee aan het regiobureau.',
      'Zij dragen twee euro per inwoner af.',
      'De raad stemt er in mei over.',
    );
    expect(result.verdict).not.toBe('no');
    expect(result.why[0]?.label).toContain('Zwolle');
  });
});
