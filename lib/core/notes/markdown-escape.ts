/**
 * Putting user text into Markdown safely and still readable as plain text (issue 12: an export full
 * of backslashes, "Regiolens\-notities", "2026\-12\-02", was hard to read in Notepad). A character is
 * escaped only where CommonMark or GFM would give it a meaning there:
 * - anywhere: the backslash, code and emphasis marks (` * ~), brackets (links, images, footnotes),
 *   angle brackets (HTML, autolinks), the table bar, `&` where it would start an entity, and `_`
 *   except inside a word (where it cannot mark emphasis);
 * - at the start of a line: what opens a heading, list, quote or setext underline (# - + = >, and
 *   "1." / "1)"); leading spaces (a code block) become non-breaking spaces;
 * - a heading's trailing # (it would be read as the closing sequence).
 * So "<script>", "# kop" or "[x](javascript:...)" stay literal text in any renderer, while dates,
 * hyphenated words and sentences read as written. A bare web address may still be shown as a link
 * by a GFM viewer: it shows the same address it leads to, and javascript: is never linked.
 */
const ANYWHERE = /[\\`*~[\]<>|]|&(?=#?[A-Za-z0-9]+;)/g;
/** An underscore inside a word (snake_case) cannot open or close emphasis, so it stays as it is. */
const LOOSE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const LINE_START = /^(\s*)([#+=>-]|\d+(?=[.)]))/;

function escapeAnywhere(text: string): string {
  return text.replace(ANYWHERE, '\\$&').replace(LOOSE_UNDERSCORE, '\\_');
}

/** Escapes what would open a block at the start of a line ("1." keeps its digits: its dot is escaped). */
function escapeLineStart(line: string): string {
  const match = LINE_START.exec(line);
  if (!match) return line;
  const [whole, indent = '', mark = ''] = match;
  if (/^\d/.test(mark)) return `${indent}${mark}\\${line.slice(whole.length)}`;
  return `${indent}\\${line.slice(indent.length)}`;
}

/** One line of user text; line breaks become spaces (use escapeMarkdownLines for several lines). */
export function escapeMarkdownInline(text: string): string {
  const escaped = escapeLineStart(escapeAnywhere(text.replace(/[\r\n]+/g, ' ')));
  // A trailing run of # after a space would close a heading and vanish.
  return escaped.replace(/(\s)(#+)\s*$/, (_whole, space: string, hashes: string) => `${space}\\${hashes}`);
}

/** Several lines of user text; leading spaces would start a code block, so they become non-breaking. */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(escapeAnywhere(line)).replace(/^[ \t]+/, (indent) => '\u00a0'.repeat(indent.length)));
}

/** A link destination in angle brackets, with the characters that could end it percent-encoded. */
export function markdownDestination(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (character) => encodeURIComponent(character))}>`;
}
