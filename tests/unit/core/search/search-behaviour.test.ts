import { describe, expect, test } from 'vitest';
import { createSearchIndex, highlightSegments, INDEX_ENTRY_SEARCH, type SearchHit } from '../../../../lib/core/search';
import { words } from '../../../../lib/core/text/normalise';
import { indexEntries, notes, PLANTED_NOTES, type EntryDoc, type NoteDoc } from '../../../fixtures/search/corpus';
import { ENTRY_SEARCH, NOTE_SEARCH } from '../../../fixtures/search/entry-search-fields';

const entries = indexEntries(1000);
const index = createSearchIndex(entries, ENTRY_SEARCH);
const top = (hits: SearchHit<EntryDoc>[], n = 5): string[] => hits.slice(0, n).map((h) => h.id);

test('a name written as one word finds the material that titles it as two: "regiodeal(s)" → "Regio Deal(s)"', () => {
  const real = createSearchIndex(indexEntries(60), ENTRY_SEARCH);
  for (const query of ['regiodeal', 'regiodeals', 'regiodeals ']) {
    const found = top(real.search(query), 3);
    expect(
      found.some((id) => id.includes('regio-deals')),
      `${query}: ${found.join(', ')}`,
    ).toBe(true);
  }
});

describe('finding entries (1,000-entry corpus)', () => {
  const cases: { name: string; query: string; expectAnyOf: string[] }[] = [
    { name: 'typo', query: 'ecosyteem', expectAnyOf: ['art-ecosysteem-lokaal'] },
    {
      name: 'typo, two edits',
      query: 'gemeenschapelijke regelng',
      expectAnyOf: ['wgr-wijziging-2022', 'vng-procesaanpak-wgr-2022'],
    },
    { name: 'multi-word', query: 'democratisch regio', expectAnyOf: ['ws-democratie'] },
    {
      name: 'multi-word, typo',
      query: 'gemeenschapelijke regeling',
      expectAnyOf: ['wgr-wijziging-2022', 'vng-procesaanpak-wgr-2022', 'raad-van-state-advies-wgr'],
    },
    { name: 'missing diacritics', query: 'cooperatie', expectAnyOf: ['fx-zorgcooperatie', 'fx-energiecooperatie'] },
    { name: 'diacritics typed', query: 'coöperatie', expectAnyOf: ['fx-zorgcooperatie'] },
    { name: 'upper case', query: 'DEMOCRATISCH REGIO', expectAnyOf: ['ws-democratie'] },
    { name: 'plural finds singular (stem)', query: 'ecosystemen', expectAnyOf: ['art-ecosysteem-lokaal', 'ws-ecosystemen'] },
    { name: 'apostrophe plural', query: "veiligheidsregio's", expectAnyOf: ['evaluatie-wet-veiligheidsregios-2020'] },
    { name: 'adjective form', query: 'democratische regio', expectAnyOf: ['ws-democratie'] },
    {
      name: 'prefix while typing',
      query: 'gemeenschappelijke reg',
      expectAnyOf: ['wgr-wijziging-2022', 'vng-procesaanpak-wgr-2022'],
    },
    { name: 'typo while typing', query: 'alliantiemanag', expectAnyOf: ['commoneye-alliantiemanager'] },
    {
      name: 'compound part (infix)',
      query: 'energiestrategieen',
      expectAnyOf: ['res-brochure-besluitvorming', 'bw-res-meer-democratie'],
    },
    { name: 'stop words around content words', query: 'hoe democratisch is de regio', expectAnyOf: ['ws-democratie'] },
    { name: 'punctuation around words', query: '"Den Haag"!', expectAnyOf: ['ws-den-haag'] },
  ];
  test.each(cases)('$name: $query', ({ query, expectAnyOf }) => {
    const found = top(index.search(query, { limit: 10 }));
    expect(
      found.some((id) => expectAnyOf.includes(id)),
      `top 5 was ${found.join(', ')}`,
    ).toBe(true);
  });
});

describe('input that must not break or slow the search', () => {
  /** `empty`: whether no hits are expected; undefined where either is fine (only: no crash, sane scores). */
  const cases: { name: string; query: string; empty?: boolean }[] = [
    { name: 'empty', query: '', empty: true },
    { name: 'blank', query: '   \t\n', empty: true },
    { name: 'regex characters', query: '(.*[', empty: true },
    { name: 'regex around a word', query: '^regio$|(.*)', empty: false },
    { name: 'only punctuation and emoji', query: '?!… 🙂 ***', empty: true },
    { name: 'markup', query: '<script>alert(1)</script>' },
    { name: 'very long query', query: 'regionale samenwerking gemeenteraad '.repeat(30), empty: false },
    { name: '10,000 characters', query: 'a'.repeat(10_000), empty: true },
    { name: '10,000 characters of words', query: 'democratisch regio '.repeat(600).slice(0, 10_000), empty: false },
    { name: 'lone surrogate', query: '\ud800regio', empty: false },
  ];
  test.each(cases)('$name', ({ query, empty }) => {
    const hits = index.search(query, { limit: 10 });
    if (empty !== undefined) expect(hits.length === 0).toBe(empty);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  test('hits are sorted best first and honour the limit', () => {
    const hits = index.search('regionale samenwerking', { limit: 7 });
    expect(hits).toHaveLength(7);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(index.search('regio', { limit: 0 })).toEqual([]);
  });

  test('filter keeps only matching documents', () => {
    const hits = index.search('regio', { limit: 20, filter: (d) => d.kind === 'werksessie' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.item.kind === 'werksessie')).toBe(true);
  });
});

describe('match ranges and matched terms', () => {
  const queries = ['democratisch regio', 'cooperatie', 'gemeenschapelijke regeling', "regio's", 'ecosyteem', 'financiele'];
  test.each(queries)('ranges of "%s" point at matching words of the original text', (query) => {
    const hits = index.search(query, { limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.matches.length).toBeGreaterThan(0);
      for (const match of hit.matches) {
        const field = ENTRY_SEARCH.fields.find((f) => f.name === match.field);
        const value = field?.get(hit.item);
        const original = typeof value === 'string' ? value : value?.[match.valueIndex];
        expect(match.text).toBe(original);
        for (const { start, end } of match.ranges) {
          const word = match.text.slice(start, end);
          // Each range is exactly one whole word of the original text.
          expect(words(word)).toHaveLength(1);
          expect(/[\p{L}\p{N}]/u.test(match.text.charAt(start - 1))).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(match.text.charAt(end))).toBe(false);
        }
      }
      expect(hit.matchedTerms.length).toBeGreaterThan(0);
    }
  });

  test('diacritics are highlighted in the original spelling', () => {
    const [hit] = index.search('cooperatie', { limit: 1 });
    const title = hit?.matches.find((m) => m.field === 'title');
    expect(
      title &&
        highlightSegments(title.text, title.ranges)
          .filter((s) => s.match)
          .map((s) => s.text),
    ).toEqual(['coöperatie']);
    expect(hit?.matchedTerms).toContain('coöperatie');
  });

  test('"why it matched" names the content words, not a stop word of the query ("lusten, lasten", not "en")', () => {
    const hit = index.search('financiele lusten en lasten', { limit: 5 }).find((h) => h.id === 'ws-sharing');
    expect(hit?.matchedTerms.map((term) => term.toLowerCase())).toEqual(expect.arrayContaining(['lusten', 'lasten']));
    expect(hit?.matchedTerms.map((term) => term.toLowerCase())).not.toContain('en');
    // A query of stop words only still says what it found.
    const onlyStop = index.search('de en', { limit: 1 })[0];
    expect(onlyStop?.matchedTerms.length).toBeGreaterThan(0);
  });

  test('a query word that a hit lacks is reported as missing', () => {
    const hit = index.search('democratisch zwembad', { limit: 5 }).find((h) => h.id === 'ws-democratie');
    expect(hit?.missingTerms).toEqual(['zwembad']);
  });
});

describe('notes: add, remove, update', () => {
  const make = (): ReturnType<typeof createSearchIndex<NoteDoc>> => createSearchIndex(notes(500), NOTE_SEARCH);

  test('planted notes are found by typo, missing diacritics and tag', () => {
    const idx = make();
    expect(top(idx.search('energiecooperatie') as never)).toContain('note-planted-cooperatie');
    expect(top(idx.search('zienswijse veiligheidsregio') as never)).toContain('note-planted-zienswijze');
    const html = idx.search('webredactie', { limit: 3 })[0];
    expect(html?.id).toBe('note-planted-html');
    // Hostile note text comes back untouched, as text to render.
    expect(html?.item.body).toBe(PLANTED_NOTES[2]?.body);
  });

  test('add makes a note findable, update changes what finds it, remove forgets it', () => {
    const idx = make();
    const v0 = idx.version;
    const note: NoteDoc = {
      id: 'n-new',
      body: 'Zwembadexploitatie in de regio bespreken',
      tags: ['sport'],
      title: 'Sport',
      url: 'https://example.org/sport',
    };
    idx.add(note);
    expect(idx.version).toBeGreaterThan(v0);
    expect(idx.size).toBe(501);
    expect(idx.search('zwembadexploitatie')[0]?.id).toBe('n-new');

    idx.update({ ...note, body: 'Kunstgrasvelden en de sportagenda' });
    expect(idx.size).toBe(501);
    expect(idx.search('zwembadexploitatie').map((h) => h.id)).not.toContain('n-new');
    expect(idx.search('kunstgrasvelden')[0]?.id).toBe('n-new');
    expect(idx.get('n-new')?.body).toContain('Kunstgras');

    expect(idx.remove('n-new')).toBe(true);
    expect(idx.remove('n-new')).toBe(false);
    expect(idx.has('n-new')).toBe(false);
    expect(idx.size).toBe(500);
    expect(idx.search('kunstgrasvelden')).toEqual([]);
  });

  test('removing and re-adding many notes gives the same results as a fresh index', () => {
    const docs = notes(300);
    const idx = createSearchIndex(docs, NOTE_SEARCH);
    for (const d of docs.slice(0, 150)) idx.remove(d.id);
    for (const d of docs.slice(0, 150).reverse()) idx.add(d);
    const fresh = createSearchIndex(docs, NOTE_SEARCH);
    for (const q of ['griffier', 'energie', 'wgr', 'samenwerking twente', 'coördinatie']) {
      const a = idx.search(q, { limit: 10 }).map((h) => [h.id, h.score.toFixed(6)]);
      const b = fresh.search(q, { limit: 10 }).map((h) => [h.id, h.score.toFixed(6)]);
      expect(new Set(a.map((x) => x.join()))).toEqual(new Set(b.map((x) => x.join())));
    }
  });

  test('adding a document with a known id replaces it', () => {
    const idx = createSearchIndex<NoteDoc>([], NOTE_SEARCH);
    idx.add({ id: 'x', body: 'eerste versie', tags: [], title: '', url: '' });
    idx.add({ id: 'x', body: 'tweede versie', tags: [], title: '', url: '' });
    expect(idx.size).toBe(1);
    expect(idx.search('eerste')).toEqual([]);
    expect(idx.search('tweede')[0]?.id).toBe('x');
  });

  test('an empty index returns nothing', () => {
    expect(createSearchIndex<NoteDoc>([], NOTE_SEARCH).search('regio')).toEqual([]);
  });
});

describe('INDEX_ENTRY_SEARCH over schema-shaped entries', () => {
  test('finds by publisher and highlights it', () => {
    const idx = createSearchIndex(
      [
        {
          id: 'pub-p31-regio',
          title: 'Hoe regelen we de regio?',
          kind: 'publicatie' as const,
          publisher: 'Platform31',
          themes: ['ws-samenwerking' as const],
          keywords: ['bestuursvormen'],
          summary: 'Publicatie over regionale samenwerking.',
        },
        {
          id: 'ws-democratie',
          title: 'Hoe democratisch is de regio?',
          kind: 'werksessie' as const,
          themes: ['ws-democratie' as const],
          keywords: [],
          summary: 'Wat maakt een regio democratisch?',
        },
      ],
      INDEX_ENTRY_SEARCH,
    );
    const [hit] = idx.search('platform31');
    expect(hit?.id).toBe('pub-p31-regio');
    expect(hit?.matches.map((m) => m.field)).toEqual(['publisher']);
  });
});
