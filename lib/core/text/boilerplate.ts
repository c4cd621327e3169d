/**
 * Page chrome that survives extraction: menus, cookie banners, footers,
 * "lees ook" lists and share bars written as ordinary blocks (a div with a
 * class the extractor does not know, or text copied from a page). Real pages
 * carry them on every page of a site, so a municipality's footer link
 * "Regionale samenwerking · Veiligheidsregio · GGD" would otherwise make its
 * parking page "regional". The text is not thrown away: the recogniser weighs
 * chrome lines far less than prose (see page-terms.ts).
 *
 * The rules look at one line (block) at a time and are deliberately about
 * form, not topic:
 * - a line of short items joined by separators ("·", "|", "•", "›", " > ");
 * - a line of capitalised menu words without any sentence punctuation;
 * - a short line naming cookies, privacy, disclaimers or copyright;
 * - the short, unpunctuated headlines that follow a "lees ook" / "related"
 *   marker (or a news site's "meest gelezen", "populair", "live" list), and
 *   lines that start with such a marker;
 * - a news site's furniture: a short weather widget line ("Het weer: 12°C,
 *   buien"), a byline ("Redactie Omroep Zeeland | 7 november 2024, 17:55").
 *   Every page of a news site carries them, whatever the article is about;
 *   a weather widget must not make a council story read as a forecast.
 */

const SEPARATOR = /\s[·|•›»]\s|\s>\s|\s\/\s/g;
const SENTENCE_MARK = /[.!?,;]/;
const LEGAL =
  /\b(?:cookies?|cookiebeleid|cookieverklaring|cookie-instellingen|privacy|privacyverklaring|proclaimer|disclaimer|toegankelijkheid|sitemap|copyright|colofon|terms and conditions|privacy policy)\b|©/i;
const RELATED =
  /^(?:lees (?:ook|meer|verder)|meer (?:nieuws|lezen|over dit onderwerp|weten)|gerelateerd(?:e (?:artikelen|berichten|onderwerpen|publicaties))?|meest (?:gelezen|bekeken|gedeeld)|populair|net binnen|laatste nieuws|live(?:blog)?|bekijk ook|zie ook|ook interessant|related(?: articles| content| topics)?|see also|read more|more news|documenten|downloads?|bijlagen|onderwerpen)\b\s*:?/i;
/** A temperature reading, as weather widgets write it ("12°C", "-3 °"). */
const TEMPERATURE = /-?\d{1,2}\s?°/;
/** Widget lines are short: a place, a temperature and a word or two. */
const MAX_WIDGET_WORDS = 12;
/** A byline names the writer and the moment: "Door X | 3 oktober 2024, 18:45", "Redactie · 12-06-24". */
const BYLINE_START = /^(?:door|geschreven door|redactie|tekst|bron|by)\b/i;
const STAMP =
  /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b|\b\d{1,2}\s(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s\d{4}\b/i;
const MAX_BYLINE_WORDS = 14;
/** Lines this long are prose, whatever else they look like. */
const MAX_CHROME_WORDS = 40;
/** Menu lines: at least this many words, and this share of them capitalised. */
const MENU_MIN_WORDS = 4;
const MENU_CAPITALISED = 0.6;
/** Headlines in a related-links list are short. */
const MAX_HEADLINE_WORDS = 16;

export interface SplitText {
  /** The reading text: lines that look like prose or headings. */
  content: string;
  /** Lines that look like page chrome. */
  chrome: string;
}

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

function isMenu(line: string, lineWords: readonly string[]): boolean {
  if (lineWords.length < MENU_MIN_WORDS || SENTENCE_MARK.test(line)) return false;
  const capitalised = lineWords.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / lineWords.length >= MENU_CAPITALISED;
}

function isSeparated(line: string, lineWords: readonly string[]): boolean {
  const separators = line.match(SEPARATOR)?.length ?? 0;
  // Two separators make a list of three items; items of a sentence or two each are still a list.
  return separators >= 2 && lineWords.length / (separators + 1) <= 12;
}

/** A weather widget's line: short, a temperature, no sentence ("Het weer in Drenthe: 21°C, zonnig"). */
function isWidget(line: string, lineWords: readonly string[]): boolean {
  return lineWords.length <= MAX_WIDGET_WORDS && TEMPERATURE.test(line) && !/[.!?]$/.test(line);
}

function isByline(line: string, lineWords: readonly string[]): boolean {
  return lineWords.length <= MAX_BYLINE_WORDS && BYLINE_START.test(line) && STAMP.test(line);
}

/** True when a single line reads as chrome on its own. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const lineWords = wordsOf(trimmed);
  if (lineWords.length > MAX_CHROME_WORDS) return false;
  if (isSeparated(trimmed, lineWords) || isMenu(trimmed, lineWords)) return true;
  // A site's name on a line of its own ("Rijksoverheid.nl", "VNG Vereniging van Nederlandse Gemeenten" is prose-like and stays).
  if (lineWords.length <= 2 && /\.(?:nl|com|org|eu|be|net)$/i.test(trimmed)) return true;
  if (LEGAL.test(trimmed) && lineWords.length <= 25) return true;
  if (isWidget(trimmed, lineWords) || isByline(trimmed, lineWords)) return true;
  return RELATED.test(trimmed) && (lineWords.length <= 3 || /^[^:]{1,40}:/.test(trimmed));
}

/** Markers with a short title ("Live: het verkeer in de regio") still head a list. */
const MAX_MARKER_WORDS = 6;

/** A related-links marker on a line of its own ("Lees ook", "Gerelateerd:", "Live: het verkeer in de regio"). */
function isRelatedMarker(line: string): boolean {
  return RELATED.test(line) && wordsOf(line).length <= MAX_MARKER_WORDS && !/[.!?]$/.test(line);
}

function isHeadline(line: string): boolean {
  return wordsOf(line).length <= MAX_HEADLINE_WORDS && !/[.!]$/.test(line);
}

/** Splits a page text into reading lines and chrome lines (line breaks mark blocks). */
export function splitBoilerplate(text: string): SplitText {
  const content: string[] = [];
  const chrome: string[] = [];
  let inRelatedList = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (inRelatedList && isHeadline(line)) {
      chrome.push(line);
      continue;
    }
    inRelatedList = isRelatedMarker(line);
    (inRelatedList || isChromeLine(line) ? chrome : content).push(line);
  }
  return { content: content.join('\n'), chrome: chrome.join('\n') };
}

/** Separators between a page's own title and the site's name ("Woonvisie | Gemeente X"). */
const TITLE_SEPARATOR = /\s+[|–—·:]{1,2}\s+|\s+-\s+/;

/**
 * A title's own part and the site's name after it: "Woonvisie 2025 | Gemeente
 * Veenendaal" is about the woonvisie, and "Werken bij Metropoolregio
 * Amsterdam" after a job title is the site, not the topic.
 */
export function splitTitle(title: string): { own: string; site: string } {
  const match = TITLE_SEPARATOR.exec(title);
  if (!match || match.index === 0) return { own: title, site: '' };
  return { own: title.slice(0, match.index), site: title.slice(match.index + match[0].length) };
}
