import { describe, expect, test } from 'vitest';
import {
  entryIdFromOmnibox,
  escapeOmniboxXml,
  omniboxContent,
  omniboxDescription,
} from '../../../../lib/core/entries/omnibox-text';

/** Well-formed when wrapped in a root element: Chrome parses descriptions the same way. */
function wellFormed(xml: string): boolean {
  // A tiny checker: only our three tags, balanced; no raw '<' or '&' outside entities and tags.
  const stack: string[] = [];
  const rest = xml.replace(
    /<(\/?)(match|dim|url)>|&(amp|lt|gt|quot|apos);/g,
    (_whole, close: string, tag: string | undefined) => {
      if (tag) {
        if (close) {
          if (stack.pop() !== tag) stack.push('!unbalanced');
        } else stack.push(tag);
      }
      return '';
    },
  );
  return stack.length === 0 && !/[<>&]/.test(rest);
}

const ESCAPES: Array<[string, string]> = [
  ['plain', 'plain'],
  ['Tom & Jerry', 'Tom &amp; Jerry'],
  ['<b>vet</b>', '&lt;b&gt;vet&lt;/b&gt;'],
  [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
  ['&amp; already', '&amp;amp; already'],
  ['bell\u0007 and nul\u0000', 'bell  and nul '],
  ['tab\tnewline\n', 'tab\tnewline\n'],
  ['lone \uD800 surrogate', 'lone   surrogate'],
  ['emoji 🙂 stays', 'emoji 🙂 stays'],
  ['</match><url>evil</url>', '&lt;/match&gt;&lt;url&gt;evil&lt;/url&gt;'],
];

describe('escapeOmniboxXml', () => {
  for (const [input, expected] of ESCAPES) {
    test(`${JSON.stringify(input)}`, () => {
      expect(escapeOmniboxXml(input)).toBe(expected);
      expect(wellFormed(escapeOmniboxXml(input))).toBe(true);
    });
  }
});

describe('omniboxDescription', () => {
  test('xml: matched words in <match>, meta in <dim>, data escaped', () => {
    const title = 'Hoe <democratisch> is de regio & de raad?';
    const start = title.indexOf('democratisch');
    const xml = omniboxDescription(title, [{ start, end: start + 'democratisch'.length }], 'Werksessie · VNG & co · 2016', 'xml');
    expect(xml).toBe(
      'Hoe &lt;<match>democratisch</match>&gt; is de regio &amp; de raad? <dim>— Werksessie · VNG &amp; co · 2016</dim>',
    );
    expect(wellFormed(xml)).toBe(true);
  });

  test('text (Firefox): no tags, no entities', () => {
    expect(omniboxDescription('A & <b>', [{ start: 0, end: 1 }], 'Rapport', 'text')).toBe('A & <b> — Rapport');
  });

  test('newlines collapse and long titles are cut', () => {
    const xml = omniboxDescription(`regel\n\nregel ${'x'.repeat(400)}`, [], '', 'xml');
    expect(xml).not.toContain('\n');
    expect(xml.length).toBeLessThanOrEqual(200);
    expect(wellFormed(xml)).toBe(true);
  });

  test('hostile ranges (overlapping, out of bounds) still give well-formed XML', () => {
    const xml = omniboxDescription(
      '<a&b>',
      [
        { start: -5, end: 2 },
        { start: 1, end: 99 },
      ],
      '<',
      'xml',
    );
    expect(wellFormed(xml)).toBe(true);
  });
});

describe('omnibox content round trip', () => {
  const CASES = [
    { id: 'ws-democratie', title: 'Hoe democratisch is de regio?' },
    { id: 'pub-rob-ambacht', title: 'Titel met #hekje en  #nep-id' },
  ];
  for (const entry of CASES) {
    test(entry.id, () => expect(entryIdFromOmnibox(omniboxContent(entry))).toBe(entry.id));
  }
  test('free text is not an entry id', () => {
    expect(entryIdFromOmnibox('democratie regio')).toBeNull();
    expect(entryIdFromOmnibox('#ws-democratie')).toBeNull();
    expect(entryIdFromOmnibox('iets #NIET_GELDIG')).toBeNull();
  });
});
