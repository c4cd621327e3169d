import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { IndexFileSchema } from '../../../../lib/core/index/schema';
import { MAX_PAGE_TEXT, type PageSnapshot } from '../../../../lib/core/page-snapshot';
import { formatReason } from '../../../../lib/core/recognise/reasons';
import { createRecogniser, recognise } from '../../../../lib/core/recognise/recogniser';
import { THEME_IDS } from '../../../../lib/core/themes';

const index = v.parse(IndexFileSchema, JSON.parse(readFileSync('tests/fixtures/recognise/index.json', 'utf8')));
const recogniser = createRecogniser(index.entries);

function page(parts: Partial<PageSnapshot>): PageSnapshot {
  return { url: 'https://example.nl/pagina', title: '', headings: [], text: '', truncated: false, ...parts };
}

const GR_PAGE = page({
  title: 'Raad wil meer grip op gemeenschappelijke regelingen',
  headings: ['Zienswijze op de begroting'],
  text: [
    'De gemeenteraad wil meer grip op de gemeenschappelijke regelingen in de regio.',
    'Raadsleden vinden dat de zienswijze op de begroting van de gemeenschappelijke regeling te laat komt.',
    'De Wet gemeenschappelijke regelingen geeft de raad een regionale adviescommissie.',
    'De griffiers van de deelnemende gemeenten werken samen aan een regionale raadsavond over de gemeenschappelijke regeling.',
  ].join(' '),
});

describe('verdicts on typical pages', () => {
  test.each([
    ['council grip on joint arrangements', GR_PAGE, 'yes'],
    [
      'a regional democracy page',
      page({
        title: 'Hoe democratisch is de regio?',
        text: 'Verlengd lokaal bestuur en de democratische legitimiteit van samenwerkingsverbanden tussen gemeenten staan onder druk. Regionale democratie vraagt meer dan procedures.',
      }),
      'yes',
    ],
    [
      'an English page on inter-municipal cooperation',
      page({
        lang: 'en',
        title: 'Inter-municipal cooperation in the Netherlands',
        text: 'Dutch municipalities cooperate in joint arrangements under the Joint Arrangements Act. Regional governance raises questions of democratic legitimacy for municipal councils.',
      }),
      'yes',
    ],
    [
      'weather in the region',
      page({
        title: 'Buien in de regio',
        text: 'In de regio Utrecht vallen flinke regenbuien. Het KNMI verwacht onweer en windstoten; de temperaturen liggen rond 18 graden.',
      }),
      'no',
    ],
    [
      'a job ad at a regional body',
      page({
        title: 'Vacature beleidsadviseur regionale samenwerking',
        text: 'Solliciteer nu! Je werkt voor het algemeen bestuur van de gemeenschappelijke regeling. Wat bieden wij: schaal 11, 36 uur per week, goede arbeidsvoorwaarden. Stuur je motivatiebrief.',
      }),
      'no',
    ],
    [
      'a single municipality',
      page({
        title: 'Nieuwe speeltuin geopend',
        text: 'Wethouder De Jong opende de speeltuin. De gemeenteraad stemde in met het budget. Kinderen uit de wijk knipten het lint door.',
      }),
      'no',
    ],
    ['an empty page', page({}), 'no'],
    [
      'a zienswijze on the begroting of a GGD, without the words "regionale samenwerking"',
      page({
        title: 'Raadsvoorstel zienswijze ontwerpbegroting 2026 GGD',
        text: 'Het AB van de GGD heeft de ontwerpbegroting vastgesteld en legt die voor zienswijze voor aan de raden van de deelnemende gemeenten. De GGD is een GR van zeventien gemeenten. Op grond van de Wgr kan de raad een zienswijze indienen. Het DB stelt voor het resultaat terug te betalen aan de deelnemende gemeenten.',
      }),
      'yes',
    ],
  ])('%s → %s', (_name, input, expected) => {
    expect(recogniser.recognise(input).verdict).toBe(expected);
  });
});

describe('hard negatives: the words without the topic are never "regional"', () => {
  test.each([
    [
      'a municipality page whose footer links to its regional bodies',
      page({
        title: 'Raadsinformatiebrief: evaluatie afvalinzameling | Gemeente Midden-Groningen',
        text: [
          'Inwoners · Bestuur · Regionale samenwerking · Gemeenschappelijke regelingen · Verbonden partijen · Veiligheidsregio Groningen · Contact',
          'Geachte leden van de raad, de hoeveelheid restafval per inwoner is gedaald. De kwaliteit van het PMD is verbeterd.',
          'Gemeente Midden-Groningen · Regionale samenwerking · Gemeenschappelijke regelingen · Omgevingsdienst Groningen · Privacy · Cookies',
        ].join('\n'),
      }),
    ],
    [
      'news of a fire that names the veiligheidsregio',
      page({
        title: 'Grote brand bij bedrijf: veiligheidsregio adviseert ramen en deuren dicht',
        text: 'Bij een bedrijf is een grote brand uitgebroken. De veiligheidsregio stuurde een NL-Alert vanwege de rookontwikkeling. Volgens de veiligheidsregio is niemand gewond geraakt. De brand is onder controle; de veiligheidsregio meet de luchtkwaliteit.',
      }),
    ],
    [
      'schools in a samenwerkingsverband passend onderwijs',
      page({
        title: 'Scholen in de regio werken samen aan minder thuiszitters',
        text: 'De basisscholen van het samenwerkingsverband passend onderwijs delen hun expertise. Het samenwerkingsverband werkt samen met de jeugdhulp van de gemeenten, zodat leerlingen sneller geholpen worden. Het ondersteuningsplan van het samenwerkingsverband is klaar.',
      }),
    ],
  ])('%s', (_name, input) => {
    expect(recogniser.recognise(input).verdict).not.toBe('yes');
  });
});

/** Everything a reason may quote: the title, headings, description and text. */
const pageText = (input: PageSnapshot) => [input.title, ...input.headings, input.description ?? '', input.text].join('\n');

describe('the result', () => {
  test('scores lie in [0, 1]; a yes or maybe lists every theme once, highest first; a no lists none', () => {
    for (const input of [GR_PAGE, page({}), page({ text: 'regio '.repeat(50_000) })]) {
      const result = recogniser.recognise(input);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      if (result.verdict === 'no') {
        expect([result.themes, result.why, result.suggestions]).toEqual([[], [], []]);
        continue;
      }
      expect(result.themes.map((theme) => theme.id).sort()).toEqual([...THEME_IDS].sort());
      for (const theme of result.themes) expect(theme.score).toBeGreaterThanOrEqual(0);
      for (const theme of result.themes) expect(theme.score).toBeLessThanOrEqual(1);
      expect(result.themes.map((theme) => theme.score)).toEqual(
        [...result.themes.map((theme) => theme.score)].sort((a, b) => b - a),
      );
      expect(result.regional).toBe(result.verdict === 'yes');
    }
  });

  test('reasons quote the page with counts, strongest first', () => {
    const result = recogniser.recognise(GR_PAGE);
    const readable = result.why.map(formatReason);
    // The page's most frequent form of the term, as it writes it.
    expect(readable[0]).toBe('gemeenschappelijke regelingen (4×)');
    for (const reason of result.why) expect(pageText(GR_PAGE)).toContain(reason.find);
    expect(readable).toContain('Wet gemeenschappelijke regelingen');
    expect(result.why.map((reason) => reason.weight)).toEqual(
      [...result.why.map((reason) => reason.weight)].sort((a, b) => b - a),
    );
    const total = result.why.reduce((sum, reason) => sum + reason.weight, 0);
    expect(total).toBeLessThanOrEqual(1.001);
  });

  test('the top theme follows the page', () => {
    expect(recogniser.recognise(GR_PAGE).themes[0]?.id).toBe('ws-raad-staten');
  });

  test('suggestions are ranked, explained and drawn from the index', () => {
    const result = recogniser.recognise(GR_PAGE);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(10);
    const ids = new Set(index.entries.map((entry) => entry.id));
    for (const suggestion of result.suggestions) {
      expect(ids.has(suggestion.id)).toBe(true);
      expect(suggestion.shared.length).toBeGreaterThan(0);
    }
    expect(result.suggestions.map((s) => s.score)).toEqual([...result.suggestions.map((s) => s.score)].sort((a, b) => b - a));
    const top = result.suggestions.slice(0, 5).map((s) => s.id);
    expect(
      top.some((id) =>
        ['nvvr-meer-grip', 'grip-op-regionale-samenwerking-2015', 'wgr-wijziging-2022', 'ws-raad-staten'].includes(id),
      ),
    ).toBe(true);
  });

  test('the suggestion limit is honoured', () => {
    expect(recogniser.recognise(GR_PAGE, { suggestions: 3 }).suggestions).toHaveLength(3);
    expect(recogniser.recognise(GR_PAGE, { suggestions: 0 }).suggestions).toHaveLength(0);
  });

  test('without an index there are no suggestions but a verdict', () => {
    const result = createRecogniser([]).recognise(GR_PAGE);
    expect(result.suggestions).toEqual([]);
    expect(result.verdict).toBe('yes');
  });

  test('deterministic: the same page gives the same result, through either entry point', () => {
    const first = recogniser.recognise(GR_PAGE);
    expect(recogniser.recognise(GR_PAGE)).toEqual(first);
    expect(recognise(GR_PAGE, index.entries)).toEqual(first);
  });
});

describe('hostile and extreme input', () => {
  test.each([
    ['markup in the title', page({ title: '<script>alert(1)</script><img src=x onerror=alert(1)> regionale samenwerking' })],
    ['control characters and lone surrogates', page({ text: '\u0000\u0007\uD800 regio \uDFFF\u202E samenwerking \uFEFF' })],
    ['one huge word', page({ text: 'a'.repeat(MAX_PAGE_TEXT) })],
    [
      'the maximum text of repeated terms',
      page({ text: 'gemeenschappelijke regeling '.repeat(MAX_PAGE_TEXT / 28), truncated: true }),
    ],
    ['only punctuation', page({ text: '!?.,;:'.repeat(10_000) })],
    ['an address with odd escapes', page({ url: 'https://example.nl/%E0%A4%A/regio%20deal?q=%ZZ' })],
    ['many headings', page({ headings: Array.from({ length: 200 }, (_, i) => `Kop ${i} regionale samenwerking`) })],
  ])('%s: no throw, bounded score', (_name, input) => {
    const result = recogniser.recognise(input);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const reason of result.why) expect(reason.label).not.toMatch(/[<>]/);
  });

  test('a long page does not win by length alone', () => {
    const passing = 'Het museum kreeg geld uit de Regio Deal. ';
    const filler = 'Bezoekers bekeken de tentoonstelling over pottenbakkers en de oude werkplaats. '.repeat(60);
    expect(recogniser.recognise(page({ text: `${passing}${filler}` })).verdict).not.toBe('yes');
    expect(recogniser.recognise(page({ text: `${passing}${filler}`.repeat(20) })).verdict).not.toBe('yes');
  });
});
