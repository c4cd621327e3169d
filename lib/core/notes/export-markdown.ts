/**
 * The Markdown export: readable, for people. Grouped per page (the page's
 * title as heading and its address), each note with its quoted passage as a
 * block quote (in a PDF followed by its page number), then its text, tags, linked entries and the places of its page.
 * Who wrote a note is named under its heading when known: an imported note's
 * own creator, else the name the user set in options (see creator.ts). It is
 * read as plain text as often as rendered (issue 12), so each note is headed by
 * its date as the reader says it ("3 december 2026 om 10:30", local time),
 * linked material is named by its title and linked to its address, and user
 * text is escaped only where Markdown would read it (see markdown-escape.ts).
 * Markdown is not read back: the JSON-LD export is the one that restores notes.
 */
import { agentLabel, creatorsOf, type NoteCreator } from './creator';
import { escapeMarkdownInline, escapeMarkdownLines, markdownDestination } from './markdown-escape';
import type { Note } from './types';

export interface MarkdownLabels {
  heading: string;
  /** Shown before the creation time of each note. */
  written: string;
  /** Shown before the name of whoever wrote the note ("By"). */
  creator: string;
  tags: string;
  links: string;
  /** Shown before the places of the note's page. */
  places: string;
  pageNote: string;
  /** Shown before the page number of a note in a PDF ("Page 4"). */
  pdfPage: string;
  /** The language dates are written in (BCP 47, "nl-NL"); without one, the time as stored (ISO 8601, UTC). */
  locale?: string;
}

/** What the export knows of a linked index entry (the active index's; an id it lacks is written as the id). */
export interface LinkedEntry {
  title: string;
  url?: string | undefined;
}

export interface MarkdownContext {
  /** `user` is the creator the user named in options, for notes that do not carry their own. */
  user?: NoteCreator | undefined;
  /** The title and address of a linked entry by its id. */
  entry?: ((id: string) => LinkedEntry | undefined) | undefined;
  /** The time zone dates are written in; the device's when left out (tests fix one). */
  timeZone?: string | undefined;
}

const ENGLISH: MarkdownLabels = {
  heading: 'Regiolens notes',
  written: 'Written',
  creator: 'By',
  tags: 'Tags',
  links: 'Linked entries',
  places: 'Places',
  pageNote: 'Page note',
  pdfPage: 'Page',
};

/** Groups notes by page, pages in the order of their newest note, notes oldest first (reading order). */
function byPage(notes: readonly Note[]): Array<{ url: string; title: string; notes: Note[] }> {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const group = groups.get(note.url);
    if (group) group.push(note);
    else groups.set(note.url, [note]);
  }
  const pages = [...groups.entries()].map(([url, list]) => {
    list.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    const newest = list.reduce((max, note) => (note.modified > max ? note.modified : max), '');
    const title = list.find((note) => note.title)?.title ?? '';
    return { url, title, notes: list, newest };
  });
  pages.sort((a, b) => (a.newest > b.newest ? -1 : a.newest < b.newest ? 1 : a.url < b.url ? -1 : 1));
  return pages;
}

function writtenAt(iso: string, labels: MarkdownLabels, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (!labels.locale || Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(labels.locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}

/** A linked entry as a link to its address under its title, its title alone, or its id when the index lacks it. */
function linkedEntry(id: string, entry: MarkdownContext['entry']): string {
  const found = entry?.(id);
  if (!found) return escapeMarkdownInline(id);
  const title = escapeMarkdownInline(found.title);
  return found.url ? `[${title}](${markdownDestination(found.url)})` : title;
}

export function exportMarkdown(
  notes: readonly Note[],
  labels: MarkdownLabels = ENGLISH,
  { user, entry, timeZone }: MarkdownContext = {},
): string {
  const out: string[] = [`# ${escapeMarkdownInline(labels.heading)}`, ''];
  for (const page of byPage(notes)) {
    out.push(`## ${escapeMarkdownInline(page.title || page.url)}`, '', markdownDestination(page.url), '');
    for (const note of page.notes) {
      out.push(`### ${escapeMarkdownInline(`${labels.written} ${writtenAt(note.created, labels, timeZone)}`)}`, '');
      const creators = creatorsOf(note, user).map(agentLabel);
      if (creators.length > 0)
        out.push(`${escapeMarkdownInline(labels.creator)}: ${creators.map(escapeMarkdownInline).join(', ')}`, '');
      if (note.selectors) {
        for (const line of escapeMarkdownLines(note.selectors.quote.exact)) out.push(line ? `> ${line}` : '>');
        out.push('');
        if (note.selectors.page !== undefined) out.push(`${escapeMarkdownInline(labels.pdfPage)} ${note.selectors.page}`, '');
      } else {
        out.push(`*${escapeMarkdownInline(labels.pageNote)}*`, '');
      }
      if (note.body.trim()) {
        // Two trailing spaces keep the note's own line breaks as breaks.
        out.push(escapeMarkdownLines(note.body).join('  \n'), '');
      }
      if (note.tags.length > 0)
        out.push(`${escapeMarkdownInline(labels.tags)}: ${note.tags.map(escapeMarkdownInline).join(', ')}`, '');
      if (note.links.length > 0) {
        // One linked entry a line: titles are long, and a list reads well as text and rendered.
        out.push(`${escapeMarkdownInline(labels.links)}:`, '');
        for (const id of note.links) out.push(`- ${linkedEntry(id, entry)}`);
        out.push('');
      }
      const places = note.places ?? [];
      if (places.length > 0)
        out.push(
          `${escapeMarkdownInline(labels.places)}: ${places.map((place) => escapeMarkdownInline(place.name)).join(', ')}`,
          '',
        );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
