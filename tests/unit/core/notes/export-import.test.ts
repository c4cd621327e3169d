import { describe, expect, test } from 'vitest';
import { planImport } from '../../../../lib/core/notes/duplicates';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import type { Note } from '../../../../lib/core/notes/types';
import { ANNO_CONTEXT, exportJsonLd, toWebAnnotation } from '../../../../lib/core/notes/web-annotation';
import { HOSTILE_BODY, NOTES } from '../../../fixtures/notes/notes';

/** Imported notes start again at revision 1: revisions count edits in one store. */
const asImported = (note: Note): Note => ({ ...note, revision: 1 });

const fixedIds = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-00000000000${(n += 1)}`;
};

describe('JSON-LD export', () => {
  test('is a W3C AnnotationCollection with ids, one embedded page, part of it', () => {
    const data = JSON.parse(exportJsonLd(NOTES, { newId: fixedIds() }));
    expect(data).toMatchObject({
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      type: 'AnnotationCollection',
      total: 3,
      last: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      first: {
        id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
        type: 'AnnotationPage',
        partOf: 'urn:uuid:00000000-0000-4000-8000-000000000001',
        startIndex: 0,
      },
    });
    expect(data.first.items).toHaveLength(3);
  });

  test('an empty export is a collection with total 0 and no page', () => {
    const data = JSON.parse(exportJsonLd([], { newId: fixedIds() }));
    expect(data).toEqual({
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      type: 'AnnotationCollection',
      label: 'Regiolens notes',
      total: 0,
    });
  });

  test('an annotation has a typed target, selectors and bodies with purposes and formats', () => {
    expect(toWebAnnotation(NOTES[0] as Note)).toEqual({
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:0b6c1f4e-6a5b-4c1e-9c54-1d2f6b3a9e01',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-20T10:00:00.000Z',
      modified: '2026-11-21T09:30:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Goed punt voor de raadsinformatiebrief.', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'democratie', format: 'text/plain', purpose: 'tagging' },
        { type: 'TextualBody', value: 'raad', format: 'text/plain', purpose: 'tagging' },
        { type: 'SpecificResource', source: 'urn:regiolens:entry:ws-samenwerking', purpose: 'linking' },
      ],
      target: {
        type: 'SpecificResource',
        source: { id: 'https://www.vng.nl/artikelen/proef-verschil', type: 'Text', label: 'Proef verschil! | VNG' },
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Samen kom je verder, maar hoe?',
            prefix: 'Werksessie 1: ',
            suffix: ' Over het organiseren',
          },
          { type: 'TextPositionSelector', start: 120, end: 150 },
        ],
      },
    });
  });

  test('a page note targets the page itself', () => {
    expect(toWebAnnotation(NOTES[1] as Note).target).toEqual({
      id: 'https://www.vng.nl/artikelen/proef-verschil',
      type: 'Text',
      label: 'Proef verschil! | VNG',
    });
  });

  test('a plain highlight is motivated by highlighting and has no body at all', () => {
    const highlight = toWebAnnotation({ ...(NOTES[2] as Note), tags: [], links: [] });
    expect(highlight.motivation).toBe('highlighting');
    expect(highlight).not.toHaveProperty('body');
  });

  test('places travel as identifying text bodies; canonical, via and a kept motivation are written back', () => {
    const annotation = toWebAnnotation({
      ...(NOTES[1] as Note),
      places: [{ id: 'GM0153', name: 'Enschede', kind: 'gemeente' }],
      origin: {
        canonical: 'urn:uuid:11111111-2222-4333-8444-555555555555',
        via: ['https://hypothes.is/a/abc'],
        motivation: ['questioning'],
      },
    });
    expect(annotation.body).toContainEqual({
      type: 'TextualBody',
      id: 'urn:regiolens:place:gemeente:GM0153',
      value: 'Enschede',
      format: 'text/plain',
      purpose: 'identifying',
    });
    expect(annotation).toMatchObject({
      canonical: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      via: 'https://hypothes.is/a/abc',
      motivation: 'questioning',
    });
  });
});

describe('import', () => {
  test('round trip: what was exported comes back equal', () => {
    const parsed = parseNotesImport(exportJsonLd(NOTES));
    expect(parsed).toEqual({ ok: true, notes: NOTES.map(asImported), refused: [], notices: [] });
  });

  test('scripts and markup in bodies survive verbatim, as data', () => {
    const parsed = parseNotesImport(exportJsonLd(NOTES));
    expect(parsed.ok && parsed.notes[1]?.body).toBe(HOSTILE_BODY);
  });

  test('accepts a bare list, a single annotation and one body/selector given without a list', () => {
    const annotation = toWebAnnotation(NOTES[0] as Note);
    expect(parseNotesImport(JSON.stringify([annotation])).ok).toBe(true);
    expect(parseNotesImport(JSON.stringify(annotation)).ok).toBe(true);
    const target = annotation.target as { selector: unknown[] };
    const single = { ...annotation, body: annotation.body?.[0], target: { ...target, selector: target.selector[0] } };
    const parsed = parseNotesImport(JSON.stringify([single]));
    expect(parsed.ok && parsed.notes[0]?.selectors).toEqual({ quote: (NOTES[0] as Note).selectors?.quote });
  });

  test('addresses are normalised on the way in', () => {
    const annotation = toWebAnnotation({
      ...(NOTES[0] as Note),
      url: 'https://WWW.vng.nl/artikelen/proef-verschil?utm_source=x',
    });
    const parsed = parseNotesImport(JSON.stringify([annotation]));
    expect(parsed.ok && parsed.notes[0]?.url).toBe('https://www.vng.nl/artikelen/proef-verschil');
  });
});

describe('planImport (duplicates)', () => {
  const [first, second, third] = NOTES as [Note, Note, Note];

  test.each([
    { name: 'nothing stored: all added', existing: [], incoming: NOTES, added: 3, skipped: 0 },
    { name: 'same ids: skipped', existing: NOTES, incoming: NOTES, added: 0, skipped: 3 },
    {
      name: 'same target+selector+body with another id: skipped',
      existing: [first],
      incoming: [{ ...first, id: '11111111-2222-4333-8444-555555555555', tags: ['other'] }],
      added: 0,
      skipped: 1,
    },
    {
      name: 'same text on another passage: added',
      existing: [first],
      incoming: [{ ...first, id: '11111111-2222-4333-8444-555555555555', selectors: third.selectors }],
      added: 1,
      skipped: 0,
    },
    { name: 'duplicates inside one file: the first one wins', existing: [], incoming: [second, second], added: 1, skipped: 1 },
  ])('$name', ({ existing, incoming, added, skipped }) => {
    const plan = planImport(existing, incoming);
    expect(plan.add).toHaveLength(added);
    expect(plan.skipped).toBe(skipped);
  });
});
