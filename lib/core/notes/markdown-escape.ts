/**
 * Putting user text into Markdown safely: every ASCII punctuation character
 * that Markdown (CommonMark, GFM) gives a meaning is backslash-escaped, so a
 * note reading "<script>", "# heading" or "[x](javascript:...)" stays literal
 * text in any renderer. CommonMark allows a backslash before any ASCII
 * punctuation, so over-escaping is harmless.
 */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'=:$^@]/g;

/** One line of user text; line breaks become spaces (use escapeMarkdownBlock for several lines). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(SPECIAL, '\\$&');
}

/** Several lines of user text; leading spaces would start a code block, so they become non-breaking. */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPECIAL, '\\$&').replace(/^[ \t]+/, (indent) => '\u00a0'.repeat(indent.length)));
}

/** A link destination in angle brackets, with the characters that could end it percent-encoded. */
export function markdownDestination(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (character) => encodeURIComponent(character))}>`;
}
