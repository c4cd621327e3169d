/** Finding the index material that names a place (the background's `search/by-place`). */
import { expect, test } from 'vitest';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { entriesNaming } from '../../../../lib/core/places/place-material';

const entry = (id: string, title: string, keywords: string[] = []): IndexEntry => ({
  id,
  title,
  kind: 'artikel',
  themes: ['ws-samenwerking'],
  keywords,
  summary: 'Samenvatting.',
});

test('material names a place as whole words, without CBS hints or the Regio Deal prefix', () => {
  const entries = [
    entry('a', 'Bestuur in Bergen'),
    entry('b', 'Edense plannen'),
    entry('c', 'Over Ede', ['Regio Deal']),
    entry('d', 'Twente investeert'),
  ];
  expect(entriesNaming(entries, 'Bergen (NH.)').map((found) => found.id)).toEqual(['a']);
  expect(entriesNaming(entries, 'Ede').map((found) => found.id)).toEqual(['c']);
  expect(entriesNaming(entries, 'Regio Deal Twente').map((found) => found.id)).toEqual(['d']);
});
