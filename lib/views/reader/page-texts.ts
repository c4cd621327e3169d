/**
 * The text of each page, read once through pdf.js (in its worker) and kept:
 * find in document and recognition both read it, and the text layer's spans
 * are matched to it item by item.
 */
import { pageText, type PageText, type PdfTextSource } from '../../core/pdf/pdf-text';

export class PageTexts {
  private readonly pages = new Map<number, Promise<PageText>>();
  private readonly done = new Map<number, PageText>();

  constructor(private readonly doc: PdfTextSource) {}

  get count(): number {
    return this.doc.numPages;
  }

  /** A page's text (from 1), read on first use. */
  page(pageNumber: number): Promise<PageText> {
    let reading = this.pages.get(pageNumber);
    if (!reading) {
      reading = this.doc
        .getPage(pageNumber)
        .then((page) => page.getTextContent())
        .then(({ items }) => {
          const text = pageText(items);
          this.done.set(pageNumber, text);
          return text;
        });
      this.pages.set(pageNumber, reading);
    }
    return reading;
  }

  /** A page's text when it has been read already. */
  known(pageNumber: number): PageText | undefined {
    return this.done.get(pageNumber);
  }

  /** Every page's text, in order; `between` runs after each page, so the caller can yield to the browser. */
  async all(between?: () => Promise<void>): Promise<string[]> {
    const texts: string[] = [];
    for (let page = 1; page <= this.count; page++) {
      texts.push((await this.page(page)).text);
      if (between) await between();
    }
    return texts;
  }

  /** The same pages as a text source for `readDocumentText`, without reading any page twice. */
  asSource(): PdfTextSource {
    return {
      numPages: this.count,
      getPage: async (pageNumber) => {
        const text = await this.page(pageNumber);
        return { getTextContent: async () => ({ items: [{ str: text.text }] }) };
      },
    };
  }
}

/**
 * Resolves once the browser has painted what is drawn now, so background work starts after the first page is
 * on the screen; at most 100 ms, since a tab in the background paints nothing and must not wait for it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Gives the browser a turn (input, drawing) between pieces of background work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
