import { describe, expect, test } from 'vitest';
import { fileNameOf, pdfSnapshot } from '../../../../lib/core/pdf/pdf-snapshot';

const TEXT = { text: 'Tekst', pageCount: 1, pagesRead: 1, truncated: false, empty: false };

describe('pdfSnapshot', () => {
  test("the document's own title and outline titles as title and headings", () => {
    expect(
      pdfSnapshot({ url: 'https://www.vng.nl/a.pdf', title: ' Agenda ', outlineTitles: ['Inleiding', ' '], lang: 'nl-NL' }, TEXT),
    ).toEqual({
      url: 'https://www.vng.nl/a.pdf',
      title: 'Agenda',
      headings: ['Inleiding'],
      text: 'Tekst',
      truncated: false,
      lang: 'nl-NL',
    });
  });

  test('without a title of its own, the file name', () => {
    expect(pdfSnapshot({ url: 'https://www.vng.nl/docs/regio%20deal.pdf' }, TEXT).title).toBe('regio deal.pdf');
    expect(fileNameOf('https://www.vng.nl/')).toBe('https://www.vng.nl/');
  });
});
