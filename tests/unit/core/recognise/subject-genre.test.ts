/**
 * A genre cue where the page says its subject (title, lead) names who the page
 * is about: clubs or broadcasters that work together in a region are no
 * regional cooperation between governments, however textbook their words.
 */
import { describe, expect, test } from 'vitest';
import { recogniseWritten } from './written-page';

const COOPERATION = [
  'Het samenwerkingsverband richt een gezamenlijke regionale redactie op en deelt de kosten van de studio.',
  'De regionale samenwerking gaat op 1 januari in; de acht gemeenten in het gebied blijven de omroepen subsidiëren.',
];

describe('genre cues on the subject', () => {
  test('broadcasters who join forces in a region are no regional cooperation between governments', () => {
    const broadcasters = recogniseWritten(
      'Lokale omroepen in de Kempen gaan samenwerken',
      'Vier lokale omroepen in de Kempen bundelen hun krachten voor betere nieuwsvoorziening.',
      ...COOPERATION,
    );
    expect(broadcasters.verdict).not.toBe('yes');
  });

  test('the same words on municipalities that join forces stay a yes', () => {
    const municipalities = recogniseWritten(
      'Gemeenten in de Kempen gaan samenwerken',
      'Vier gemeenten in de Kempen bundelen hun krachten in een gemeenschappelijke regeling voor de uitvoering.',
      'Het samenwerkingsverband richt een gezamenlijk bureau op en deelt de kosten naar rato van het aantal inwoners.',
      'De regionale samenwerking gaat op 1 januari in; de raden stellen de begroting van de regeling vast.',
    );
    expect(municipalities.verdict).toBe('yes');
  });

  test("a federation's regional meeting of its clubs weighs less when the clubs are the subject than when they are an aside", () => {
    const meeting = [
      'De regioraad en het dagelijks bestuur bespraken de begroting van de regio.',
      'Samen kozen zij voor een hogere reserve voor de regio.',
    ];
    const clubsOnSubject = recogniseWritten(
      'Verslag regiobijeenkomst',
      'Vijftien afgevaardigden van verenigingen kwamen naar de regiobijeenkomst van de zwembond.',
      ...meeting,
    );
    const clubsAside = recogniseWritten(
      'Verslag regiobijeenkomst',
      'Vijftien afgevaardigden kwamen naar de regiobijeenkomst.',
      ...meeting,
      'De raad is zijn twintig jaar oud.',
      'Het verslag gaat naar de verenigingen.',
    );
    expect(clubsOnSubject.score).toBeLessThan(clubsAside.score);
    expect(clubsOnSubject.verdict).not.toBe('yes');
  });
});
