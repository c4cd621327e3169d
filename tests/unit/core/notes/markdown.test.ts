import { describe, expect, test } from 'vitest';
import { exportMarkdown } from '../../../../lib/core/notes/export-markdown';
import { escapeMarkdownInline, escapeMarkdownLines, markdownDestination } from '../../../../lib/core/notes/markdown-escape';
import type { Note } from '../../../../lib/core/notes/types';
import { NOTES } from '../../../fixtures/notes/notes';

/** Undoes CommonMark backslash escapes, to prove escaping loses no text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown escaping', () => {
  test.each([
    ['<script>alert(1)</script>'],
    ['[klik](javascript:alert(1))'],
    ['# geen kop'],
    ['*geen nadruk* _ook niet_ `geen code`'],
    ['| a | b |'],
    ['https://autolink.example/ www.example.nl'],
    ['&amp; &lt;'],
  ])('%s has no unescaped special character and reads back the same', (text) => {
    const escaped = escapeMarkdownInline(text);
    expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[<>[\]()#*_`|&:]/);
    expect(unescape(escaped)).toBe(text);
  });

  test('line breaks cannot start new blocks', () => {
    expect(escapeMarkdownInline('a\n# b')).toBe('a \\# b');
    expect(escapeMarkdownLines('a\n    code\n> quote')).toEqual(['a', '\u00a0\u00a0\u00a0\u00a0code', '\\> quote']);
  });

  test('link destinations cannot be broken out of', () => {
    expect(markdownDestination('https://x.nl/a b>c')).toBe('<https://x.nl/a%20b%3Ec>');
  });
});

describe('Markdown export', () => {
  const markdown = exportMarkdown(NOTES);

  test('groups notes per page, newest page first, with the address', () => {
    const rob = markdown.indexOf('## Niet alleen ambt, ook een ambacht');
    const vng = markdown.indexOf('## Proef verschil\\! \\| VNG');
    expect(rob).toBeGreaterThan(0);
    expect(vng).toBeGreaterThan(rob);
    expect(markdown).toContain('<https://www.vng.nl/artikelen/proef-verschil>');
  });

  test('quotes passages as block quotes', () => {
    expect(markdown).toContain('> Samen kom je verder, maar hoe?');
  });

  test('hostile body text is escaped on every line', () => {
    expect(markdown).toContain('\\<script\\>alert\\("x"\\)\\</script\\>'.replace(/"/g, '\\"'));
    expect(markdown).not.toMatch(/(^|[^\\])<script/m);
    expect(markdown).not.toMatch(/^# kop/m);
    expect(markdown).not.toMatch(/(^|[^\\])\[klik\]/m);
  });

  test('tags and linked entries are listed', () => {
    expect(markdown).toContain('Tags: democratie, raad');
    expect(markdown).toContain('Linked entries: pub\\-rob\\-ambacht, ws\\-schakelen');
  });

  test("the places of a note's page are listed, escaped", () => {
    const note = {
      ...(NOTES[0] as Note),
      places: [
        { id: 'GM0153', name: 'Enschede', kind: 'gemeente' as const },
        { id: 'VR05', name: 'Twente [regio]', kind: 'veiligheidsregio' as const },
      ],
    };
    expect(exportMarkdown([note])).toContain('Places: Enschede, Twente \\[regio\\]');
    expect(markdown).not.toContain('Places:');
  });

  test('no notes, just the heading', () => {
    expect(exportMarkdown([] as Note[])).toBe('# Regiolens notes\n');
  });
});
