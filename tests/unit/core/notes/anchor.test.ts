import { describe, expect, test } from 'vitest';
import { anchor, describeSpan, fuzzyBudget } from '../../../../lib/core/notes/anchor';
import type { NoteSelectors } from '../../../../lib/core/notes/types';
import { EDITED, INSERTED_BEFORE, ORIGINAL, QUOTE, REMOVED, REPEATED } from '../../../fixtures/notes/page-text';

function selectorsFor(text: string, quote: string, occurrence = 0): NoteSelectors {
  let start = -1;
  for (let index = 0; index <= occurrence; index += 1) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture lacks "${quote}"`);
  return describeSpan(text, start, start + quote.length);
}

const original = selectorsFor(ORIGINAL, QUOTE);

describe('anchor', () => {
  test.each([
    { name: 'unchanged page', text: ORIGINAL, method: 'position', expected: QUOTE },
    { name: 'text inserted before', text: INSERTED_BEFORE, method: 'quote', expected: QUOTE },
    {
      name: 'passage edited slightly',
      text: EDITED,
      method: 'fuzzy',
      expected: 'Een gemeenschappelijke regeling geeft deze samenwerking een juridische',
    },
  ])('$name → $method', ({ text, method, expected }) => {
    const found = anchor(text, original);
    expect(found?.method).toBe(method);
    const slice = text.slice(found?.start, found?.end);
    // A fuzzy match may end a character or two either side of the edited word; it must cover the passage.
    if (method === 'fuzzy') expect(slice.startsWith(expected) || expected.startsWith(slice.slice(0, 40))).toBe(true);
    else expect(slice).toBe(expected);
  });

  test('edited passage moved far from its old position is still found (whole-text search)', () => {
    const filler = 'Een lange nieuwe inleiding over iets anders. '.repeat(200);
    const found = anchor(`${filler}${EDITED}`, original);
    expect(found?.method).toBe('fuzzy');
    expect(found?.start).toBeGreaterThan(filler.length);
  });

  test('passage removed → orphan', () => {
    expect(anchor(REMOVED, original)).toBeNull();
  });

  test('page emptied → orphan', () => {
    expect(anchor('', original)).toBeNull();
  });

  test.each([
    { name: 'first occurrence', occurrence: 0, context: 'Over de provincie' },
    { name: 'second occurrence', occurrence: 1, context: 'Over de gemeente' },
  ])('repeated quote, $name, found by prefix/suffix after positions moved', ({ occurrence, context }) => {
    const quote = 'Dit vraagt om heldere afspraken.';
    const selectors = selectorsFor(REPEATED, quote, occurrence);
    // Shift everything so the stored position points at nothing useful.
    const changed = `Inleiding van de redactie, net toegevoegd. ${REPEATED}`;
    const found = anchor(changed, selectors);
    expect(found?.method).toBe('quote');
    expect(changed.slice(found?.start, found?.end)).toBe(quote);
    const before = changed.slice(0, found?.start);
    expect(before.lastIndexOf(context)).toBeGreaterThan(
      before.lastIndexOf(occurrence === 0 ? 'Over de gemeente' : 'Over de provincie'),
    );
  });

  test('repeated quote without context prefers the occurrence nearest the old position', () => {
    const text = 'abc xyz abc xyz abc';
    const selectors: NoteSelectors = { quote: { exact: 'abc', prefix: '', suffix: '' }, position: { start: 15, end: 18 } };
    expect(anchor(`${text}!`, { ...selectors, position: { start: 15, end: 18 } })?.start).toBe(16);
  });

  test('suffix outweighs position when the text moved', () => {
    const text = 'Kies A. Kies B. Kies C.';
    const selectors: NoteSelectors = { quote: { exact: 'Kies', prefix: '', suffix: ' C.' }, position: { start: 0, end: 4 } };
    expect(anchor(`x${text}`, selectors)?.start).toBe(17);
  });

  test('a position that no longer holds the quote is not trusted', () => {
    const selectors: NoteSelectors = { quote: { exact: 'raad', prefix: '', suffix: '' }, position: { start: 0, end: 4 } };
    expect(anchor('de raad', selectors)).toEqual({ start: 3, end: 7, method: 'quote' });
  });

  test('short quotes get no fuzzy budget, so a changed word is an orphan, not a wrong match', () => {
    expect(fuzzyBudget(4)).toBe(0);
    expect(fuzzyBudget(7)).toBe(0);
    expect(anchor('de rand', { quote: { exact: 'raad', prefix: '', suffix: '' } })).toBeNull();
  });

  test('fuzzy budget grows with the quote, with no cap that would orphan long edited quotes', () => {
    expect(fuzzyBudget(40)).toBe(10);
    expect(fuzzyBudget(5000)).toBe(1250);
  });

  test('describeSpan keeps 32 characters of context', () => {
    const described = describeSpan(ORIGINAL, 200, 220);
    expect(described.quote.prefix).toBe(ORIGINAL.slice(168, 200));
    expect(described.quote.suffix).toBe(ORIGINAL.slice(220, 252));
    expect(described.position).toEqual({ start: 200, end: 220 });
  });
});
