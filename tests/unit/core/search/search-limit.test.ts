/** SEARCH_MAX_LIMIT is the cap search applies, so views can say "only the N best are shown" honestly. */
import { describe, expect, test } from 'vitest';
import { createSearchIndex, SEARCH_MAX_LIMIT } from '../../../../lib/core/search';

interface Doc {
  id: string;
  text: string;
}

const docs: Doc[] = Array.from({ length: SEARCH_MAX_LIMIT + 50 }, (_, n) => ({ id: `d${n}`, text: `regio notitie ${n}` }));
const index = createSearchIndex(docs, { id: (doc) => doc.id, fields: [{ name: 'text', get: (doc) => doc.text }] });

describe('SEARCH_MAX_LIMIT', () => {
  test.each([
    { limit: SEARCH_MAX_LIMIT - 1, expected: SEARCH_MAX_LIMIT - 1 },
    { limit: SEARCH_MAX_LIMIT, expected: SEARCH_MAX_LIMIT },
    { limit: SEARCH_MAX_LIMIT + 1, expected: SEARCH_MAX_LIMIT },
    { limit: 10_000, expected: SEARCH_MAX_LIMIT },
  ])('a limit of $limit returns $expected hits when more match', ({ limit, expected }) => {
    expect(index.search('regio', { limit })).toHaveLength(expected);
  });
});
