/**
 * The document's pages, one box each, drawn only when they come near the
 * screen (and dropped again far from it), so the first page shows at once and
 * a 1,000-page document costs no more than the pages in view. Imperative DOM
 * code around pdf.js; the Preact view owns the container and calls it.
 */
import { itemsInRange, type TextMatch } from '../../core/pdf/find-matches';
import { pageSize, renderPage, type PdfDocument, type RenderedPage } from './pdf-engine';
import type { PageTexts } from './page-texts';
import { markMilestone } from './reader-marks';

/** Pages farther than this from the screen are not drawn (in screen heights). */
const NEAR = '150% 0px';

export interface PageStackOptions {
  doc: PdfDocument;
  texts: PageTexts;
  container: HTMLElement;
  zoom: number;
  /** Labels a page box for assistive technology, e.g. "Pagina 3". */
  pageLabel: (page: number) => string;
  onPageChange: (page: number) => void;
  /** Called each time a page's text layer is drawn (again), so note highlights can be laid on it. */
  onDrawn?: (page: number, rendered: RenderedPage) => void;
}

export class PageStack {
  private boxes: HTMLElement[] = [];
  private rendered = new Map<number, Promise<RenderedPage | null>>();
  private observer: IntersectionObserver | null = null;
  private zoom: number;
  private hit: TextMatch | null = null;
  private current = 1;
  /** Grows with every layout (a zoom change), so a drawing begun before it is not used after it. */
  private generation = 0;
  private readonly onScroll = () => this.trackCurrentPage();

  constructor(private readonly options: PageStackOptions) {
    this.zoom = options.zoom;
    globalThis.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /**
   * Lays out a box per page, sized like page 1 until each is drawn, and draws the current page before any
   * other: the pages near it start only when it is on the screen, so they do not compete for pdf.js's worker
   * and the main thread while the reader waits for its first page.
   */
  async layout(): Promise<void> {
    const { doc, container } = this.options;
    this.generation++;
    this.observer?.disconnect();
    for (const drawing of this.rendered.values()) void drawing.then((page) => page?.cancel());
    this.rendered.clear();
    const first = pageSize(await doc.getPage(1), this.zoom);
    this.boxes = Array.from({ length: doc.numPages }, (_, i) => {
      const box = document.createElement('div');
      box.className = 'pdf-page';
      box.id = `page-${i + 1}`;
      box.dataset.page = String(i + 1);
      box.style.width = `${first.width}px`;
      box.style.height = `${first.height}px`;
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = this.options.pageLabel(i + 1);
      box.append(label);
      return box;
    });
    container.replaceChildren(...this.boxes);
    // After a zoom change the current page is drawn where it now stands, and the screen goes there first.
    if (this.current > 1) this.boxes[this.current - 1]?.scrollIntoView({ block: 'start' });
    const generation = this.generation;
    await this.draw(this.current);
    if (generation !== this.generation) return;
    this.observer = new IntersectionObserver((entries) => this.onVisibility(entries), { rootMargin: NEAR });
    for (const box of this.boxes) this.observer.observe(box);
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const page = Number((entry.target as HTMLElement).dataset.page);
      if (entry.isIntersecting) void this.draw(page);
      else this.undraw(page);
    }
  }

  /** Draws a page (once); resolves with its text layer, or null when it was dropped or failed. */
  private draw(pageNumber: number): Promise<RenderedPage | null> {
    const existing = this.rendered.get(pageNumber);
    if (existing) return existing;
    const box = this.boxes[pageNumber - 1];
    if (!box) return Promise.resolve(null);
    const generation = this.generation;
    const drawing = (async () => {
      const page = await this.options.doc.getPage(pageNumber);
      const size = pageSize(page, this.zoom);
      box.style.width = `${size.width}px`;
      box.style.height = `${size.height}px`;
      const label = box.firstElementChild;
      const layer = document.createElement('div');
      layer.className = 'pdf-page__layers';
      box.replaceChildren(...(label ? [label] : []), layer);
      const result = await renderPage(page, layer, this.zoom);
      if (this.generation !== generation || !this.rendered.has(pageNumber)) return null;
      if (pageNumber === 1) markMilestone('first-page');
      this.markHit(pageNumber, result);
      this.options.onDrawn?.(pageNumber, result);
      return result;
    })().catch((error: unknown) => {
      // A cancelled drawing (the page scrolled away, the zoom changed) is not a failure.
      if (!(error instanceof Error && error.name === 'RenderingCancelledException'))
        console.warn(`Regiolens: page ${pageNumber} could not be drawn`, error);
      return null;
    });
    this.rendered.set(pageNumber, drawing);
    return drawing;
  }

  private undraw(pageNumber: number): void {
    const drawing = this.rendered.get(pageNumber);
    if (!drawing) return;
    this.rendered.delete(pageNumber);
    void drawing.then((page) => page?.cancel());
    const box = this.boxes[pageNumber - 1];
    const label = box?.firstElementChild;
    box?.replaceChildren(...(label ? [label] : []));
  }

  /** A page's text layer: drawn now when it is not (scrolling there is the caller's choice); null when it cannot be. */
  pageLayer(pageNumber: number): Promise<RenderedPage | null> {
    return this.draw(pageNumber);
  }

  /** The pages drawn at the moment, with their text layers. */
  async drawnPages(): Promise<Map<number, RenderedPage>> {
    const pages = new Map<number, RenderedPage>();
    for (const [number, drawing] of this.rendered) {
      const page = await drawing;
      if (page) pages.set(number, page);
    }
    return pages;
  }

  async setZoom(zoom: number): Promise<void> {
    const page = this.current;
    this.zoom = zoom;
    await this.layout();
    this.scrollToPage(page);
  }

  scrollToPage(pageNumber: number): void {
    const box = this.boxes[Math.min(Math.max(pageNumber, 1), this.boxes.length) - 1];
    box?.scrollIntoView({ block: 'start' });
    this.setCurrent(Number(box?.dataset.page ?? 1));
  }

  /** Shows a find match: its page scrolled into view and its words marked. */
  async showMatch(match: TextMatch | null): Promise<void> {
    const previous = this.hit;
    this.hit = match;
    if (previous) void this.rendered.get(previous.page)?.then((page) => page && this.markHit(previous.page, page));
    if (!match) return;
    this.scrollToPage(match.page);
    const page = await this.draw(match.page);
    if (page) this.markHit(match.page, page)?.scrollIntoView({ block: 'center' });
  }

  /** Marks the current match's spans on a drawn page; returns the first marked span. */
  private markHit(pageNumber: number, page: RenderedPage): HTMLElement | undefined {
    for (const div of page.textDivs) div.classList.remove('find-hit');
    if (this.hit?.page !== pageNumber) return undefined;
    const text = this.options.texts.known(pageNumber);
    if (!text) return undefined;
    const items = itemsInRange(text.itemStarts, text.text.length, this.hit.start, this.hit.end);
    const divs = items.map((i) => page.textDivs[i]).filter((div): div is HTMLElement => div !== undefined);
    for (const div of divs) div.classList.add('find-hit');
    return divs[0];
  }

  /** The page at the top of the screen, found by bisection (the boxes stand in page order). */
  private trackCurrentPage(): void {
    let low = 0;
    let high = this.boxes.length - 1;
    const line = 80;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.boxes[middle]?.getBoundingClientRect().top ?? 0) <= line) low = middle;
      else high = middle - 1;
    }
    this.setCurrent(low + 1);
  }

  private setCurrent(page: number): void {
    if (page === this.current) return;
    this.current = page;
    this.options.onPageChange(page);
  }

  destroy(): void {
    this.generation++;
    globalThis.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    for (const drawing of this.rendered.values()) void drawing.then((page) => page?.cancel());
    this.rendered.clear();
  }
}
