import { describe, expect, test } from 'vitest';
import { createNote } from '../../../../lib/core/notes/create';
import { facetsOf, matchesFilter, NO_FILTER, parseTags, sortNotes } from '../../../../lib/views/sidepanel/notes-list';

const at = (iso: string) => ({ now: new Date(iso) });
const a = createNote(
  { url: 'https://www.vng.nl/a', title: 'A', body: 'een', tags: ['Wgr', 'raad'], links: ['ws-democratie'] },
  at('2024-01-01T10:00:00Z'),
);
const b = createNote(
  {
    url: 'https://example.org/b',
    title: 'B',
    body: 'twee',
    tags: ['wgr'],
    selectors: { quote: { exact: 'x y', prefix: '', suffix: '' } },
    places: [
      { id: 'VR05', name: 'Twente', kind: 'veiligheidsregio' },
      { id: 'CR12', name: 'Twente', kind: 'corop' },
      { id: 'GM0153', name: 'Enschede', kind: 'gemeente' },
    ],
  },
  at('2024-03-01T10:00:00Z'),
);
const c = createNote({ url: 'file:///tmp/c.html', title: 'C', body: 'drie' }, at('2024-02-01T10:00:00Z'));

describe('notes list helpers', () => {
  test.each([
    ['beleid, Wgr ,  raad', ['beleid', 'Wgr', 'raad']],
    [' , ,', []],
    ['één', ['één']],
  ])('parseTags(%j)', (input, expected) => expect(parseTags(input)).toEqual(expected));

  test.each([
    [NO_FILTER, ['a', 'b', 'c']],
    [{ ...NO_FILTER, tag: 'WGR' }, ['a', 'b']],
    [{ ...NO_FILTER, site: 'www.vng.nl' }, ['a']],
    [{ ...NO_FILTER, link: 'ws-democratie' }, ['a']],
    [{ ...NO_FILTER, place: 'regio:twente' }, ['b']],
    [{ ...NO_FILTER, place: 'gemeente:utrecht' }, []],
    [{ tag: 'raad', site: 'example.org', link: '', place: '' }, []],
  ])('filter %j', (filter, expected) => {
    const names = { [a.id]: 'a', [b.id]: 'b', [c.id]: 'c' };
    expect([a, b, c].filter((note) => matchesFilter(note, filter)).map((note) => names[note.id])).toEqual(expected);
  });

  test('sorts by modification time both ways', () => {
    expect(sortNotes([a, b, c], 'newest').map((note) => note.title)).toEqual(['B', 'C', 'A']);
    expect(sortNotes([a, b, c], 'oldest').map((note) => note.title)).toEqual(['A', 'C', 'B']);
  });

  test('facets list each tag (ignoring case), site, link and place once (a region of several kinds once)', () => {
    expect(facetsOf([a, b, c])).toEqual({
      tags: ['raad', 'Wgr'],
      sites: ['example.org', 'www.vng.nl'],
      links: ['ws-democratie'],
      places: [
        { key: 'gemeente:enschede', name: 'Enschede', kind: 'gemeente' },
        { key: 'regio:twente', name: 'Twente', kind: 'corop' },
      ],
    });
  });

  test('a note keeps each place of its page once, and no more than the limit', () => {
    const many = Array.from({ length: 80 }, (_, index) => ({
      id: `GM${String(1000 + index)}`,
      name: `Plaats ${index}`,
      kind: 'gemeente' as const,
    }));
    const note = createNote({ url: 'https://www.vng.nl/x', title: 'X', body: '', places: [...many, ...many] });
    expect(note.places).toHaveLength(60);
    expect(new Set(note.places?.map((place) => place.id)).size).toBe(60);
  });
});
