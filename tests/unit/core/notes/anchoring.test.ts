import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AnchorText, anchor, describeSpan } from '../../../../lib/core/notes/anchor';
import { codePointOffset, codePointsToUnits, context, snap } from '../../../../lib/core/notes/anchoring/code-points';
import { similarity } from '../../../../lib/core/notes/anchoring/context';
import { fold, foldWithMap } from '../../../../lib/core/notes/anchoring/fold';
import type { NoteSelectors } from '../../../../lib/core/notes/types';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('selectors by the Web Annotation model', () => {
  test('positions count code points: an emoji before the passage counts once', () => {
    const text = '😀😀 De raad stemt in.';
    const start = text.indexOf('raad');
    const selectors = describeSpan(text, start, start + 4);
    expect(selectors.position).toEqual({ start: 6, end: 10 });
    expect([...text].slice(6, 10).join('')).toBe('raad');
    expect(anchor(text, selectors)).toEqual({ start, end: start + 4, method: 'position' });
  });

  test('context never splits a surrogate pair, a flag or a family emoji', () => {
    for (const symbol of ['😀', '🇳🇱', '👨‍👩‍👧']) {
      for (let pad = 0; pad < 8; pad += 1) {
        const text = `${symbol}${'x'.repeat(26 + pad)}QUOTE${'y'.repeat(26 + pad)}${symbol}`;
        const start = text.indexOf('QUOTE');
        const { quote } = describeSpan(text, start, start + 5);
        expect(quote.prefix).not.toMatch(LONE);
        expect(quote.suffix).not.toMatch(LONE);
        // Whole graphemes or none: the symbol is either all there or absent.
        expect(quote.prefix.startsWith(symbol) || !quote.prefix.includes(symbol.slice(-2))).toBe(true);
        expect(quote.suffix.endsWith(symbol) || !quote.suffix.includes(symbol.slice(0, 2))).toBe(true);
        expect(quote.prefix.length).toBeLessThanOrEqual(32);
      }
    }
  });

  test('a span that splits a surrogate pair is widened to whole characters', () => {
    const text = 'ab😀cd';
    expect(describeSpan(text, 3, 5).quote.exact).toBe('😀c');
    expect(describeSpan(text, 1, 3).quote.exact).toBe('b😀');
  });

  test('any text: context has no lone surrogate and positions convert both ways', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        if (text.length === 0) return;
        const start = Math.min(a, b) % text.length;
        const end = Math.min(text.length, start + 1 + (Math.max(a, b) % 10));
        const { quote, position } = describeSpan(text, start, end);
        expect(quote.prefix).not.toMatch(LONE);
        expect(quote.suffix).not.toMatch(LONE);
        const units = codePointsToUnits(text)(position?.start ?? 0);
        // The position converts back to where the (surrogate-safe) span starts.
        expect(units).toBe(snap(text, start));
        expect(codePointOffset(text, units)).toBe(position?.start);
      }),
    );
  });

  test('context windows at the ends of the text', () => {
    expect(context('abc', 0, 32)).toBe('');
    expect(context('abc', 3, 32, true)).toBe('');
    expect(context('abc', 2, 32)).toBe('ab');
    expect(context('abcdef', 2, 2, true)).toBe('cd');
  });
});

describe('folding', () => {
  test('white space, soft hyphens, diacritics, quotes and dashes fold away; case stays', () => {
    expect(fold('De  coöperatie\u00ad–\n„ja” ’t Café')).toBe('Decooperatie-"ja"\'tCafe');
    expect(fold('cafe\u0301')).toBe(fold('café'));
  });

  test('each folded unit maps back to the characters it came from', () => {
    const text = 'a  😀 é\u00adb cafe\u0301!';
    const { folded, from, to } = foldWithMap(text);
    expect(folded).toBe('a😀ebcafe!');
    expect(text.slice(from[1], to[2])).toBe('😀');
    // The decomposed accent belongs to its letter.
    expect(text.slice(from[8], to[8])).toBe('e\u0301');
  });
});

describe('context by edit distance', () => {
  test('anchored at the boundary, free at the far end', () => {
    expect(similarity('abcd', 'abcdxyz')).toBe(1);
    expect(similarity('abcd', 'xabcd')).toBe(0.75);
    expect(similarity('abcd', 'zyxabcd', true)).toBe(1);
    expect(similarity('abcd', 'abcdx', true)).toBe(0.75);
    expect(similarity('abcd', '')).toBe(0);
    expect(similarity('', 'abc')).toBe(1);
  });

  test('a repeated sentence is told apart by context a few characters away', () => {
    const text = 'Over de woningbouw zijn wij het eens. Dit is nodig. Over de jeugdzorg zijn wij het eens. Dit is nodig.';
    const second = text.lastIndexOf('Dit is nodig.');
    const selectors = describeSpan(text, second, second + 13);
    const changed = `Een nieuwe inleiding van precies zo lang. ${text}`;
    const found = anchor(changed, selectors);
    expect(found?.method).toBe('quote');
    expect(found?.start).toBe(changed.lastIndexOf('Dit is nodig.'));
  });
});

describe('matching', () => {
  const selectorsOf = (text: string, quote: string): NoteSelectors => {
    const start = text.indexOf(quote);
    return describeSpan(text, start, start + quote.length);
  };

  test('a short quote needs its context: the same word elsewhere is not the deleted one', () => {
    const text = 'De raad praat mee. Daarna besluit de raad over de begroting.';
    const selectors = selectorsOf(text, 'raad over');
    expect(
      anchor('De raad praat mee. Daarna besluiten de staten over de begroting.', {
        ...selectors,
        quote: { ...selectors.quote, exact: 'raad' },
      }),
    ).toBeNull();
  });

  test('a quote across white space changes maps back to the page text', () => {
    const text = 'Het algemeen bestuur bestaat uit leden van de colleges.';
    const selectors = selectorsOf(text, 'bestuur bestaat uit');
    const changed = 'Het algemeen\n      bestuur\u00a0bestaat\n  uit leden van de colleges.';
    const found = anchor(new AnchorText(changed), selectors);
    expect(found?.method).toBe('quote');
    expect(changed.slice(found?.start, found?.end)).toBe('bestuur\u00a0bestaat\n  uit');
  });
});
