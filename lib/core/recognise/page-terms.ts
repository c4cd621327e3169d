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
import { analyseWithSpans, type SpannedToken } from '../text/analyse';
import { splitBoilerplate, splitTitle } from '../text/boilerplate';
import { pageLanguage, type Language } from '../text/language';
import { words } from '../text/normalise';
import { contentTokens } from '../text/phrases';
import { conceptMatcher } from './concept-matcher';
import { hitCounts, namesAGovernment } from './cooperation';
import { isNegated, sentenceOf } from './negation';
import { leadEnd } from './lead';
import { matchWordPhrases } from './word-phrases';

export const FIELDS = ['title', 'headings', 'meta', 'url', 'site', 'body', 'chrome'] as const;
export type Field = (typeof FIELDS)[number];

/** One occurrence of a lexicon concept, as it stands on the page. */
export interface ConceptHit {
  /** Index into LEXICON. */
  key: number;
  /** The words as the page writes them ("Gemeenschappelijke Regeling", "GR"). */
  surface: string;
  /** Offsets of those words in the field's text. */
  start: number;
  end: number;
  /** Which sentence (or line) of the field it stands in. */
  sentence: number;
  /** Said not to apply ("... speelt hierbij geen rol", "geen gemeenschappelijke regeling"). */
  negated: boolean;
}

export interface FieldTerms {
  /** Concept index (into LEXICON) → occurrences that count (not negated). */
  concepts: Map<number, number>;
  /** Every occurrence, negated ones included, in text order. */
  hits: ConceptHit[];
  /** Content stem → occurrences (stems inside matched phrases included). */
  stems: Map<string, number>;
  /** Number of content tokens. */
  length: number;
}

export interface PageTerms {
  language: Language;
  fields: Record<Field, FieldTerms>;
  /** The text each field was read from: reasons quote it. */
  texts: Record<Field, string>;
  /** A readable word for each stem (the first form seen), for explaining suggestions. */
  surface: Map<string, string>;
  /** The number of the body's first sentence after its lead (lead.ts). */
  leadEnd: number;
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
  const tokens = analyseWithSpans(text, language);
  const content = contentTokens(tokens) as SpannedToken[];
  const stems = new Map<string, number>();
  for (const token of content) {
    stems.set(token.stem, (stems.get(token.stem) ?? 0) + 1);
    if (!surface.has(token.stem)) surface.set(token.stem, token.word);
  }
  const hits: ConceptHit[] = [];
  const sentence = sentenceOf(text);
  const hitOf = (key: number, first: SpannedToken, last: SpannedToken): ConceptHit => ({
    key,
    surface: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    sentence: sentence(first.start),
    negated: isNegated(text, tokens, first.position, last.position),
  });
  for (const found of conceptMatcher(language).match(content)) {
    const first = content[found.start];
    const last = content[found.start + found.length - 1];
    if (first && last) hits.push(hitOf(found.key, first, last));
  }
  // Fixed expressions ("om tafel") are read where no pattern matched already.
  for (const found of matchWordPhrases(tokens)) {
    const first = tokens[found.first];
    const last = tokens[found.last];
    if (!first || !last || hits.some((hit) => hit.start < last.end && first.start < hit.end)) continue;
    hits.push(hitOf(found.key, first, last));
  }
  hits.sort((a, b) => a.start - b.start);
  // What counts is decided per page, once every field is read (readPage).
  return { concepts: new Map(), hits, stems, length: content.length };
}

export function readPage(page: PageSnapshot): PageTerms {
  const sample = words(`${page.title} ${page.text.slice(0, 4000)}`);
  const language = pageLanguage(page.lang, sample);
  const surface = new Map<string, string>();
  const meta = [page.description ?? '', page.keywords ?? ''].join('\n');
  const title = splitTitle(page.title);
  const body = splitBoilerplate(page.text);
  const texts: Record<Field, string> = {
    title: title.own,
    headings: page.headings.join('\n'),
    meta,
    url: addressText(page),
    site: title.site,
    body: body.content,
    chrome: body.chrome,
  };
  const fields = Object.fromEntries(FIELDS.map((field) => [field, readField(texts[field], language, surface)])) as Record<
    Field,
    FieldTerms
  >;
  const terms = { language, surface, fields, texts, leadEnd: leadEnd(texts.body) };
  countWhatCounts(terms);
  return terms;
}

/** Occurrences count as evidence only where their concept's requirement is met (see cooperation.ts). */
function countWhatCounts(terms: PageTerms): void {
  const government = namesAGovernment(terms);
  for (const field of FIELDS) {
    const { hits } = terms.fields[field];
    const concepts = new Map<number, number>();
    for (const hit of hits) if (hitCounts(hit, government)) concepts.set(hit.key, (concepts.get(hit.key) ?? 0) + 1);
    terms.fields[field].concepts = concepts;
  }
}
