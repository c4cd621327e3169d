/**
 * Omnibox suggestion text. Chrome parses descriptions as XML: an entry titled
 * "Tom & Jerry <b>" would break the suggestion (or inject styling) unless the
 * text is escaped, so every piece of index text goes through `escapeOmniboxXml`,
 * and only our own <match>/<dim>/<url> tags are added around it.
 */
import type { IndexEntry } from '../index/schema';
import { highlightSegments } from '../search/highlight';
import type { MatchRange } from '../search/types';

export type OmniboxFormat = 'xml' | 'text';

/** Characters XML 1.0 forbids (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an omnibox description: the five XML specials, forbidden characters become spaces. */
export function escapeOmniboxXml(text: string): string {
  return text.replace(XML_FORBIDDEN, ' ').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Collapses whitespace (newlines make no sense in a one-line suggestion) and bounds the length. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * "Title with <match>matched</match> words <dim>— Werksessie · VNG · 2016</dim>"
 * (plain text in Firefox). `meta` is already readable text (kind label, source, year).
 */
export function omniboxDescription(title: string, ranges: readonly MatchRange[], meta: string, format: OmniboxFormat): string {
  const line = oneLine(title);
  const metaLine = oneLine(meta);
  if (format === 'text') return metaLine ? `${line} — ${metaLine}` : line;
  const titleXml = highlightSegments(line, line === title ? ranges : [])
    .map((segment) => (segment.match ? `<match>${escapeOmniboxXml(segment.text)}</match>` : escapeOmniboxXml(segment.text)))
    .join('');
  return metaLine ? `${titleXml} <dim>— ${escapeOmniboxXml(metaLine)}</dim>` : titleXml;
}

/**
 * What a suggestion puts into the address bar: the title (readable) and the
 * entry's id after a "#", which onInputEntered reads back to know which entry
 * was chosen, whatever the title says.
 */
export function omniboxContent(entry: Pick<IndexEntry, 'id' | 'title'>): string {
  return `${oneLine(entry.title, 120)} #${entry.id}`;
}

/** The entry id of a chosen suggestion, or null when the user typed free text. */
export function entryIdFromOmnibox(text: string): string | null {
  const match = /\s#([a-z0-9][a-z0-9-]{1,79})$/.exec(text.trim());
  return match?.[1] ?? null;
}
