/**
 * The media genre cue damps pages ABOUT media (a broadcaster's budget cuts,
 * its new editor-in-chief), never pages merely PUBLISHED by a news outlet:
 * regional broadcasters carry much of the regional-politics news, with their
 * name in the title, the byline and "zegt tegen Omroep Brabant".
 */
import { describe, expect, test } from 'vitest';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { conceptSaturation } from '../../../../lib/core/recognise/evidence';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';

const recogniser = createRecogniser([]);
const MEDIA = LEXICON.findIndex((concept) => concept.kind === 'genre' && concept.label === 'media');

function page(title: string, lines: readonly string[]): PageSnapshot {
  return { url: 'https://www.example.nl/nieuws/artikel', title, headings: [], text: lines.join('\n'), truncated: false };
}

/** How much the media cue weighs on the page's own text (site name and chrome excluded). */
function mediaCue(snapshot: PageSnapshot): number {
  return conceptSaturation(readPage(snapshot)).get(MEDIA)?.sat ?? 0;
}

const STORY = [
  'De negen gemeenten in Midden-Brabant zijn het oneens over de gemeenschappelijke regeling voor afvalinzameling.',
  'Drie gemeenten willen uittreden, omdat de kosten van de samenwerking hard stijgen en de raden weinig invloed hebben.',
  'Het algemeen bestuur van de regeling bespreekt in juli een nieuwe verdeelsleutel voor de kosten.',
];

const HEADLINE = 'Drie gemeenten willen uit gezamenlijk afvalbedrijf';

describe('the media cue', () => {
  test('exists, so the tests below test something', () => {
    expect(MEDIA).toBeGreaterThanOrEqual(0);
  });

  test("does not fire on a broadcaster's name in the title, the byline and the attribution", () => {
    const broadcast = page(`${HEADLINE} | Omroep Brabant`, [
      'Omroep Brabant',
      'Nieuws · Sport · Verkeer · Weer · Luister live · Tip de redactie',
      'Redactie Omroep Brabant | 7 november 2024, 17:55',
      ...STORY,
      'Dat zegt wethouder Mertens tegen Omroep Brabant.',
      '© Omroep Brabant · Privacy · Cookies',
    ]);
    expect(mediaCue(broadcast)).toBe(0);
  });

  test('does not damp regional-politics news from a regional broadcaster', () => {
    const plain = recogniser.recognise(page(HEADLINE, STORY));
    const broadcast = recogniser.recognise(
      page(`${HEADLINE} | Omroep Zeeland`, [
        'Omroep Zeeland',
        'Redactie Omroep Zeeland | 19 februari 2024, 16:10',
        ...STORY,
        'Dat zegt de wethouder tegen Omroep Zeeland.',
      ]),
    );
    expect(broadcast.verdict).toBe('yes');
    expect(broadcast.score).toBeGreaterThanOrEqual(plain.score - 0.02);
  });

  test('fires on a page about the broadcasters themselves, which stays no', () => {
    const about = page('Regionale omroepen moeten bezuinigen: omroepen gaan samenwerken | Omroep Zeeland', [
      'Het kabinet verlaagt de mediabegroting; de regionale omroepen krijgen twintig miljoen euro minder.',
      'De hoofdredacteur vreest voor de regionale journalistiek. De omroepen gaan samenwerken op techniek en uitzendingen.',
      'Statenleden willen dat de provincie bij het kabinet aandringt op het terugdraaien van de bezuiniging op de omroepen.',
      'Journalisten en de vakbond vrezen voor de onafhankelijkheid van de regionale omroepen.',
    ]);
    expect(mediaCue(about)).toBeGreaterThan(1);
    expect(recogniser.recognise(about).verdict).toBe('no');
  });
});

describe('genre cues in the furniture of news sites', () => {
  test("a site's name is never a genre cue ('… | Weeronline' is who publishes, not a forecast)", () => {
    const plain = recogniser.recognise(page(`${HEADLINE} | Voorbeeldkrant`, STORY));
    const weatherSite = recogniser.recognise(page(`${HEADLINE} | Weeronline`, STORY));
    expect(weatherSite.score).toBe(plain.score);
  });

  test('a weather widget, a live ticker and a most-read list do not damp a regional story', () => {
    const plain = recogniser.recognise(page(HEADLINE, STORY));
    const furnished = recogniser.recognise(
      page(HEADLINE, [
        ...STORY,
        'Het weer in Tilburg: 11°C, buien, windkracht 4',
        'Live: het verkeer in de regio',
        '07:58 File op de A58 na ongeval bij Tilburg',
        'Meest gelezen',
        'PSV wint ook van Ajax na doelpunt in blessuretijd',
        'Grote brand in loods Oss, NL-Alert verstuurd',
      ]),
    );
    expect(furnished.verdict).toBe('yes');
    expect(furnished.score).toBeGreaterThanOrEqual(plain.score - 0.02);
  });

  test('category names are no cues: "onderwijs" and "incident" in a regional story do not damp it', () => {
    const plain = recogniser.recognise(page(HEADLINE, STORY));
    const named = recogniser.recognise(
      page(HEADLINE, [
        ...STORY,
        'Ondernemers, onderwijs en overheid praten mee; een incident in de haven leidde eerder tot extra kosten.',
      ]),
    );
    expect(named.score).toBeGreaterThanOrEqual(plain.score - 0.02);
  });
});
