/**
 * Cooperation vocabulary the real pages used and the lexicon lacked (issue 10):
 * sharing risks and costs between municipalities, recreation boards, province
 * and municipalities acting together, Gedeputeerde Staten at the table with
 * the Rijk. Written sentences, our own.
 */
import { expect, test } from 'vitest';
import { recogniseWritten } from './written-page';

const labels = (title: string, text: string): string[] =>
  recogniseWritten(title, text).why.map((reason) => reason.label.toLowerCase());

test('municipalities sharing the risk of costly care is regional risk sharing', () => {
  const result = recogniseWritten(
    'Regionale risicoverevening jeugdzorg',
    'De gemeenten in de regio kiezen voor regionale risicoverevening: dure trajecten worden met elkaar verevend. ' +
      'Elke gemeente betaalt een bijdrage per inwoner aan de regionale pot.',
  );
  expect(result.verdict).toBe('yes');
  expect(result.why.map((reason) => reason.label.toLowerCase()).join(' ')).toContain('risicoverevening');
});

test('a recreation board is a joint body of municipalities', () => {
  expect(
    labels(
      'Recreatieschap legt nieuwe wandelpaden aan',
      'Het recreatieschap beheert de recreatiegebieden namens de deelnemende gemeenten en de provincie. ' +
        'Het dagelijks bestuur van het recreatieschap stelt het plan vast.',
    ).join(' '),
  ).toContain('recreatieschap');
});

test('"provincie en gemeenten" acting together count as a collective actor', () => {
  const result = recogniseWritten(
    'Afspraken over de woningbouw',
    'Provincie en gemeenten maken samen afspraken over de woningbouw in de regio. ' +
      'Provincie en gemeenten verdelen de opgave en spreken af elk jaar de voortgang te bespreken.',
  );
  expect(result.score).toBeGreaterThan(0.35);
});

test('Gedeputeerde Staten making joint agreements with the minister is cooperation between governments', () => {
  const text =
    'Gedeputeerde Staten en de minister maakten gezamenlijk afspraken over de woningbouw in de provincie. ' +
    'Gedeputeerde Staten stuurden daarna een brief aan de minister over de uitvoering.';
  const result = recogniseWritten('Afspraken over woningbouw', text);
  expect(result.score).toBeGreaterThan(0.35);
  expect(result.why[0]?.label).toMatch(/^Gedeputeerde Staten … minister … gezamenlijk/);
  // Without the province's executive, the same words are one government's news.
  const alone = recogniseWritten(
    'Afspraken over woningbouw',
    'De minister maakte afspraken over de woningbouw. Daarna volgde een brief.',
  );
  expect(alone.verdict).toBe('no');
});

test('a walking route through the area is a day out, not cooperation', () => {
  const result = recogniseWritten(
    'Wandelroutes in het Groene Hart',
    'Ontdek de wandelroutes in het Groene Hart. Volg de knooppunten langs de polders; na de wandeling ' +
      'wacht een terras. Een fietstocht langs de molens is ook een mooi dagje uit.',
  );
  expect(result.verdict).toBe('no');
});

test('a shared service center counts among governments, not at a company', () => {
  expect(
    labels(
      'Gemeenten delen hun bedrijfsvoering',
      'De vijf gemeenten richten samen een shared service center op voor ICT en salarisadministratie. ' +
        'Het shared service center werkt vanaf volgend jaar voor alle vijf.',
    ).join(' '),
  ).toContain('shared service center');
  const company = recogniseWritten(
    'Nieuw kantoor voor onze klantenservice',
    'Het bedrijf opent een shared service center in Utrecht. Het shared service center telt tweehonderd medewerkers.',
  );
  expect(company.verdict).toBe('no');
  expect(company.why.map((reason) => reason.label.toLowerCase()).join(' ')).not.toContain('shared service');
});

test('one municipality as "partnergemeente" of a programme is no cooperation; "partnergemeenten" together are', () => {
  const one = labels(
    'Geen nieuw stadsbos',
    'Het fonds zoekt een partnergemeente voor een nieuw stadsbos. De wethouder ziet ervan af: er is geen geld voor het onderhoud.',
  );
  expect(one).not.toContain('partnergemeente');
  const several = labels(
    'Regionaal fonds',
    'De partnergemeenten storten elk jaar een bedrag in het regionale fonds. Het fonds steunt projecten in de hele regio.',
  );
  expect(several).toContain('partnergemeenten');
});
