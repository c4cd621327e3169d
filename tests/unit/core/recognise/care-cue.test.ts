/**
 * Regional cooperation in care is between care providers and insurers, not
 * governments: general practitioners' regional organisations, care groups, the
 * Integraal Zorgakkoord's regional plans (issue 10, non-government false alarms).
 */
import { expect, test } from 'vitest';
import { recogniseWritten } from './written-page';

test('general practitioners organising themselves in the region are care, not government', () => {
  const result = recogniseWritten(
    'Leidraad voor regionale samenwerking in de huisartsenzorg',
    'Huisartsen werken steeds vaker samen in een regionale huisartsenorganisatie. Samen met de zorgverzekeraars ' +
      'maken de huisartsenorganisaties afspraken over regionale samenwerking en passende zorg. ' +
      'Zo vormen de huisartsen één aanspreekpunt in de regio voor de zorgverzekeraar.',
  );
  expect(result.verdict).not.toBe('yes');
});

test('municipalities buying youth care together stay regional cooperation', () => {
  const result = recogniseWritten(
    'Regionale samenwerking jeugdhulp',
    'De zeven gemeenten in de regio kopen de specialistische jeugdhulp gezamenlijk in via een gemeenschappelijke ' +
      'regeling. De gemeenten verdelen de kosten naar rato van het gebruik. Het algemeen bestuur stelt de begroting vast.',
  );
  expect(result.verdict).toBe('yes');
});
