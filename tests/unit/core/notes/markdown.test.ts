import { describe, expect, test } from 'vitest';
import { exportMarkdown } from '../../../../lib/core/notes/export-markdown';
import { escapeMarkdownInline, escapeMarkdownLines, markdownDestination } from '../../../../lib/core/notes/markdown-escape';
import type { Note } from '../../../../lib/core/notes/types';
import { NOTES } from '../../../fixtures/notes/notes';

/** The labels the options page gives in Dutch (locales/nl/options.json). */
const DUTCH = {
  heading: 'Regiolens-notities',
  written: 'Geschreven op',
  creator: 'Door',
  tags: 'Tags',
  links: 'Gekoppelde items',
  places: 'Plaatsen',
  pageNote: 'Notitie bij de pagina',
  pdfPage: 'Pagina',
};

/** Undoes CommonMark backslash escapes, to prove escaping loses no text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown escaping', () => {
  test.each([
    ['<script>alert(1)</script>'],
    ['[klik](javascript:alert(1))'],
    ['![beeld](https://x.example/a.png)'],
    ['*geen nadruk* _ook niet_ `geen code` ~~doorgehaald~~'],
    ['| a | b |'],
    ['https://autolink.example/ www.example.nl'],
    ['&amp; &lt; &#60;'],
  ])('%s has no unescaped special character and reads back the same', (text) => {
    const escaped = escapeMarkdownInline(text);
    expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[<>[\]`*_|~]|&[#\w]+;/);
    expect(unescape(escaped)).toBe(text);
  });

  test('plain text reads as written: hyphens, dates, dots, colons, quotes, R&D and snake_case keep no backslash', () => {
    for (const text of [
      'Regiolens-notities',
      '2026-12-02',
      'Wgr 2022: de wet (art. 1)!',
      "'s-Hertogenbosch",
      'R&D',
      'ws_den_haag',
    ])
      expect(escapeMarkdownInline(text)).toBe(text);
  });

  test('what would open a block at the start of a line is escaped there, and only there', () => {
    expect(escapeMarkdownInline('a\n# b')).toBe('a # b');
    expect(escapeMarkdownInline('# kop')).toBe('\\# kop');
    expect(escapeMarkdownInline('Titel #')).toBe('Titel \\#');
    expect(escapeMarkdownLines('a\n    code\n> quote')).toEqual(['a', '\u00a0\u00a0\u00a0\u00a0code', '\\> quote']);
    expect(escapeMarkdownLines('- punt\n+ punt\n2026. Jaar\n3) drie\n===\nmidden - streep')).toEqual([
      '\\- punt',
      '\\+ punt',
      '2026\\. Jaar',
      '3\\) drie',
      '\\===',
      'midden - streep',
    ]);
  });

  test('link destinations cannot be broken out of', () => {
    expect(markdownDestination('https://x.nl/a b>c')).toBe('<https://x.nl/a%20b%3Ec>');
  });
});

describe('Markdown export', () => {
  const markdown = exportMarkdown(NOTES);

  test('groups notes per page, newest page first, with the address', () => {
    const rob = markdown.indexOf('## Niet alleen ambt, ook een ambacht');
    const vng = markdown.indexOf('## Proef verschil! \\| VNG');
    expect(rob).toBeGreaterThan(0);
    expect(vng).toBeGreaterThan(rob);
    expect(markdown).toContain('<https://www.vng.nl/artikelen/proef-verschil>');
  });

  test('quotes passages as block quotes', () => {
    expect(markdown).toContain('> Samen kom je verder, maar hoe?');
  });

  test('hostile body text is escaped on every line', () => {
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(markdown).not.toMatch(/(^|[^\\])<script/m);
    expect(markdown).not.toMatch(/^# kop/m);
    expect(markdown).not.toMatch(/(^|[^\\])\[klik\]/m);
  });

  test('tags are listed; linked entries one a line, by id when nothing names them', () => {
    expect(markdown).toContain('Tags: democratie, raad');
    expect(markdown).toContain('Linked entries:\n\n- pub-rob-ambacht\n- ws-schakelen\n');
  });

  test('linked entries by title, linked to their address; an id the index lacks stays an id', () => {
    const titles = new Map([
      ['pub-rob-ambacht', { title: 'Niet alleen ambt, ook een ambacht', url: 'https://www.raadopenbaarbestuur.nl/ambacht' }],
      ['ws-schakelen', { title: 'Schakelen tussen schalen: een vak apart' }],
    ]);
    const named = exportMarkdown(NOTES, undefined, { entry: (id) => titles.get(id) });
    expect(named).toContain(
      '- [Niet alleen ambt, ook een ambacht](<https://www.raadopenbaarbestuur.nl/ambacht>)\n- Schakelen tussen schalen: een vak apart\n',
    );
    expect(named).toContain('- ws-samenwerking\n');
  });

  test('each note is headed by its date as the reader says it, in local time; without a language, as stored', () => {
    const dutch = exportMarkdown(NOTES, { ...DUTCH, locale: 'nl' }, { timeZone: 'Europe/Amsterdam' });
    expect(dutch).toMatch(/^# Regiolens-notities$/mu);
    expect(dutch).toMatch(/^### Geschreven op 20 november 2026 om 11:00$/mu);
    expect(dutch).toMatch(/^Tags: democratie, raad$/mu);
    expect(dutch).not.toContain('T10:00:00');
    expect(markdown).toMatch(/^### Written 2026-11-20T10:00:00.000Z$/mu);
  });

  test('a typical note reads as text: no backslash anywhere in its export', () => {
    const typical: Note = {
      ...(NOTES[0] as Note),
      title: "Regio Deal 's-Hertogenbosch – nieuws 2026-12-02",
      body: 'Bespreken op 9-12 in het regio-overleg (zie art. 5): R&D-budget en de Wgr 2022.\nDaarna: terugkoppeling aan de raad!',
      tags: ['wgr-2022', 'regio_deal'],
      links: ['pub-rob-ambacht'],
    };
    const text = exportMarkdown(
      [typical],
      { ...DUTCH, locale: 'nl' },
      {
        timeZone: 'Europe/Amsterdam',
        entry: () => ({ title: 'Niet alleen ambt, ook een ambacht', url: 'https://www.raadopenbaarbestuur.nl/a-b' }),
      },
    );
    expect(text).toContain('Bespreken op 9-12 in het regio-overleg (zie art. 5): R&D-budget en de Wgr 2022.');
    expect(text).toContain('Tags: wgr-2022, regio_deal');
    expect(text).not.toContain('\\');
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
