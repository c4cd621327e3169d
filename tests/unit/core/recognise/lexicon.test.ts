import { describe, expect, test } from 'vitest';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import { analyse } from '../../../../lib/core/text/analyse';
import { isThemeId } from '../../../../lib/core/themes';

/** Multi-word patterns that are meant to shrink to one content word ("de raad" is "raad"). */
const MEANT_TO_SHRINK = new Set(['de raad', 'grip op', 'het rijk', 'the hague']);

describe('the lexicon', () => {
  test('labels are unique', () => {
    const labels = LEXICON.map((concept) => concept.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('weights are positive and themes are real theme ids', () => {
    for (const concept of LEXICON) {
      expect(concept.weight).toBeGreaterThan(0);
      for (const [theme, affinity] of Object.entries(concept.themes)) {
        expect(isThemeId(theme)).toBe(true);
        expect(affinity).toBeGreaterThan(0);
      }
      if (concept.kind === 'genre') expect(concept.themes).toEqual({});
    }
  });

  test('no multi-word pattern silently shrinks to a single word through its stop words', () => {
    const shrunk: string[] = [];
    for (const concept of LEXICON) {
      for (const pattern of concept.patterns) {
        const parts = pattern.split(/\s+/).filter(Boolean);
        if (parts.length < 2 || MEANT_TO_SHRINK.has(pattern.toLowerCase())) continue;
        const content = parts.flatMap((part) =>
          part.startsWith('=')
            ? [part]
            : analyse(part, 'nl')
                .filter((token) => !token.stop)
                .map((token) => token.stem),
        );
        if (content.length < 2) shrunk.push(`${concept.label}: ${pattern}`);
      }
    }
    expect(shrunk).toEqual([]);
  });

  test('labels are readable: no exact-match markers', () => {
    for (const concept of LEXICON) expect(concept.label).not.toContain('=');
  });
});
