import { describe, expect, test } from 'vitest';
import { isChromeLine, splitBoilerplate, splitTitle } from '../../../lib/text/boilerplate';

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
