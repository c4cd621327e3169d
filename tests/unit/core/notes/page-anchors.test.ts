import { describe, expect, test } from 'vitest';
import { createNote } from '../../../../lib/core/notes/create';
import { MAX_HIGHLIGHTS } from '../../../../lib/core/notes/limits';
import { anchorsOf } from '../../../../lib/core/notes/page-anchors';

const quote = { exact: 'gemeenschappelijke regeling', prefix: 'een ', suffix: '.' };

describe('anchorsOf', () => {
  test('only notes with a passage are anchored, with their id and selectors', () => {
    const plain = createNote({ url: 'https://www.vng.nl/a', title: 'A', body: 'een' });
    const quoted = createNote({ url: 'https://www.vng.nl/a', title: 'A', body: 'twee', selectors: { quote } });
    expect(anchorsOf([plain, quoted])).toEqual([{ id: quoted.id, selectors: quoted.selectors }]);
  });

  test('never more than the content script accepts', () => {
    const one = createNote({ url: 'https://www.vng.nl/a', title: 'A', body: '', selectors: { quote } });
    const many = Array.from({ length: MAX_HIGHLIGHTS + 5 }, () => one);
    expect(anchorsOf(many)).toHaveLength(MAX_HIGHLIGHTS);
  });
});
