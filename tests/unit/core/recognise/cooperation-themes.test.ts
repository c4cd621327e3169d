/**
 * Plain-words cooperation weighs for the verdict, not for the themes: the
 * actors and joint acts it is read from are concepts with themes of their own,
 * counted once where they stand (evidence.ts, step 5).
 */
import { expect, test } from 'vitest';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { weighEvidence } from '../../../../lib/core/recognise/evidence';
import { LEXICON } from '../../../../lib/core/recognise/lexicon';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { THEME_IDS } from '../../../../lib/core/themes';

const page: PageSnapshot = {
  url: 'https://www.example.nl/nieuws/brief',
  title: 'Raadsleden willen meer zeggenschap',
  headings: [],
  text: [
    'De gemeenten in het noorden schrijven samen een brief aan het kabinet.',
    'De gemeenten betalen samen mee aan een nieuw regiokantoor.',
    'Raadsleden willen meer zeggenschap over wat de gemeenten samen besluiten.',
  ].join('\n'),
  truncated: false,
};

test('cooperation sentences count for the verdict and add no theme of their own', () => {
  const evidence = weighEvidence(readPage(page));
  expect(evidence.signals.cooperationSentences).toBeGreaterThan(0);
  const fromConcepts = THEME_IDS.map((theme) =>
    [...evidence.presence].reduce((sum, [index, presence]) => sum + (LEXICON[index]?.themes[theme] ?? 0) * presence, 0),
  );
  evidence.themeVector.forEach((value, position) => expect(value).toBeCloseTo(fromConcepts[position] ?? 0, 9));
});
