import { describe, expect, test } from 'vitest';
import { pageText, readDocumentText, type PdfTextSource } from '../../../../lib/core/pdf/pdf-text';

function source(pages: string[][]): PdfTextSource {
  return {
    numPages: pages.length,
    getPage: async (n) => ({
      getTextContent: async () => ({
        items: (pages[n - 1] ?? []).flatMap((line) => [{ str: line, hasEOL: true }, { type: 'endMarkedContent' }]),
      }),
    }),
  };
}

describe('pageText', () => {
  test('joins items, breaking lines where an item ends one, and skips marked-content items', () => {
    const { text, itemStarts } = pageText([
      { str: 'Regionale' },
      { str: ' samenwerking', hasEOL: true },
      { type: 'x' },
      { str: 'Twente' },
    ]);
    expect(text).toBe('Regionale samenwerking\nTwente');
    expect(itemStarts).toEqual([0, 9, 23]);
  });
});

describe('readDocumentText', () => {
  test('reads every page of a short document', async () => {
    const read = await readDocumentText(source([['Eerste pagina'], ['Tweede pagina']]));
    expect(read).toEqual({ text: 'Eerste pagina\n\nTweede pagina', pageCount: 2, pagesRead: 2, truncated: false, empty: false });
  });

  test('stops at the page bound and says so', async () => {
    const pages = Array.from({ length: 1000 }, (_, i) => [`Pagina ${i + 1}`]);
    const between: number[] = [];
    const read = await readDocumentText(source(pages), { maxPages: 10, between: async (n) => void between.push(n) });
    expect(read.pagesRead).toBe(10);
    expect(read.pageCount).toBe(1000);
    expect(read.truncated).toBe(true);
    expect(between).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('stops at the character bound and says so', async () => {
    const read = await readDocumentText(source([['a'.repeat(30)], ['b'.repeat(30)]]), { maxChars: 40 });
    expect(read.text.length).toBe(40);
    expect(read.truncated).toBe(true);
  });

  test('a document without any text is empty, not a text', async () => {
    const read = await readDocumentText(source([[], ['   ']]));
    expect(read.empty).toBe(true);
    expect(read.truncated).toBe(false);
  });
});
