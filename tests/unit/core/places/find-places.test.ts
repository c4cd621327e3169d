/** Reading the places a page names, against the gazetteer the extension carries. */
import { describe, expect, test } from 'vitest';
import { findPlaces } from '../../../../lib/core/places/find-places';
import { bundledGazetteer } from '../../../../lib/core/places/places';

const places = (text: string) => findPlaces(bundledGazetteer(), text);
const ids = (text: string) => places(text).named.map((place) => place.id);

describe('names as pages write them', () => {
  test('variants, accents, apostrophes and hyphens meet the official name', () => {
    const found = places("Den Haag, 's-Hertogenbosch en Sudwest Fryslan; ook Súdwest-Fryslân.").named;
    expect(found.map((place) => [place.id, place.written, place.count])).toEqual([
      ['GM1900', 'Sudwest Fryslan', 2],
      ['GM0518', 'Den Haag', 1],
      ['GM0796', "'s-Hertogenbosch", 1],
    ]);
  });

  test('a name counts only with its capital, except in a text without lower case', () => {
    expect(ids('wij gaan naar enschede en almelo.')).toEqual([]);
    expect(ids('ENSCHEDE EN ALMELO')).toEqual(expect.arrayContaining(['GM0153', 'GM0141']));
  });

  test('a kind word decides: province, region, municipality', () => {
    expect(ids('De provincie Utrecht en de gemeente Utrecht.')).toEqual(['GM0344', 'PV26']);
    expect(ids('Utrecht groeit.')).toEqual(['GM0344']);
    expect(ids('De veiligheidsregio Utrecht oefent.')).toEqual(['VR09']);
    expect(ids('De regio Amersfoort zoekt personeel.')).toEqual(['AM-amersfoort']);
    expect(ids('Zeeland en Drenthe.')).toEqual(['PV22', 'PV29']);
  });

  test('a region name names each region of that name (Twente: COROP, safety and labour-market region)', () => {
    expect(ids('Werken in Twente.')).toEqual(['CR12', 'VR05', 'AM-twente']);
  });

  test('a Regio Deal is read as a whole, not as its region', () => {
    const found = places('Het Rijk sloot de Regio Deal Achterhoek.').named;
    expect(found.every((place) => place.kind === 'regio-deal')).toBe(true);
    expect(found.map((place) => place.name)).toContain('Regio Deal Achterhoek');
  });

  test("a former municipality's name resolves to today's, saying so", () => {
    const [place] = places('De raad van Veghel besloot.').named;
    expect(place).toMatchObject({ id: 'GM1948', name: 'Meierijstad', former: 'Veghel' });
  });
});

describe('names that are also words', () => {
  test('"Best" at the start of a sentence, or alone, is a word', () => {
    expect(ids('Best practices uit de regio.')).toEqual([]);
    expect(ids('Het werkt het Best als iedereen meedoet.')).toEqual([]);
  });

  test('"gemeente Best", or Best among other towns of its province, is the municipality', () => {
    expect(ids('De gemeente Best doet mee.')).toEqual(['GM0753']);
    expect(ids('Eindhoven, Best en Veldhoven werken samen.')).toContain('GM0753');
  });

  test('a surname is no place: "Jan van Buren uit Tiel"', () => {
    expect(ids('Wethouder Jan van Buren uit Tiel zegt dat Culemborg meedoet.')).toEqual(['GM0216', 'GM0281']);
  });

  test('at the start of a sentence, a name listed with other places is a place', () => {
    expect(ids('Weert, Nederweert en Roermond delen een inkoopbureau.')).toEqual(['GM0946', 'GM0957', 'GM0988']);
    expect(ids('Weert. Nederweert en Roermond delen een inkoopbureau.')).toEqual(['GM0946', 'GM0957']);
  });

  test('English title case does not make towns of words', () => {
    expect(ids('What Goes Around: The Best Way to Share Costs Borne by Partners')).toEqual([]);
  });
});

describe('names two places bear', () => {
  test('Bergen is told apart by the company it keeps', () => {
    expect(ids('Alkmaar, Heiloo en Bergen.')).toContain('GM0373');
    expect(ids('Venlo, Venray en Bergen.')).toContain('GM0893');
  });

  test('Bergen without company is ambiguous, not guessed', () => {
    const found = places('De gemeente Bergen organiseert een avond.');
    expect(found.named).toEqual([]);
    expect(found.ambiguous).toEqual([
      { written: 'Bergen', count: 1, candidates: ['GM0373', 'GM0893'], candidateNames: ['Bergen (NH.)', 'Bergen (L.)'] },
    ]);
  });

  test('Hengelo among Gelderland towns may be the village: ambiguous; among Twente towns: the municipality', () => {
    const gelderland = places('Zutphen, Bronckhorst, Hengelo en Doetinchem.');
    expect(gelderland.named.map((place) => place.id)).not.toContain('GM0164');
    expect(gelderland.ambiguous[0]).toMatchObject({ written: 'Hengelo', candidates: ['GM0164'] });
    expect(ids('Enschede, Hengelo en Almelo.')).toContain('GM0164');
  });
});

describe('bad input', () => {
  test('a page listing every municipality stays fast and infers no region', () => {
    const table = bundledGazetteer()
      .data.places.filter((place) => place.kind === 'gemeente')
      .map((place) => `${place.name} | ${place.id}`)
      .join('\n');
    const found = places(table);
    expect(found.named.filter((place) => place.kind === 'gemeente').length).toBeGreaterThan(320);
    expect(found.inferred).toEqual([]);
  });

  test('text with no names, symbols, and very long words yields nothing', () => {
    expect(places('')).toEqual({ named: [], ambiguous: [], inferred: [] });
    expect(places('∑∂ƒ©˙∆˚¬… '.repeat(1000) + 'x'.repeat(100_000))).toEqual({ named: [], ambiguous: [], inferred: [] });
  });
});
