/**
 * The lead (the page's opening paragraph), a title that names several
 * governments and a body that keeps naming them make a single mention the
 * page's subject, not a passing one: on pages written for each case.
 */
import { describe, expect, test } from 'vitest';
import { governmentsAreTheSubject } from '../../../../lib/core/recognise/evidence';
import { leadEnd } from '../../../../lib/core/recognise/lead';
import { sentenceOf } from '../../../../lib/core/recognise/negation';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { recogniseWritten, writtenPage } from './written-page';

const sentenceNumber = (text: string, words: string) => sentenceOf(text)(text.indexOf(words));
const inLead = (text: string, words: string) => sentenceNumber(text, words) < leadEnd(text);

describe('where the lead ends', () => {
  const news = [
    'Wethouders klagen over afstand',
    '',
    'De wethouders van het dorp voelen zich buitenspel. Ze krijgen stukken laat. Dat komt door de groei van de samenwerking. Het bestuur ligt ver weg. Toch blijven ze meedoen.',
    '',
    'Lees verder',
  ].join('\n');

  test('a headline line at the top does not use up the lead; the first paragraph of prose is the lead, up to four sentences', () => {
    expect(inLead(news, 'Dat komt')).toBe(true);
    expect(inLead(news, 'Het bestuur')).toBe(true);
    expect(inLead(news, 'Toch blijven')).toBe(false);
    expect(inLead(news, 'Lees verder')).toBe(false);
  });

  test('a first paragraph of one sentence takes the next one into the lead, no more', () => {
    const text = 'Kort bericht.\nDe raad vergaderde lang.\nDaarna ging iedereen naar huis.';
    expect(inLead(text, 'De raad')).toBe(true);
    expect(inLead(text, 'Daarna')).toBe(false);
  });

  test('a text that marks no paragraph has no first paragraph: its first two sentences are the lead', () => {
    const text = 'Een. Twee. Drie. Vier. Vijf.';
    expect(inLead(text, 'Twee')).toBe(true);
    expect(inLead(text, 'Drie')).toBe(false);
  });
});

describe('a single mention that is the page’s subject', () => {
  test('named in the opening paragraph, after a headline line, it is no passing mention', () => {
    const opening = recogniseWritten(
      'Raadsleden zien de macht verschuiven',
      'Raadsleden zien de macht verschuiven\n\nIn het dorp heeft de raad het op papier voor het zeggen. In de praktijk voelt een derde van de raadsleden dat niet zo.',
      'Dat komt door de groeiende intergemeentelijke samenwerking. Daar wordt beslist.\n\nLees verder',
    );
    const later = recogniseWritten(
      'Raadsleden zien de macht verschuiven',
      'Raadsleden zien de macht verschuiven\n\nIn het dorp heeft de raad het op papier voor het zeggen. In de praktijk voelt een derde van de raadsleden dat niet zo.\n\nDe begroting is rond. De wegen worden opgeknapt. Het zwembad blijft open.',
      'Dat komt door de groeiende intergemeentelijke samenwerking.\n\nLees verder',
    );
    expect(opening.score).toBeGreaterThan(later.score);
  });

  test('a title that names several governments makes their one mention of cooperation on topic', () => {
    const body = [
      'Raadsleden volgen het werk van het bestuur van dichtbij.',
      'Iedere maand is er een avond met een thema, en een nieuwsbrief met de stukken.',
      'Uit elk dorp zijn twee raadsleden gekozen als aanspreekpunt.',
      'Zij volgen de regionale samenwerking.',
    ];
    const councils = recogniseWritten('Gemeenteraden', ...body);
    const council = recogniseWritten('Het raadsplein', ...body);
    expect(councils.score).toBeGreaterThan(council.score);
  });

  test('a body that keeps naming several governments makes them the subject; three sentences do not', () => {
    const opening = [
      'Het jaar begon rustig.',
      'De begroting is rond.',
      'De wegen worden opgeknapt.',
      'Het zwembad blijft open.',
      'De bibliotheek krijgt een nieuw dak.',
      'Daarna volgt de zomer.',
    ];
    const municipalities = [
      'De gemeenten betalen mee aan het busvervoer.',
      'Ook de jeugdzorg kopen de gemeenten in.',
      'Dat kost de gemeenten elk jaar meer.',
      'De gemeenten vragen het Rijk om geld.',
    ];
    const subject = (sentences: number) =>
      governmentsAreTheSubject(readPage(writtenPage('Nieuws', [...opening, ...municipalities.slice(0, sentences)].join(' '))));
    expect(subject(3)).toBe(false);
    expect(subject(4)).toBe(true);
  });
});
