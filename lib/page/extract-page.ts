/**
 * Reads what a page is about into a PageSnapshot, in the content script, on the
 * page's main thread. It must stay fast and small:
 * - one walk (walk.ts) over the main content (main, [role=main] or article, else
 *   body) that rejects whole subtrees of chrome and hidden parts (skip.ts);
 * - textContent of text nodes only: never innerText or computed styles, which
 *   force layout on large pages;
 * - it stops collecting at the text bound and says so (`truncated`);
 * - it imports nothing heavy (no stemmer, stop words or valibot): the content
 *   script bundle has a 10 kB budget.
 * Everything it returns is plain text; markup in titles stays literal text.
 */
import type { PageSnapshot } from '../core/page-snapshot';
import { BLOCKS, isSkipped } from './skip';
import { walkText } from './walk';
import { MAX_HEADING, MAX_HEADINGS, MAX_LANG, MAX_META, MAX_TEXT, MAX_TITLE, MAX_URL } from '../core/page-limits';

/** What extractPage needs of `location`: only the address. */
export interface PageLocation {
  href: string;
}

export interface ExtractOptions {
  /** Text bound (characters); defaults to MAX_TEXT (lib/core/page-limits.ts). */
  maxText?: number;
}

/** Collapses white space and cuts at `max` characters (never inside a surrogate pair). */
function clean(text: string | null | undefined, max: number): string {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return cut(collapsed, max);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** The element the reading text lives in. */
function contentRoot(doc: Document): { root: Element | null; insideContent: boolean } {
  const main = doc.querySelector('main, [role="main"]');
  if (main && !isSkipped(main, true)) return { root: main, insideContent: true };
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0]) return { root: articles[0], insideContent: true };
  return { root: doc.body ?? doc.documentElement, insideContent: false };
}

function metaContent(doc: Document, names: readonly string[]): string | undefined {
  const metas = doc.getElementsByTagName('meta');
  for (const wanted of names) {
    for (let i = 0; i < metas.length; i++) {
      const meta = metas[i];
      if (!meta) continue;
      const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
      if (name === wanted) {
        const content = clean(meta.getAttribute('content'), MAX_META);
        if (content) return content;
      }
    }
  }
  return undefined;
}

function canonicalAddress(doc: Document, base: string): string | undefined {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const rel = link?.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = link?.getAttribute('href');
    if (!rel.includes('canonical') || !href) continue;
    if (!URL.canParse(href.trim(), base)) return undefined;
    const resolved = new URL(href.trim(), base);
    if ((resolved.protocol === 'https:' || resolved.protocol === 'http:') && resolved.href.length <= MAX_URL)
      return resolved.href;
    return undefined;
  }
  return undefined;
}

/** Visible text of an element (for headings and the title fallback): text nodes only, hidden parts left out. */
function plainText(element: Element, max: number): string {
  let text = '';
  walkText(element, {
    skip: (child) => isSkipped(child, true),
    text: (value) => {
      text += value;
      return text.length <= max;
    },
  });
  return clean(text, max);
}

function collectHeadings(root: Element): string[] {
  const headings: string[] = [];
  const found = root.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < MAX_HEADINGS; i++) {
    const heading = found[i];
    if (!heading || heading.closest('nav, footer, aside, [hidden], [aria-hidden="true"]')) continue;
    const text = plainText(heading, MAX_HEADING);
    if (text) headings.push(text);
  }
  return headings;
}

/** The reading text under `root`, bounded; `truncated` when there was more. */
function collectText(root: Element, insideContent: boolean, maxText: number): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let pendingBreak = false;
  let pendingSpace = false;
  walkText(root, {
    skip: (element) => isSkipped(element, insideContent),
    element: (element) => {
      if (BLOCKS.has(element.tagName.toUpperCase())) pendingBreak = true;
    },
    text: (value) => {
      if (!/\S/.test(value)) {
        // White space between inline elements still separates words: "<b>regio</b> <i>deal</i>".
        if (value) pendingSpace = true;
        return true;
      }
      let piece = value.replace(/\s+/g, ' ');
      const leadingSpace = piece.startsWith(' ');
      piece = piece.trimStart();
      if (length > 0) {
        if (pendingBreak) piece = `\n${piece}`;
        else if ((pendingSpace || leadingSpace) && !parts[parts.length - 1]?.endsWith(' ')) piece = ` ${piece}`;
      }
      pendingSpace = false;
      pendingBreak = false;
      if (length + piece.length > maxText) {
        parts.push(cut(piece, maxText - length));
        truncated = true;
        return false;
      }
      parts.push(piece);
      length += piece.length;
      return true;
    },
  });
  const text = parts
    .join('')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  return { text: cut(text, maxText), truncated };
}

/** Reads the page. Both arguments default to the current page; tests and the CLI pass their own. */
export function extractPage(
  doc: Document = globalThis.document,
  location: PageLocation = globalThis.location,
  options: ExtractOptions = {},
): PageSnapshot {
  const maxText = options.maxText ?? MAX_TEXT;
  const url = location.href.length <= MAX_URL ? location.href : location.href.slice(0, MAX_URL);
  const { root, insideContent } = contentRoot(doc);
  const headings = root ? collectHeadings(root) : [];
  const firstHeading = root?.querySelector('h1');
  let title = clean(doc.title, MAX_TITLE);
  if (!title && firstHeading) title = plainText(firstHeading, MAX_TITLE);
  const { text, truncated } = root ? collectText(root, insideContent, maxText) : { text: '', truncated: false };
  const lang = clean(doc.documentElement?.getAttribute('lang'), MAX_LANG);
  const description = metaContent(doc, ['description', 'og:description', 'twitter:description', 'dcterms.description']);
  const keywords = metaContent(doc, ['keywords', 'dcterms.subject']);
  const canonical = canonicalAddress(doc, location.href);

  const snapshot: PageSnapshot = { url, title, headings, text, truncated };
  if (canonical) snapshot.canonical = canonical;
  if (lang) snapshot.lang = lang;
  if (description) snapshot.description = description;
  if (keywords) snapshot.keywords = keywords;
  return snapshot;
}
