import { describe, expect, test } from 'vitest';
import { linkChoices } from '../../../../lib/core/entries/link-choices';
import { makeEntry } from '../../../fixtures/index/make-index';

const entries = [
  makeEntry(1, { id: 'a', title: 'Achtergrond Regio Deals' }),
  makeEntry(2, { id: 'b', title: 'Coöperatie in de zorg' }),
  makeEntry(3, { id: 'c', title: "Veiligheidsregio's geëvalueerd" }),
  makeEntry(4, { id: 'd', title: 'Evaluatie Regio Deals' }),
  ...Array.from({ length: 40 }, (_, i) => makeEntry(10 + i, { id: `x${i}`, title: `Ander stuk ${i}` })),
];
const ids = (choices: ReturnType<typeof linkChoices>) => choices.shown.map((entry) => entry.id);

describe('the linked-material picker', () => {
  test("the note's links first, then the page's suggestions in their order, then the index; at most 20 more", () => {
    const choices = linkChoices(entries, { linked: ['c'], suggested: ['d', 'b'], filter: '' });
    expect(ids(choices).slice(0, 4)).toEqual(['c', 'd', 'b', 'a']);
    expect(choices.shown).toHaveLength(21);
    expect(choices.hidden).toBe(entries.length - 1 - 20);
  });

  test('a filter searches titles by every word, without case or diacritics; links stay shown', () => {
    expect(ids(linkChoices(entries, { linked: [], suggested: [], filter: 'regio deals' }))).toEqual(['a', 'd']);
    expect(ids(linkChoices(entries, { linked: [], suggested: ['d'], filter: 'DEALS' }))).toEqual(['d', 'a']);
    expect(ids(linkChoices(entries, { linked: [], suggested: [], filter: 'cooperatie' }))).toEqual(['b']);
    expect(ids(linkChoices(entries, { linked: [], suggested: [], filter: "veiligheidsregio's" }))).toEqual(['c']);
    const none = linkChoices(entries, { linked: ['b'], suggested: [], filter: 'zwembad' });
    expect(ids(none)).toEqual(['b']);
    expect(none.hidden).toBe(0);
  });
});
