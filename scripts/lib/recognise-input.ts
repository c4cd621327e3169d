/**
 * Inputs of the command-line recogniser and the evaluation, turned into the
 * same PageSnapshot the content script produces: .html files are parsed with
 * linkedom and read by the extension's own extractPage; .txt files and JSON
 * lines become snapshots directly. Errors are thrown as InputError with the
 * input's id, so one bad input never stops the others.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { extractPage } from '../../lib/page/extract-page';
import { isChromeLine } from '../../lib/core/text/boilerplate';
import { IndexFileSchema, type IndexEntry } from '../../lib/core/index/schema';
import { MAX_PAGE_TEXT, type PageSnapshot } from '../../lib/core/page-snapshot';

export const DEFAULT_INDEX = 'public/regiolens-index.json';

export class InputError extends Error {
  constructor(
    readonly id: string | null,
    message: string,
  ) {
    super(message);
  }
}

export interface PageInput {
  id: string;
  page: PageSnapshot;
}

/** Reads and validates an index file; throws with a readable message. */
export function loadIndex(path: string): IndexEntry[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = v.safeParse(IndexFileSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(
      `${path} is not a valid Regiolens index: ${issue ? `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` : 'invalid'}`,
    );
  }
  return result.output.entries;
}

/** The default index when it exists (no suggestions otherwise, with a warning). */
export function loadDefaultIndex(): { entries: IndexEntry[]; warning?: string } {
  if (!existsSync(DEFAULT_INDEX))
    return { entries: [], warning: `${DEFAULT_INDEX} not found: no suggestions (pass --index FILE)` };
  return { entries: loadIndex(DEFAULT_INDEX) };
}

export function snapshotFromHtml(html: string, url: string): PageSnapshot {
  const { document } = parseHTML(html);
  return extractPage(document, { href: url });
}

/** A site's name is a few words at most ("Omroep Zeeland", "Binnenlands Bestuur"). */
const MAX_SITE_NAME_WORDS = 6;
/** A headline: a line of a few words up to a long sentence, not ending as prose does. */
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 30;
/** The headline follows the site's furniture closely; further down, lines are the article's. */
const HEADLINE_WINDOW = 6;
/** Breadcrumbs and section labels ("Nieuws > Politiek", "Home / Verkeer") are no headline. */
const CRUMB = /\s[>/›»|·]\s/;

function isHeadline(line: string, url: string): boolean {
  const count = line.split(/\s+/).length;
  return (
    count >= MIN_HEADLINE_WORDS &&
    count <= MAX_HEADLINE_WORDS &&
    !/[.;:]$/.test(line) &&
    !/^[-•*]\s/.test(line) &&
    !CRUMB.test(line) &&
    !isChromeLine(line) &&
    !isSiteName(line, url)
  );
}

/** The host's distinctive part, letters and digits only: "www.omroepzeeland.nl" → "omroepzeeland". */
function hostName(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  const labels = parsed.hostname.replace(/^www\./, '').split('.');
  return (labels.length > 1 ? labels.slice(0, -1).join('') : (labels[0] ?? '')).replace(/[^a-z0-9]/g, '');
}

/** True when a short line is the site's own name, as a page copied from a news site starts ("Omroep Zeeland"). */
function isSiteName(line: string, url: string): boolean {
  const host = hostName(url);
  const letters = line.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (host.length < 3 || letters.length < 3 || line.split(/\s+/).length > MAX_SITE_NAME_WORDS) return false;
  return letters.includes(host) || host.includes(letters);
}

/**
 * The title of a plain-text page: its first line when short enough to be one. A
 * page copied from a site often starts with the site's name, then the menu, then
 * the headline; then the headline is the title and the name the site's part of
 * it ("Headline | Omroep Zeeland"), as in an HTML title, so the name weighs as
 * the site and the headline as the title.
 */
function textTitle(lines: readonly string[], url: string): string {
  const filled = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  const first = filled[0] ?? '';
  if (first.length > 200) return '';
  if (!isSiteName(first, url)) return first;
  const headline = filled.slice(1, 1 + HEADLINE_WINDOW).find((line) => isHeadline(line, url));
  return headline ? `${headline} | ${first}` : first;
}

/**
 * Plain text; the first non-empty line is taken as the title when it is short
 * enough to be one (after a leading site name, the headline; see textTitle).
 */
export function snapshotFromText(text: string, url: string, title?: string): PageSnapshot {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const bounded = text.length > MAX_PAGE_TEXT ? text.slice(0, MAX_PAGE_TEXT) : text;
  return {
    url,
    title: (title ?? textTitle(lines, url)).slice(0, 1000),
    headings: [],
    text: bounded.trim(),
    truncated: text.length > MAX_PAGE_TEXT,
  };
}

const HTTP_LINE = /^https?:\/\/\S+$/;

export function snapshotFromFile(path: string): PageSnapshot {
  if (!existsSync(path)) throw new InputError(path, 'file not found');
  const content = readFileSync(path, 'utf8');
  const fileUrl = pathToFileURL(resolve(path)).href;
  if (/\.html?$/i.test(path)) return snapshotFromHtml(content, fileUrl);
  if (/\.txt$/i.test(path)) {
    const newline = content.indexOf('\n');
    const first = (newline === -1 ? content : content.slice(0, newline)).trim();
    if (HTTP_LINE.test(first) && URL.canParse(first))
      return snapshotFromText(newline === -1 ? '' : content.slice(newline + 1), first);
    return snapshotFromText(content, fileUrl);
  }
  throw new InputError(path, 'unsupported file type (use .html or .txt)');
}

const JsonPageSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1)),
    url: v.optional(v.pipe(v.string(), v.url())),
    title: v.optional(v.string()),
    text: v.optional(v.string()),
    html: v.optional(v.string()),
  }),
  v.check((input) => input.text !== undefined || input.html !== undefined, 'needs "text" or "html"'),
);

/** One JSON line of standard input; `lineNumber` names the line in error messages. */
export function snapshotFromJsonLine(line: string, lineNumber: number): PageInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InputError(null, `line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed && typeof parsed.id === 'string' ? parsed.id : null;
  const result = v.safeParse(JsonPageSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? (v.getDotPath(issue) ?? '') : '';
    throw new InputError(id, `line ${lineNumber}: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid input'}`);
  }
  const input = result.output;
  const url = input.url ?? `urn:regiolens:stdin:${lineNumber}`;
  const safeUrl = URL.canParse(url) ? url : 'about:blank';
  if (input.html !== undefined) {
    const page = snapshotFromHtml(input.html, safeUrl);
    if (input.title !== undefined) page.title = input.title.slice(0, 1000);
    return { id: input.id, page };
  }
  return { id: input.id, page: snapshotFromText(input.text ?? '', safeUrl, input.title) };
}
