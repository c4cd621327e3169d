import { describe, expect, test } from 'vitest';
import { isChromeLine, splitBoilerplate, splitTitle } from '../../../../lib/core/text/boilerplate';

describe('chrome lines', () => {
  test.each([
    ['a separated menu', 'Inwoners · Ondernemers · Bestuur · Regionale samenwerking · Veiligheidsregio · Contact', true],
    ['a breadcrumb', 'Home > Onderwerpen > Regio Deals > Nieuws', true],
    ['a menu of capitalised words', 'Onderwerpen Ministeries Documenten Actueel Contact', true],
    ['a footer with legal links', 'Rijksoverheid.nl Over deze site Contact Cookies Privacy Toegankelijkheid Sitemap', true],
    ['a cookie banner', 'Deze website gebruikt functionele en analytische cookies. Meer informatie Accepteren Weigeren', true],
    ['a site name alone', 'Rijksoverheid.nl', true],
    ['an inline related list', 'Lees ook: Wgr-wijziging 2022 en de rol van de raad', true],
    ['a prose sentence', 'Het algemeen bestuur van de GGD heeft de ontwerpbegroting vastgesteld.', false],
    ['a headline', 'Veiligheidsregio Utrecht geeft raden meer zeggenschap', false],
    ['a short heading', 'Financiële gevolgen', false],
    ['an empty line', '   ', false],
    ["a news site's weather widget", 'Het weer in Drenthe: 21°C, zonnig', true],
    ['a byline with date and time', 'Redactie Omroep Zeeland | 7 november 2024, 17:55', true],
    ['a byline with a short date', 'Door Jeroen Bos 12-06-24, 06:00', true],
    ['a weather sentence in a forecast', 'Morgen wordt het 21°C met zon en later op de dag een enkele bui.', false],
    ['a sentence starting with "door"', 'Door de nieuwe verdeelsleutel betalen kleine gemeenten minder aan de regio.', false],
  ])('%s', (_name, line, expected) => {
    expect(isChromeLine(line)).toBe(expected);
  });

  test('a long prose paragraph is never chrome, whatever it names', () => {
    const paragraph = `${'De raad besprak de cookies, de privacy en de toegankelijkheid van de website van de regio. '.repeat(6)}`;
    expect(isChromeLine(paragraph)).toBe(false);
  });
});

describe('splitting a page text', () => {
  test('headlines after a "lees ook" marker are chrome until prose returns', () => {
    const text = [
      'De gemeenschappelijke regeling krijgt een regionale adviescommissie.',
      'Lees ook',
      'Wgr-wijziging: raden nog zoekende',
      'Brandweer kampt met tekort aan vrijwilligers',
      'De eerste bijeenkomst van de adviescommissie staat gepland voor januari, en elke gemeente wijst één raadslid aan.',
    ].join('\n');
    const { content, chrome } = splitBoilerplate(text);
    expect(chrome.split('\n')).toEqual([
      'Lees ook',
      'Wgr-wijziging: raden nog zoekende',
      'Brandweer kampt met tekort aan vrijwilligers',
    ]);
    expect(content.split('\n')).toHaveLength(2);
  });

  test("a news site's most-read and live lists are chrome, however topical their headlines", () => {
    const { content, chrome } = splitBoilerplate(
      [
        'De raden stemden in met de regionale begroting.',
        'Live: het verkeer in de regio',
        '07:58 File op de A12 bij knooppunt Oudenrijn',
        'Populair',
        'Regio Deal voor de Peel getekend',
        'Brand verwoest boerderij in Ten Boer',
        'De gemeenten praten in juli verder over de verdeelsleutel.',
      ].join('\n'),
    );
    expect(content).toBe(
      'De raden stemden in met de regionale begroting.\nDe gemeenten praten in juli verder over de verdeelsleutel.',
    );
    expect(chrome).toContain('07:58 File op de A12');
    expect(chrome).toContain('Regio Deal voor de Peel getekend');
  });

  test('a text without chrome stays whole', () => {
    const text = 'Eerste alinea over de regio.\nTweede alinea over de raad.';
    expect(splitBoilerplate(text)).toEqual({ content: text, chrome: '' });
  });
});

describe('titles', () => {
  test.each([
    ['Woonvisie 2025-2030 | Gemeente Veenendaal', 'Woonvisie 2025-2030', 'Gemeente Veenendaal'],
    [
      'Programmamanager Economie - Werken bij Metropoolregio Amsterdam',
      'Programmamanager Economie',
      'Werken bij Metropoolregio Amsterdam',
    ],
    ['Raadsvoorstel: zienswijze begroting GGD', 'Raadsvoorstel: zienswijze begroting GGD', ''],
    ['Regio-indeling en Wgr-wijziging', 'Regio-indeling en Wgr-wijziging', ''],
  ])('%s', (title, own, site) => {
    expect(splitTitle(title)).toEqual({ own, site });
  });
});
