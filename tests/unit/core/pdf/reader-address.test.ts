import { describe, expect, test } from 'vitest';
import { browserViewerUrl, isBrowserViewerUrl, readerAddress, readerPath } from '../../../../lib/core/pdf/reader-address';

describe('reader addresses', () => {
  test('a path to the reader carries the document address, and reads back the same', () => {
    const url = 'https://www.vng.nl/files/agenda 2026.pdf?x=1&y=2';
    const path = readerPath(url);
    expect(path.startsWith('/reader.html?url=')).toBe(true);
    expect(readerAddress(path.slice(path.indexOf('?')))).toEqual({
      kind: 'ok',
      url: 'https://www.vng.nl/files/agenda%202026.pdf?x=1&y=2',
      host: 'www.vng.nl',
      local: false,
    });
  });

  test.each([
    ['', { kind: 'missing' }],
    ['?url=', { kind: 'missing' }],
    ['?url=niet%20een%20adres', { kind: 'bad', text: 'niet een adres' }],
    ['?url=javascript%3Aalert(1)', { kind: 'bad', text: 'javascript:alert(1)' }],
    ['?url=file%3A%2F%2F%2Ftmp%2Fa.pdf', { kind: 'ok', url: 'file:///tmp/a.pdf', host: '', local: true }],
  ])('%s', (search, expected) => {
    expect(readerAddress(search)).toEqual(expected);
  });

  test("the browser's viewer address is marked, and the mark is recognised", () => {
    const marked = browserViewerUrl('https://www.vng.nl/a.pdf#page=3');
    expect(marked).toBe('https://www.vng.nl/a.pdf#regiolens=browser');
    expect(isBrowserViewerUrl(marked)).toBe(true);
    expect(isBrowserViewerUrl('https://www.vng.nl/a.pdf')).toBe(false);
  });
});
