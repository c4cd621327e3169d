/**
 * A file in the shape Hypothesis writes its JSON-LD (our own fixture,
 * tests/fixtures/notes/hypothesis-export.json): https ids, Markdown bodies,
 * targets as lists, RangeSelector and XPathSelector beside the quote,
 * microsecond times with offsets. Everything imports, and the report names
 * what was not kept.
 */
import { expect, test } from 'vitest';
import { parseNotesImport } from '../../../../lib/core/notes/import-jsonld';
import { exportJsonLd } from '../../../../lib/core/notes/web-annotation';
import hypothesis from '../../../fixtures/notes/hypothesis-export.json';
import { checkW3cMusts } from '../../support/w3c-annotation';

const parsed = parseNotesImport(JSON.stringify(hypothesis));

test('all four annotations import, none is skipped', () => {
  expect(parsed.ok && parsed.notes.length).toBe(4);
  expect(parsed.ok && parsed.refused).toEqual([]);
});

test('the quoted note keeps its text (Markdown as plain text), tags, quote, position and page', () => {
  if (!parsed.ok) throw new Error('refused');
  expect(parsed.notes[0]).toMatchObject({
    url: 'https://www.regio-twente.nl/samenwerking/agenda',
    body: 'Dit is **de kern**: wie beslist er in de regio?',
    tags: ['democratie', 'Regio'],
    selectors: {
      quote: { exact: 'gemeenschappelijke regeling', prefix: 'Samenwerken via een ', suffix: ' met vijftien gemeenten' },
      position: { start: 412, end: 439 },
    },
    created: '2025-03-04T10:11:12.345Z',
    modified: '2025-03-05T08:00:00.000Z',
    origin: { via: ['https://hypothes.is/a/Rg7xQm2aEe-abc1234567'] },
  });
});

test('a page note, a plain highlight (empty body list) and a note on a PDF', () => {
  if (!parsed.ok) throw new Error('refused');
  expect(parsed.notes[1]).toMatchObject({
    url: 'https://www.vng.nl/artikelen/proef-verschil',
    body: 'Hele pagina: goed overzicht voor de raad.',
  });
  expect(parsed.notes[1]).not.toHaveProperty('selectors');
  expect(parsed.notes[2]).toMatchObject({ body: '', created: '2025-03-07T08:30:00.000Z' });
  expect(parsed.notes[3]?.selectors?.quote.prefix).toBe('🙂 zie ');
});

test('the report names what was not kept, item by item', () => {
  if (!parsed.ok) throw new Error('refused');
  expect(parsed.notices).toEqual([
    { item: 0, code: 'selectors-skipped', detail: 'RangeSelector, XPathSelector' },
    { item: 0, code: 'markup-as-text', detail: 'text/markdown' },
    { item: 1, code: 'markup-as-text', detail: 'text/markdown' },
    { item: 2, code: 'selectors-skipped', detail: 'RangeSelector' },
    { item: 3, code: 'markup-as-text', detail: 'text/markdown' },
  ]);
});

test('the account that wrote each annotation is kept as its creator, and written back', () => {
  if (!parsed.ok) throw new Error('refused');
  for (const note of parsed.notes) expect(note.origin?.creator).toEqual([{ id: 'acct:griffier.twente@hypothes.is' }]);
  const items = JSON.parse(exportJsonLd(parsed.notes, { creator: { type: 'Person', name: 'Iemand anders' } })).first.items;
  for (const item of items) expect(item.creator).toBe('acct:griffier.twente@hypothes.is');
});

test('exported again, it is valid W3C JSON-LD, and a second round trip changes nothing', () => {
  if (!parsed.ok) throw new Error('refused');
  const again = exportJsonLd(parsed.notes);
  expect(checkW3cMusts(again).failed).toEqual([]);
  // The Markdown texts keep their type, so the one remark left is that they are shown as text.
  const markdown = [0, 1, 3].map((item) => ({ item, code: 'markup-as-text', detail: 'text/markdown' }));
  expect(parseNotesImport(again)).toEqual({ ok: true, notes: parsed.notes, refused: [], notices: markdown });
  const items = JSON.parse(again).first.items;
  expect(items[0].via).toBe('https://hypothes.is/a/Rg7xQm2aEe-abc1234567');
  expect(items[0].body[0]).toMatchObject({ format: 'text/markdown' });
});
