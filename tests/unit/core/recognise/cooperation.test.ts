/**
 * Cooperation said in plain words, and the words that count only among
 * governments: through the whole recogniser, on pages written for each case.
 */
import { describe, expect, test } from 'vitest';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { cooperationSentences } from '../../../../lib/core/recognise/cooperation';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';

const page = (parts: Partial<PageSnapshot>): PageSnapshot => ({
  url: 'https://example.nl/nieuws',
  title: '',
  headings: [],
  text: '',
  truncated: false,
  ...parts,
});
const recogniser = createRecogniser([]);
const sentencesOf = (input: PageSnapshot) => {
  const terms = readPage(input);
  return cooperationSentences(terms, terms.texts);
};

describe('a sentence in which governments act together', () => {
  test('several governments and a joint act: quoted from the page', () => {
    const input = page({
      title: 'Brandbrief uit Groningen',
      text: 'Het provinciebestuur en de colleges van tien Groningse gemeenten stuurden een brandbrief aan de minister. Ze willen snel duidelijkheid.',
    });
    const [first, ...rest] = sentencesOf(input);
    expect(rest).toEqual([]);
    expect(first?.field).toBe('body');
    expect(input.text).toContain(first?.quote.split(' … ')[0]);
    const result = recogniser.recognise(input);
    expect(result.verdict).not.toBe('no');
    expect(result.why.some((reason) => reason.label === first?.quote)).toBe(true);
  });

  test('the Rijk and the regions in one sentence are their relation', () => {
    expect(sentencesOf(page({ text: 'Het kabinet investeert 180 miljoen euro in veertien regio’s.' }))).toHaveLength(1);
  });

  test('councils in the plural are several governments; one council is one', () => {
    const input = page({
      title: 'Samenwerking raden in de Drechtsteden',
      text: 'De fracties willen de samenwerking tussen de gemeenteraden van Dordrecht en Zwijndrecht verbeteren. Een werkgroep gaat aan de slag.',
    });
    expect(sentencesOf(input).map((sentence) => sentence.field)).toEqual(['title', 'body']);
    expect(recogniser.recognise(input).verdict).toBe('yes');
    expect(sentencesOf(page({ text: 'De gemeenteraad van Ede werkt samen met de bewoners aan een nieuw park.' }))).toEqual([]);
  });

  test('governments that agree with each other act together; the noun "afspraken" alone is no joint act', () => {
    expect(
      sentencesOf(page({ text: 'Tussen provincie en Rijk is afgesproken dat er tienduizend woningen bijkomen.' })),
    ).toHaveLength(1);
    expect(sentencesOf(page({ text: 'De drie gemeenten spraken af de kosten van het loket te delen.' }))).toHaveLength(1);
    expect(sentencesOf(page({ text: 'De gemeenten maken elk eigen afspraken met de bibliotheek.' }))).toEqual([]);
  });

  test('a dijkgraaf and a gedeputeerde speak for their water board and province', () => {
    expect(sentencesOf(page({ text: 'De dijkgraaf en de gedeputeerde werken samen aan de nieuwe dijk.' }))).toHaveLength(1);
    expect(sentencesOf(page({ text: 'De dijkgraaf werkt samen met de aannemer aan de nieuwe dijk.' }))).toEqual([]);
  });

  test('governments in the plural are several governments; "de overheid" is one', () => {
    expect(sentencesOf(page({ text: 'De overheden in het gebied trekken samen op richting Den Haag.' }))).toHaveLength(1);
    expect(sentencesOf(page({ text: 'De overheid werkt samen met de bewoners aan een schonere wijk.' }))).toEqual([]);
  });

  test('one government alone, or the Rijk with only "gemeenten", is no cooperation', () => {
    expect(sentencesOf(page({ text: 'De gemeente Ede opent samen met de bewoners een nieuw park.' }))).toEqual([]);
    expect(sentencesOf(page({ text: 'Het kabinet verhoogt de belasting; gemeenten merken dat.' }))).toEqual([]);
  });

  test("the regional tier, the cabinet formation and the King's Commissioner are governments too", () => {
    for (const text of [
      'Het Rijk en de regionale overheden maken nieuwe afspraken over wonen.',
      'De burgemeesters van de Friese gemeenten schreven een brief aan de informateur.',
      'De commissaris van de Koning en de burgemeesters trekken gezamenlijk op.',
    ])
      expect(sentencesOf(page({ text }))).toHaveLength(1);
  });

  test('a sentence with a genre cue is about that genre', () => {
    const text =
      'Het samenwerkingsverband werkt samen met de jeugdhulp van de gemeenten, zodat leerlingen sneller geholpen worden.';
    expect(sentencesOf(page({ text }))).toEqual([]);
  });
});

describe('words that count only among governments', () => {
  test('"gr." in a recipe and a "GR" car are no gemeenschappelijke regeling', () => {
    const recipe = page({
      title: 'Boterkoek',
      text: 'Meng 400 gr. bakmeel met 250 gr. boter. Voeg 200 gr. suiker toe. Bak 30 minuten.',
    });
    const car = page({
      title: 'Toyota GR Corolla',
      text: 'De GR Corolla heeft 300 pk. De GR Yaris is kleiner. Wij reden de GR op het circuit.',
    });
    for (const input of [recipe, car]) expect(recogniser.recognise(input).verdict).toBe('no');
  });

  test('"GR" on a page that names governments is the arrangement', () => {
    const input = page({
      title: 'Raad stemt in met begroting GR',
      text: 'De gemeenteraad stemt in met de begroting van de GR. De GR voert taken uit voor zeven gemeenten.',
    });
    const result = recogniser.recognise(input);
    expect(result.verdict).toBe('yes');
    expect(result.why.map((reason) => reason.label)).toContain('GR');
  });

  test('"MRA" in a hospital leaflet is an angiography, not a metropolitan region', () => {
    const leaflet = page({
      title: 'Onderzoek: MRI en MRA',
      text: 'Bij een MRA maakt de scanner beelden van uw bloedvaten. De MRA duurt ongeveer een half uur. Na de MRA mag u direct naar huis.',
    });
    expect(recogniser.recognise(leaflet).verdict).toBe('no');
  });

  test('"MRA" on a page that names governments is the metropolitan region', () => {
    const input = page({
      title: 'MRA stelt agenda vast',
      text: 'De gemeenten en de provincies in de MRA stellen samen een nieuwe agenda vast. De MRA wil meer woningen bouwen.',
    });
    expect(recogniser.recognise(input).why.map((reason) => reason.label)).toContain('MRA');
  });

  test('a partnership of businesses is no regional cooperation', () => {
    const input = page({
      title: 'Ondernemers vormen samenwerkingsverband',
      text: 'Twaalf bedrijven op het bedrijventerrein vormen een samenwerkingsverband. Het samenwerkingsverband koopt energie in. Het samenwerkingsverband wil groeien.',
    });
    expect(recogniser.recognise(input).verdict).toBe('no');
  });
});

test('a mention the page denies does not count', () => {
  const denied = page({ text: 'Over het nieuwe zwembad. Regionale samenwerking speelt hierbij geen rol. Het bad opent in mei.' });
  const said = page({
    text: 'Over het nieuwe zwembad. Regionale samenwerking speelt hierbij een grote rol. Het bad opent in mei.',
  });
  expect(recogniser.recognise(denied).score).toBe(0);
  expect(recogniser.recognise(said).score).toBeGreaterThan(0);
});
