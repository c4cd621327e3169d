import { describe, expect, test } from 'vitest';
import { applyChanges, createNote, normaliseTags } from '../../../../lib/core/notes/create';
import { NotesError } from '../../../../lib/core/notes/errors';

const now = new Date('2026-11-26T12:00:00.000Z');
const id = '0b6c1f4e-6a5b-4c1e-9c54-1d2f6b3a9e99';

describe('createNote', () => {
  test('fills in id, times, revision and a normalised address', () => {
    const note = createNote(
      { url: 'https://Example.nl/p?utm_source=x#y', title: ' Titel ', body: 'tekst', tags: [' a ', 'A', 'b  c'] },
      { now, id },
    );
    expect(note).toEqual({
      id,
      url: 'https://example.nl/p',
      title: 'Titel',
      body: 'tekst',
      tags: ['a', 'b c'],
      links: [],
      created: now.toISOString(),
      modified: now.toISOString(),
      revision: 1,
    });
  });

  test('makes a random UUID when none is given', () => {
    expect(createNote({ url: 'https://example.nl/', title: '', body: '' }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test.each([
    ['chrome://settings'],
    ['about:blank'],
    ['https://chromewebstore.google.com/x'.replace('https:', 'chrome-extension:')],
  ])('refuses a note on %s', (url) => {
    expect(() => createNote({ url, title: '', body: '' })).toThrow(NotesError);
  });

  test('refuses a body beyond the limit', () => {
    expect(() => createNote({ url: 'https://example.nl/', title: '', body: 'x'.repeat(100_001) })).toThrow(/body/);
  });
});

describe('applyChanges', () => {
  const note = createNote(
    { url: 'https://example.nl/', title: 't', body: 'b', selectors: { quote: { exact: 'q', prefix: '', suffix: '' } } },
    { now, id },
  );

  test('bumps revision and modified, keeps created', () => {
    const later = new Date('2026-11-27T00:00:00.000Z');
    const next = applyChanges(note, { body: 'nieuw', tags: ['x'] }, later);
    expect(next).toMatchObject({ body: 'nieuw', tags: ['x'], revision: 2, created: note.created, modified: later.toISOString() });
  });

  test('null selectors make a page note', () => {
    expect(applyChanges(note, { selectors: null }).selectors).toBeUndefined();
  });
});

test('normaliseTags drops empties and case duplicates', () => {
  expect(normaliseTags(['', '  ', 'Raad', 'raad', 'Regio'])).toEqual(['Raad', 'Regio']);
});
