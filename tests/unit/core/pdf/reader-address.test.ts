import { describe, expect, test } from 'vitest';
import {
  browserViewerUrl,
  documentForReader,
  isBrowserViewerUrl,
  isPdfAddress,
  readerAddress,
  readerPath,
} from '../../../../lib/core/pdf/reader-address';

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

  test('a PDF address is told by its path, whatever the query or case', () => {
    expect(isPdfAddress('https://www.vng.nl/a.pdf')).toBe(true);
    expect(isPdfAddress('https://www.vng.nl/A.PDF?download=1#page=2')).toBe(true);
    expect(isPdfAddress('file:///home/a/nota.pdf')).toBe(true);
    expect(isPdfAddress('https://www.vng.nl/download?file=a.pdf')).toBe(false);
    expect(isPdfAddress('https://www.vng.nl/pdf')).toBe(false);
    expect(isPdfAddress('geen adres.pdf')).toBe(false);
  });

  test('the document for the reader: http(s) and local files, without the browser-viewer mark', () => {
    expect(documentForReader('https://www.vng.nl/a.pdf#regiolens=browser')).toBe('https://www.vng.nl/a.pdf');
    expect(documentForReader('https://www.vng.nl/a.pdf#page=4')).toBe('https://www.vng.nl/a.pdf#page=4');
    expect(documentForReader('file:///tmp/a.pdf')).toBe('file:///tmp/a.pdf');
    for (const refused of ['chrome://settings/', 'javascript:alert(1)', 'data:application/pdf,x', 'geen adres'])
      expect(documentForReader(refused)).toBeNull();
  });
});
