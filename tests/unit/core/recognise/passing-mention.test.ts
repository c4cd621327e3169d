import { describe, expect, test } from 'vitest';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { conceptSaturation, isPassingMention, weighEvidence } from '../../../../lib/core/recognise/evidence';
import { readPage } from '../../../../lib/core/recognise/page-terms';

function page(parts: Partial<PageSnapshot>): PageSnapshot {
  return { url: 'https://example.nl/nieuws', title: '', headings: [], text: '', truncated: false, ...parts };
}

const MUSEUM = page({
  title: 'Vernieuwd museum opent de deuren',
  text: 'Het museum heeft een nieuwe vleugel. De verbouwing kostte 14 miljoen euro. Het geld kwam van de gemeente, de provincie, een fonds en voor een klein deel uit de Regio Deal. Het museum verwacht jaarlijks 60.000 bezoekers.',
});

function passing(snapshot: PageSnapshot): boolean {
  const terms = readPage(snapshot);
  return isPassingMention(terms, conceptSaturation(terms));
}

describe('a passing mention is no topic', () => {
  test('one core term, named once in the body among funders, is a passing mention and no yes', () => {
    expect(passing(MUSEUM)).toBe(true);
    expect(weighEvidence(readPage(MUSEUM)).verdict).not.toBe('yes');
  });

  test('the same term in the title, named twice, or with a second core term is no passing mention', () => {
    expect(passing({ ...MUSEUM, title: 'Regio Deal betaalt mee aan museum' })).toBe(false);
    expect(passing({ ...MUSEUM, text: `${MUSEUM.text} De Regio Deal loopt tot 2026.` })).toBe(false);
    expect(passing({ ...MUSEUM, text: `${MUSEUM.text} Ook de gemeenschappelijke regeling droeg bij.` })).toBe(false);
  });

  test('one sentence after the lead that names several core terms is still no confident yes', () => {
    const visit = page({
      title: 'Op bezoek in het provinciehuis',
      text: [
        'Twee kandidaten waren vandaag te gast bij onze fractie.',
        'Ze woonden een deel van de vergadering bij en stelden veel vragen.',
        'Een mooie eerste kennismaking met het werk van volksvertegenwoordigers en de democratie.',
        'De provincie speelt een rol in bovengemeentelijke samenwerking, in de RES en in de gemeenschappelijke regeling voor het openbaar vervoer.',
      ].join(' '),
    });
    const evidence = weighEvidence(readPage(visit));
    expect(evidence.signals.onlyMention).toBe(true);
    expect(evidence.verdict).not.toBe('yes');
  });

  test('a page without core terms is no passing mention (it has no mention at all)', () => {
    expect(passing(page({ title: 'Buien', text: 'Het regent in de regio.' }))).toBe(false);
  });
});

describe('general vocabulary', () => {
  test('"de overheid samen met pensioenfondsen" is no cooperation between governments', () => {
    const terms = readPage(
      page({ text: 'Een fonds waarin de overheid samen met pensioenfondsen investeert in groeifondsen voor scale-ups.' }),
    );
    expect(weighEvidence(terms).why.map((reason) => reason.label)).not.toContain('samenwerking tussen overheden');
  });

  test('a fire service annual report of incidents and crisis levels is no yes', () => {
    const report = page({
      title: 'Jaarverslag 2023 veiligheidsregio',
      text: 'De brandweer rukte 14.000 keer uit. Bij woningbranden werden 38 mensen gered; de opkomsttijden bleven binnen de norm. Er werd twee keer GRIP 2 afgekondigd. Twaalf nieuwe tankautospuiten en een natuurbrand in de duinen. De gemeentelijke bijdragen stegen.',
    });
    expect(weighEvidence(readPage(report)).verdict).not.toBe('yes');
  });
});

describe('only one passing mention (the learned verdict never makes it a confident yes)', () => {
  test('the museum thanking the Regio Deal once has only one passing mention', () => {
    expect(weighEvidence(readPage(MUSEUM)).signals.onlyMention).toBe(true);
  });

  test('with governments acting together besides it, or a cooperation region named twice, it is not the only evidence', () => {
    const together = `${MUSEUM.text} De gemeenten en de provincie betalen samen het onderhoud van de vleugel.`;
    expect(weighEvidence(readPage({ ...MUSEUM, text: together })).signals.onlyMention).toBe(false);
    expect(weighEvidence(readPage({ ...MUSEUM, title: 'Regio Deal betaalt mee aan museum' })).signals.onlyMention).toBe(false);
  });
});
