import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { IndexFileSchema } from '../../../../lib/core/index/schema';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { weighEvidence } from '../../../../lib/core/recognise/evidence';
import { readPage } from '../../../../lib/core/recognise/page-terms';
import { createEntryRanking } from '../../../../lib/core/recognise/ranking';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';
import { blendThemes, voteThemes, type ThemeVote } from '../../../../lib/core/recognise/theme-vote';
import { THEME_IDS, type ThemeId } from '../../../../lib/core/themes';
import { generateEntries } from '../../../fixtures/recognise/generate';

const index = v.parse(IndexFileSchema, JSON.parse(readFileSync('tests/fixtures/recognise/index.json', 'utf8')));

const at = (theme: ThemeId) => THEME_IDS.indexOf(theme);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const top = (values: readonly number[]) => THEME_IDS[values.indexOf(Math.max(...values))];

function lexicon(values: Partial<Record<ThemeId, number>>): number[] {
  return THEME_IDS.map((id) => values[id] ?? 0);
}

function page(parts: Partial<PageSnapshot>): PageSnapshot {
  return { url: 'https://example.nl/pagina', title: '', headings: [], text: '', truncated: false, ...parts };
}

describe('voteThemes', () => {
  test('no neighbours, or none alike, give no vote', () => {
    for (const neighbours of [[], [{ similarity: 0, themes: ['ws-sharing' as const] }]]) {
      const vote = voteThemes(neighbours);
      expect(vote.confidence).toBe(0);
      expect(vote.shares.every((share) => share === 0)).toBe(true);
    }
  });

  test('weighs neighbours by similarity and sums to 1', () => {
    const vote = voteThemes([
      { similarity: 0.3, themes: ['ws-sharing'] },
      { similarity: 0.1, themes: ['ws-den-haag'] },
    ]);
    expect(sum(vote.shares)).toBeCloseTo(1, 10);
    expect(vote.shares[at('ws-sharing')]).toBeCloseTo(0.75, 10);
    expect(vote.shares[at('ws-den-haag')]).toBeCloseTo(0.25, 10);
    expect(vote.confidence).toBeCloseTo(Math.sqrt(0.2), 10);
  });

  test('an entry splits its weight over its themes; one on all seven tells none apart', () => {
    const split = voteThemes([{ similarity: 0.2, themes: ['ws-democratie', 'ws-raad-staten'] }]);
    expect(split.shares[at('ws-democratie')]).toBeCloseTo(0.5, 10);
    expect(split.shares[at('ws-raad-staten')]).toBeCloseTo(0.5, 10);
    const all = voteThemes([
      { similarity: 0.4, themes: [...THEME_IDS] },
      { similarity: 0.2, themes: ['ws-schakelen'] },
    ]);
    expect(top(all.shares)).toBe('ws-schakelen');
  });

  test('the same neighbours in the same order give the same vote', () => {
    const neighbours = index.entries
      .slice(0, 6)
      .map((entry, position) => ({ similarity: 0.1 * (position + 1), themes: entry.themes }));
    expect(voteThemes(neighbours)).toEqual(voteThemes(neighbours));
  });
});

describe('blendThemes', () => {
  const vote: ThemeVote = { shares: lexicon({ 'ws-democratie': 1 }), confidence: 0.5 };

  test('without a vote the lexicon decides alone', () => {
    const blended = blendThemes(lexicon({ 'ws-raad-staten': 2, 'ws-democratie': 1 }), voteThemes([]));
    expect(blended[at('ws-raad-staten')]).toBeCloseTo(2 / 3, 10);
    expect(blended[at('ws-democratie')]).toBeCloseTo(1 / 3, 10);
  });

  test('without lexicon evidence the vote decides alone', () => {
    expect(blendThemes(lexicon({}), vote)).toEqual(vote.shares);
  });

  test('the vote decides between close themes', () => {
    expect(top(blendThemes(lexicon({ 'ws-raad-staten': 1.1, 'ws-democratie': 1 }), vote))).toBe('ws-democratie');
  });

  test('the vote does not overturn clear lexicon evidence', () => {
    expect(top(blendThemes(lexicon({ 'ws-raad-staten': 3, 'ws-democratie': 0.5 }), vote))).toBe('ws-raad-staten');
  });

  test('the vote counts for more when the neighbours are more alike', () => {
    const evidence = lexicon({ 'ws-raad-staten': 1 });
    const weak = blendThemes(evidence, { ...vote, confidence: 0.1 });
    const strong = blendThemes(evidence, { ...vote, confidence: 0.9 });
    expect(strong[at('ws-democratie')]).toBeGreaterThan(weak[at('ws-democratie')] ?? 0);
    expect(sum(weak)).toBeCloseTo(1, 10);
    expect(sum(strong)).toBeCloseTo(1, 10);
  });
});

describe('the vote of the index in the recogniser', () => {
  const ECOSYSTEM_PAGE = page({
    title: 'Het ecosysteem voor ondernemerschap in de regio',
    text: 'Gemeenten en provincie werken samen aan het regionale ecosysteem voor ambitieus ondernemerschap. Het model van Erik Stam onderscheidt talent, financiering, kennis en netwerken. De regio meet het aantal snelgroeiende bedrijven.',
  });

  test('the nearest entries of a page vote for its theme', () => {
    const ranking = createEntryRanking(index.entries);
    const neighbours = ranking.neighbours(ranking.match(readPage(ECOSYSTEM_PAGE)), 5);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours.map((neighbour) => neighbour.similarity)).toEqual(
      [...neighbours.map((neighbour) => neighbour.similarity)].sort((a, b) => b - a),
    );
    expect(top(voteThemes(neighbours).shares)).toBe('ws-ecosystemen');
  });

  test('an empty index leaves the themes to the page’s own evidence', () => {
    const evidence = weighEvidence(readPage(ECOSYSTEM_PAGE));
    const themes = createRecogniser([]).recognise(ECOSYSTEM_PAGE).themes;
    expect(themes[0]?.id).toBe(evidence.themes[0]?.id);
    // The learned pool (theme-model.ts) gives no theme a share that the lexicon gives no evidence for.
    for (const { id, score } of themes) if (score > 0) expect(evidence.themeVector[at(id)]).toBeGreaterThan(0);
  });

  test('with the index or a generated one, verdict and score stay the lexicon’s and the top theme holds', () => {
    const alone = createRecogniser([]).recognise(ECOSYSTEM_PAGE);
    for (const entries of [index.entries, generateEntries(index.entries, 300)]) {
      const withIndex = createRecogniser(entries).recognise(ECOSYSTEM_PAGE);
      expect(withIndex.verdict).toBe(alone.verdict);
      expect(withIndex.score).toBe(alone.score);
      expect(withIndex.themes[0]?.id).toBe('ws-ecosystemen');
      expect(withIndex.themes).toHaveLength(THEME_IDS.length);
    }
  });
});
