/**
 * Reads a page snapshot once into what both the verdict and the ranking need:
 * per field (title, headings, description+keywords, address, body), the
 * lexicon concepts found with their counts, and the content stems with their
 * counts. The page's language picks the stemmer.
 *
 * Two fields hold what the page carries but is not about: `site`, the site's
 * name after the title's own part ("… | Gemeente Veenendaal"), and `chrome`,
 * the body's menu, footer, cookie and related-links lines (lib/core/text/boilerplate.ts).
 * They weigh little, so a footer link "Regionale samenwerking" on every page
 * of a municipality's site does not make each of those pages regional.
 */
import type { PageSnapshot } from '../page-snapshot';
import { analyse } from '../text/analyse';
import { splitBoilerplate, splitTitle } from '../text/boilerplate';
import { pageLanguage, type Language } from '../text/language';
import { words } from '../text/normalise';
import { contentTokens } from '../text/phrases';
import { conceptMatcher } from './concept-matcher';

export const FIELDS = ['title', 'headings', 'meta', 'url', 'site', 'body', 'chrome'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldTerms {
  /** Concept index (into LEXICON) → occurrences. */
  concepts: Map<number, number>;
  /** Content stem → occurrences (stems inside matched phrases included). */
  stems: Map<string, number>;
  /** Number of content tokens. */
  length: number;
}

export interface PageTerms {
  language: Language;
  fields: Record<Field, FieldTerms>;
  /** A readable word for each stem (the first form seen), for explaining suggestions. */
  surface: Map<string, string>;
}

/** The address's path and query words ("/regionale-samenwerking/raad" says something); the host does not. */
function addressText(page: PageSnapshot): string {
  const address = page.canonical ?? page.url;
  // A malformed address (possible only outside the schema) simply adds no words.
  if (!URL.canParse(address)) return '';
  const parsed = new URL(address);
  // Only web addresses speak for a page: a file's path on disk (or a urn:/about: stand-in) says
  // nothing about it, and evaluating saved pages must not read their file names as evidence.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  return safeDecode(`${parsed.pathname} ${parsed.search}`).replace(/\.(html?|php|aspx?)\b/g, ' ');
}

/** Percent-decoding that leaves a malformed escape ("%E0%A4%A") as it is instead of throwing. */
function safeDecode(text: string): string {
  return text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
    const bytes = run.match(/%[0-9a-f]{2}/gi) ?? [];
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(
      new Uint8Array(bytes.map((byte) => Number.parseInt(byte.slice(1), 16))),
    );
    return decoded.includes('\uFFFD') ? ' ' : decoded;
  });
}

function readField(text: string, language: Language, surface: Map<string, string>): FieldTerms {
  const content = contentTokens(analyse(text, language));
  const stems = new Map<string, number>();
  for (const token of content) {
    stems.set(token.stem, (stems.get(token.stem) ?? 0) + 1);
    if (!surface.has(token.stem)) surface.set(token.stem, token.word);
  }
  const concepts = new Map<number, number>();
  for (const found of conceptMatcher(language).match(content)) concepts.set(found.key, (concepts.get(found.key) ?? 0) + 1);
  return { concepts, stems, length: content.length };
}

export function readPage(page: PageSnapshot): PageTerms {
  const sample = words(`${page.title} ${page.text.slice(0, 4000)}`);
  const language = pageLanguage(page.lang, sample);
  const surface = new Map<string, string>();
  const meta = [page.description ?? '', page.keywords ?? ''].join('\n');
  const title = splitTitle(page.title);
  const body = splitBoilerplate(page.text);
  return {
    language,
    surface,
    fields: {
      title: readField(title.own, language, surface),
      headings: readField(page.headings.join('\n'), language, surface),
      meta: readField(meta, language, surface),
      url: readField(addressText(page), language, surface),
      site: readField(title.site, language, surface),
      body: readField(body.content, language, surface),
      chrome: readField(body.chrome, language, surface),
    },
  };
}
