/** Pages about regions elsewhere (England, Flanders) are not about Dutch regional cooperation (issue 10). */
import { expect, test } from 'vitest';
import { recognise } from '../../../../lib/core/recognise/recogniser';
import { isAboutElsewhere } from '../../../../lib/core/recognise/elsewhere';
import { placesOnPage } from '../../../../lib/core/places/places';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';

const ENTRIES: IndexEntry[] = [];
const page = (title: string, text: string, url = 'https://example.org/page', lang = 'en'): PageSnapshot => ({
  url,
  lang,
  title,
  headings: [],
  text,
  truncated: false,
});

const ENGLAND =
  'The regional development agencies were abolished. Local enterprise partnerships between councils and business took over ' +
  'regional economic development, and intermunicipal cooperation between local governments in the regions was cut back.';
const UTRECHT =
  'The province of Utrecht and its municipalities cooperate in a joint arrangement. Intermunicipal cooperation between ' +
  'local governments in the region is strong, and regional development is a shared task of the municipalities.';

test('an English page on regional cooperation that never names the Netherlands is no', () => {
  const result = recognise(page('Whatever happened to regional development agencies?', ENGLAND), ENTRIES);
  expect(result.verdict).toBe('no');
  expect(result.score).toBeLessThanOrEqual(0.1);
  expect(result.why).toEqual([]);
});

test('the same words about Utrecht, or saying "Dutch", are about the Netherlands', () => {
  expect(isAboutElsewhere('en', UTRECHT, placesOnPage({ title: '', text: UTRECHT }))).toBe(false);
  const dutch = `${ENGLAND} Dutch municipalities do this differently.`;
  expect(isAboutElsewhere('en', dutch, placesOnPage({ title: '', text: dutch }))).toBe(false);
  expect(recognise(page('Cooperation in Utrecht', UTRECHT), ENTRIES).verdict).not.toBe('no');
});

test('a Dutch page is never judged elsewhere for naming no place', () => {
  const text = 'Gemeenten werken samen in een gemeenschappelijke regeling.';
  expect(isAboutElsewhere('nl', text, placesOnPage({ title: '', text }))).toBe(false);
});

test('an English page on a Dutch site (.nl) is about the Netherlands, even without saying so', () => {
  const arrangements =
    'The Joint Arrangements Act lets municipalities, provinces and water authorities work together in public-law ' +
    'partnerships. Urban regional bodies were abolished; voluntary intermunicipal cooperation remains possible.';
  const places = placesOnPage({ title: '', text: arrangements });
  expect(isAboutElsewhere('en', arrangements, places, 'https://www.government.nl/topics/cooperation')).toBe(false);
  expect(isAboutElsewhere('en', arrangements, places, 'https://www.example.org/topics/cooperation')).toBe(true);
});

const FLANDERS =
  'Hoe krijgen lokale besturen meer grip op de intergemeentelijke samenwerkingsverbanden en OCMW-verenigingen? ' +
  'Het lerend netwerk werkt aan een betere afstemming van de bovenlokale samenwerking in de regio.';

test('a Dutch page about cooperation in Flanders (a .be site, OCMW, Vlaanderen) is about Belgium', () => {
  const places = placesOnPage({ title: '', text: FLANDERS });
  expect(isAboutElsewhere('nl', FLANDERS, places, 'https://www.example.be/nieuws')).toBe(true);
  const flemish = `${FLANDERS} Zo werken de gemeenten in Vlaanderen beter samen.`;
  expect(isAboutElsewhere('nl', flemish, placesOnPage({ title: '', text: flemish }), 'https://www.example.org/x')).toBe(true);
  const result = recognise(
    page('Lerend netwerk bovenlokale samenwerking', FLANDERS, 'https://www.example.be/nieuws', 'nl'),
    ENTRIES,
  );
  expect(result.verdict).toBe('no');
  expect(result.why).toEqual([]);
});

test('Zeeuws-Vlaanderen is Dutch, and a Flemish site writing about Dutch municipalities is not judged elsewhere', () => {
  const zeeland = 'De gemeenten in Zeeuws-Vlaanderen werken samen in een gemeenschappelijke regeling.';
  expect(isAboutElsewhere('nl', zeeland, placesOnPage({ title: '', text: zeeland }), 'https://www.example.nl/x')).toBe(false);
  const border = 'Terneuzen en Sluis werken samen met de OCMW in Vlaanderen aan grensoverschrijdende zorg.';
  expect(isAboutElsewhere('nl', border, placesOnPage({ title: '', text: border }), 'https://www.example.be/x')).toBe(false);
});
