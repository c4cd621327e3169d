/**
 * Fixed expressions whose small words carry them ("om tafel", "de handen
 * ineen"), matched word for word, and the joint acts and actors added with
 * them: on sentences written for each case.
 */
import { describe, expect, test } from 'vitest';
import { analyseWithSpans } from '../../../../lib/core/text/analyse';
import { cooperationSentences } from '../../../../lib/core/recognise/cooperation';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import { checkLexicon } from '../../../../lib/core/recognise/lexicon-schema';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { matchWordPhrases } from '../../../../lib/core/recognise/word-phrases';
import { recogniseWritten, writtenPage } from './written-page';

const labelsIn = (text: string) => matchWordPhrases(analyseWithSpans(text, 'nl')).map((found) => LEXICON[found.key]?.label);
const cooperationIn = (title: string, text: string) => {
  const terms = readPage(writtenPage(title, text));
  return cooperationSentences(terms, terms.texts).map((sentence) => sentence.quote);
};

describe('phrases matched word for word', () => {
  test('"om tafel" is the expression, a table is not', () => {
    expect(labelsIn('De wethouders gaan volgende week om tafel met de gedeputeerde.')).toEqual(['om tafel']);
    expect(labelsIn('De bloemen staan op tafel in de hal van het stadhuis.')).toEqual([]);
    expect(labelsIn('Hij legde de stukken op de tafel.')).toEqual([]);
  });

  test('folded like every text: capitals and accents do not matter, every word must be there in order', () => {
    expect(labelsIn('Om Tafel met het kabinet')).toEqual(['om tafel']);
    expect(labelsIn('Zij slaan de handen ineen.')).toEqual(['samen']);
    expect(labelsIn('Zij slaan de handen weer ineen.')).toEqual([]);
  });

  test('a phrase on a page is a joint act: governments going to the table together is cooperation', () => {
    expect(cooperationIn('Overleg', 'De provincie en acht gemeenten gaan snel om tafel met de minister.')).toHaveLength(1);
    expect(cooperationIn('Overleg', 'Vijf gemeenten slaan de handen ineen voor de jeugdhulp.')).toHaveLength(1);
    // One government at a table is no cooperation.
    expect(cooperationIn('Overleg', 'De wethouder schuift aan tafel bij de ondernemers.')).toEqual([]);
  });

  test('a phrase said not to apply is no evidence', () => {
    const terms = readPage(writtenPage('Overleg', 'Overleg om tafel speelt hierbij geen rol.'));
    expect(terms.fields.body.hits.filter((hit) => LEXICON[hit.key]?.label === 'om tafel').map((hit) => hit.negated)).toEqual([
      true,
    ]);
  });

  test('the lexicon checker refuses a phrase of one word and an empty list', () => {
    const file = (phrases: unknown) => ({
      file: 'a.json',
      value: {
        concepts: [{ label: 'om tafel', kind: 'context', weight: 0.1, themes: {}, patterns: ['overleggen'], phrases }],
      },
    });
    expect(checkLexicon([file(['om tafel'])]).errors).toEqual([]);
    expect(checkLexicon([file(['tafel'])]).errors.map((problem) => problem.message)).toEqual([
      'phrase "tafel" must have two words or more: one word goes under patterns',
    ]);
    expect(checkLexicon([file([])]).errors.map((problem) => problem.message)).toEqual([
      'phrases must not be empty (leave it out instead)',
    ]);
  });
});

describe('joint acts and actors as the web writes them', () => {
  test('the administrators of several municipalities meeting is cooperation; one council meeting is not', () => {
    expect(
      cooperationIn('Bestuur', 'De wethouders van de negen deelnemende gemeenten vergaderen vier keer per jaar.'),
    ).toHaveLength(1);
    expect(cooperationIn('Raad', 'De gemeenteraad heeft een vergadering over de begroting.')).toEqual([]);
  });

  test('municipalities bringing money together for a fund is a joint act', () => {
    expect(cooperationIn('Fonds', 'De gemeenten willen zelf veertig miljoen euro bijeenbrengen voor het fonds.')).toHaveLength(1);
  });

  test('the G4 acting together is cooperation; a "g4" in lower case is no actor', () => {
    expect(cooperationIn('Lobby', 'De G4 openen samen een kantoor in Brussel.')).toHaveLength(1);
    expect(cooperationIn('Cities', 'The four major cities will open a joint office in Brussels.')).toHaveLength(1);
    expect(cooperationIn('Papier', 'Het g4 formaat is samen met het a4 formaat te koop.')).toEqual([]);
  });

  test('the Rijk making deals or administrative agreements with regions or a province is their relation', () => {
    const deals = recogniseWritten(
      'Minister sluit woningbouwdeals',
      'De minister sluit dit voorjaar deals met regio’s over de bouw van nieuwe woningen.',
      'Elke deal legt vast hoeveel huizen er komen.',
    );
    expect(deals.why.map((reason) => reason.label)).toContain('deals met regio’s');
    expect(cooperationIn('Wonen', 'Het Rijk en de provincie maken bestuurlijke afspraken over de woningbouw.')).toHaveLength(1);
  });

  test('English: cities that combine are a joint act, a "combined" figure alone is not', () => {
    expect(cooperationIn('Cities', 'The four major cities will combine to lobby the national government.')).toHaveLength(1);
    expect(cooperationIn('Cities', 'The combined population of the city is large.')).toEqual([]);
  });

  test("a law's name is no actor: the Wet financiering decentrale overheden does not make a statute cooperation", () => {
    expect(
      cooperationIn(
        'Financieringsstatuut',
        'Het college stelt samen met de raad het statuut vast, zoals de Wet financiering decentrale overheden vraagt.',
      ),
    ).toEqual([]);
    expect(
      recogniseWritten(
        'Financieringsstatuut van de gemeente',
        'Het college stelt samen met de raad het statuut vast, zoals de Wet financiering decentrale overheden vraagt.',
        'Het statuut regelt de leningen en de beleggingen van de gemeente.',
      ).verdict,
    ).toBe('no');
  });
});
