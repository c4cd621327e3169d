/**
 * Relations between layers of government are the subject of a page, relations
 * inside one government are not: decentralisation (the Rijk handing tasks to
 * municipalities) is on topic even without cooperation words, while the
 * relations between one organisation's civil servants and its administrators
 * ("ambtelijk-bestuurlijke verhoudingen") are not "bestuurlijke verhoudingen"
 * between governments.
 */
import { describe, expect, test } from 'vitest';
import { recogniseWritten } from './written-page';

describe('layers of government', () => {
  test("a minister's letter on the decentralisations to the municipalities is a yes", () => {
    const letter = recogniseWritten(
      'Brief over de voortgang van de decentralisaties',
      'De minister schrijft de Tweede Kamer over de decentralisaties in het sociale domein.',
      'Per 2015 krijgen gemeenten de jeugdzorg, de begeleiding en het werk erbij.',
      'De minister spreekt de gemeenten aan op de uitvoering van de decentralisatie en de verantwoording daarover.',
    );
    expect(letter.verdict).toBe('yes');
    expect(letter.themes[0]?.id).toBe('ws-den-haag');
  });

  test('relations between civil servants and administrators within governments are no relation between governments', () => {
    const internal = recogniseWritten(
      'Meer overleg nodig tussen ambtelijke en bestuurlijke top',
      'De ambtelijk-bestuurlijke verhoudingen veranderen: topambtenaren en bestuurders zien hun rollen verschillend.',
      'Dat leidt vaak tot conflicten binnen de organisatie, zo blijkt uit een enquête onder gemeentesecretarissen.',
    );
    expect(internal.verdict).toBe('no');
  });
});
