/**
 * The search engine shared by the toolbar popup (index entries) and the notes
 * view (all notes). Two stages:
 *
 * 1. Narrowing — an inverted index over folded words (no diacritics) with Dutch
 *    stems, prefixes, compound infixes and typo matches within a bounded edit
 *    distance (see expand.ts) gives every document a token score in 0..1: the
 *    idf-weighted share of query words it holds, scaled by match quality and
 *    field weight. Cost grows with the matching postings, not the corpus.
 * 2. Scoring — fuse.js scores only the best `CANDIDATES` of them; the final score
 *    blends the token score with fuse.js's character-level similarity.
 *
 * Match ranges are computed for the returned hits only, from the original text.
 */
import { Expander, type TermMatch } from './expand';
import { FuseScorer } from './fuse-scorer';
import { parseQuery, type QueryWord } from './query';
import { SEARCH_MAX_LIMIT } from './limits';
import { HitMatches, valuesOf, type QueryTerms } from './hit-matches';
import { encodeSnapshot, snapshotKey, type SearchSnapshot, type SnapshotContent } from './snapshot';
import { forEachTerm } from './tokenize';
import type { RankedQuery, SearchHit, SearchIndex, SearchIndexOptions, SearchOptions } from './types';
import { Vocabulary } from './vocabulary';

/**
 * Candidates handed to fuse.js at most (more than the usual page of 10–20 hits). fuse.js is most
 * of a keystroke's cost; 30 keeps every quality case in the top 5 (tests/unit/core/search).
 */
const CANDIDATES = 30;
const DEFAULT_LIMIT = 20;
/** Share of the final score from fuse.js's similarity; the rest is the token score. */
const FUSE_SHARE = 0.25;
/** A stop word weighs this much of a normal word. */
const STOP_WORD_WEIGHT = 0.1;

/** Builds a search index over `docs`. Ids must be unique; a later duplicate replaces the earlier one. */
export function createSearchIndex<T>(docs: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const engine = new Engine(options);
  for (const doc of docs) engine.add(doc);
  return engine;
}

/**
 * The engine behind every search index. Exported for stored-search.ts, which restores one from its stored
 * form; everything else makes one with `createSearchIndex`.
 */
export class Engine<T> implements SearchIndex<T> {
  private readonly fields: SearchIndexOptions<T>['fields'];
  private readonly idOf: (doc: T) => string;
  private readonly fieldWeights: number[];
  private readonly vocabulary = new Vocabulary();
  private readonly expander: Expander;
  private readonly scorer: FuseScorer<T>;
  /** Empty until `attach` for an engine restored from a snapshot alone (it ranks, and makes hits of given documents). */
  private docs: (T | undefined)[] = [];
  private readonly docTerms: (Int32Array | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly slotIds: (string | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private acc = new Float64Array(0);
  private best = new Float64Array(0);
  private mask = new Uint32Array(0);
  private revision = 0;
  /** Scratch maps reused while indexing one document (no allocation per term). */
  private readonly buildBest = new Map<number, number>();
  private readonly buildFields = new Map<number, number>();
  private readonly buildTf = new Map<number, number>();
  private readonly hitMatches: HitMatches<T>;

  constructor(options: SearchIndexOptions<T>) {
    if (options.fields.length === 0) throw new Error('createSearchIndex needs at least one field');
    this.fields = options.fields;
    this.idOf = options.id;
    const max = Math.max(...options.fields.map((f) => f.weight ?? 1));
    this.fieldWeights = options.fields.map((f) => (f.weight ?? 1) / max);
    this.expander = new Expander(this.vocabulary);
    this.scorer = new FuseScorer(options.fields);
    this.hitMatches = new HitMatches(options.fields);
  }

  get size(): number {
    return this.slots.size;
  }

  get version(): number {
    return this.revision;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  get(id: string): T | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  add(doc: T): void {
    const id = this.idOf(doc);
    this.remove(id);
    const slot = this.freeSlots.pop() ?? this.slotIds.length;
    this.docs[slot] = doc;
    this.slots.set(id, slot);
    this.slotIds[slot] = id;
    this.docTerms[slot] = this.indexDoc(doc, slot);
    this.revision++;
  }

  /** Loads the documents' ids (in slot order) and their saved vocabulary into an empty engine (see restoreSearchIndex). */
  restore(ids: readonly string[], content: SnapshotContent): void {
    if (this.slotIds.length > 0) throw new Error('restore needs an empty search index');
    ids.forEach((id, slot) => {
      this.slots.set(id, slot);
      this.slotIds[slot] = id;
    });
    this.vocabulary.restore(content.terms, content.stems, content.postings);
    this.revision = ids.length;
  }

  /** Gives a restored engine its documents, one per slot in the order of the ids it was restored with. */
  attach(docs: readonly T[]): void {
    this.docs = [...docs];
  }

  snapshot(): SearchSnapshot | null {
    if (this.freeSlots.length > 0 || this.slots.size !== this.docs.length || this.docs.length !== this.slotIds.length)
      return null;
    const { terms, stemOfId: stems, postings } = this.vocabulary;
    const docs = this.docs as T[];
    return encodeSnapshot(snapshotKey(docs, { fields: this.fields, id: this.idOf }), { terms, stems, postings });
  }

  update(doc: T): void {
    this.add(doc);
  }

  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    // A restored index keeps no term list per document: the postings say which terms hold it.
    for (const termId of this.docTerms[slot] ?? this.termsHolding(slot)) this.vocabulary.removePosting(termId, slot);
    this.docTerms[slot] = undefined;
    this.docs[slot] = undefined;
    this.slots.delete(id);
    this.slotIds[slot] = undefined;
    this.freeSlots.push(slot);
    this.scorer.forget(slot);
    this.hitMatches.forget(slot);
    this.revision++;
    return true;
  }

  private termsHolding(slot: number): number[] {
    const out: number[] = [];
    this.vocabulary.postings.forEach((p, termId) => {
      if (p.slots.includes(slot)) out.push(termId);
    });
    return out;
  }

  /**
   * Posting weight of a term in a document, 0..1: the best field's weight times
   * a term-frequency saturation (1 − 0.25/tf), plus 0.1 for each further field
   * that holds it.
   */
  private indexDoc(doc: T, slot: number): Int32Array {
    const best = this.buildBest;
    const fieldsWithTerm = this.buildFields;
    const tf = this.buildTf;
    best.clear();
    fieldsWithTerm.clear();
    this.fields.forEach((field, f) => {
      tf.clear();
      for (const value of valuesOf(field.get(doc))) {
        forEachTerm(value, (term, original) => {
          const termId = this.vocabulary.intern(term, original);
          tf.set(termId, (tf.get(termId) ?? 0) + 1);
        });
      }
      const fieldWeight = this.fieldWeights[f] ?? 1;
      for (const [termId, count] of tf) {
        best.set(termId, Math.max(best.get(termId) ?? 0, fieldWeight * (1 - 0.25 / count)));
        fieldsWithTerm.set(termId, (fieldsWithTerm.get(termId) ?? 0) + 1);
      }
    });
    const termIds = new Int32Array(best.size);
    let n = 0;
    for (const [termId, weight] of best) {
      const extraFields = (fieldsWithTerm.get(termId) ?? 1) - 1;
      this.vocabulary.addPosting(termId, slot, Math.min(1, weight + 0.1 * extraFields));
      termIds[n++] = termId;
    }
    return termIds;
  }

  search(query: string, options: SearchOptions<T> = {}): SearchHit<T>[] {
    const ranked = this.rank(query, options);
    return ranked === null ? [] : this.complete(ranked, (slot) => this.docs[slot]);
  }

  /** A query's best candidates by token score alone: no document is read, except by `options.filter`. */
  rank(query: string, options: SearchOptions<T> = {}): Ranked | null {
    const limit = Math.max(0, Math.min(SEARCH_MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const words = parseQuery(query);
    if (words.length === 0 || limit === 0 || this.slots.size === 0) return null;
    const onlyStopWords = words.every((w) => w.stop);

    this.ensureScratch();
    const acc = this.acc;
    const best = this.best;
    const mask = this.mask;
    const touched: number[] = [];
    const matchedTermIds = new Set<number>();
    /** Terms matched by content words: the ones a hit names as why it matched ("en" is no reason). */
    const namedTermIds = new Set<number>();
    const total = this.size;
    let weightSum = 0;

    words.forEach((word, w) => {
      const matches = this.expander.expand(word.term, word.original, word.typing);
      const weight = this.wordWeight(word, matches, total, onlyStopWords);
      weightSum += weight;
      const seen: number[] = [];
      for (const match of matches) {
        matchedTermIds.add(match.id);
        if (!word.stop || onlyStopWords) namedTermIds.add(match.id);
        const p = this.vocabulary.postings[match.id];
        if (!p) continue;
        const weights = p.weights;
        for (let k = 0; k < p.slots.length; k++) {
          const slot = p.slots[k] ?? 0;
          const value = match.quality * (weights[k] ?? 0);
          const prior = best[slot] ?? 0;
          if (prior === 0) seen.push(slot);
          if (value > prior) best[slot] = value;
        }
      }
      for (const slot of seen) {
        if ((mask[slot] ?? 0) === 0) touched.push(slot);
        acc[slot] = (acc[slot] ?? 0) + weight * (best[slot] ?? 0);
        mask[slot] = (mask[slot] ?? 0) | (1 << w);
        best[slot] = 0;
      }
    });

    // A hit needs at least one non-stop word (unless the query has nothing else).
    const contentMask = words.reduce((m, word, w) => (word.stop && !onlyStopWords ? m : m | (1 << w)), 0);
    // Keep the best `want` (token score, then id so insertion order never matters) without sorting all.
    const want = Math.max(CANDIDATES, limit);
    const candidates: Candidate[] = [];
    for (const slot of touched) {
      const m = mask[slot] ?? 0;
      const tokenScore = (acc[slot] ?? 0) / (weightSum || 1);
      acc[slot] = 0;
      mask[slot] = 0;
      const id = this.slotIds[slot];
      if (id === undefined || (m & contentMask) === 0) continue;
      const entry: Candidate = { slot, id, tokenScore, mask: m };
      const worst = candidates[candidates.length - 1];
      if (candidates.length >= want && worst && !better(entry, worst)) continue;
      if (options.filter) {
        const doc = this.docs[slot];
        if (doc === undefined || !options.filter(doc)) continue;
      }
      let at = candidates.length;
      while (at > 0 && better(entry, candidates[at - 1] as Candidate)) at--;
      candidates.splice(at, 0, entry);
      if (candidates.length > want) candidates.pop();
    }
    if (candidates.length === 0) return null;

    const matched = new Set<string>();
    for (const id of matchedTermIds) matched.add(this.vocabulary.terms[id] ?? '');
    const named = new Set<string>();
    for (const id of namedTermIds) named.add(this.vocabulary.terms[id] ?? '');
    const pattern = words
      .filter((w) => !w.stop || onlyStopWords)
      .map((w) => w.term)
      .join(' ');
    return { ids: candidates.map((c) => c.id), candidates, limit, pattern, terms: { words, matched, named } };
  }

  /**
   * The hits of ranked candidates: fuse.js's similarity blended in, sorted, cut to the limit, each with
   * where it matched. `docOf` gives each candidate's document; one without is left out.
   */
  complete(ranked: Ranked, docOf: (slot: number, id: string) => T | undefined): SearchHit<T>[] {
    const withDocs: (Candidate & { doc: T })[] = [];
    for (const c of ranked.candidates) {
      const doc = docOf(c.slot, c.id);
      if (doc !== undefined) withDocs.push({ ...c, doc });
    }
    if (withDocs.length === 0) return [];
    const similarity = this.scorer.score(withDocs, ranked.pattern);
    const scored = withDocs.map((c, i) => ({
      ...c,
      score: (1 - FUSE_SHARE) * c.tokenScore + FUSE_SHARE * (similarity[i] ?? 0),
    }));
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return scored
      .slice(0, ranked.limit)
      .map((c) => this.hitMatches.hit(c.slot, c.id, c.doc, Math.max(c.score, 1e-6), c.mask, ranked.terms));
  }

  /**
   * Weight of a query word: its inverse document frequency (taken from its best
   * match, so a typo weighs like the word meant), lowered for stop words.
   */
  private wordWeight(word: QueryWord, matches: readonly TermMatch[], total: number, onlyStopWords: boolean): number {
    let df = 0;
    let bestQuality = 0;
    for (const m of matches) {
      const mdf = this.vocabulary.df(m.id);
      if (m.quality > bestQuality || (m.quality === bestQuality && mdf > df)) {
        bestQuality = m.quality;
        df = mdf;
      }
    }
    const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    return word.stop && !onlyStopWords ? idf * STOP_WORD_WEIGHT : idf;
  }

  private ensureScratch(): void {
    const need = this.slotIds.length;
    if (this.acc.length >= need) return;
    const size = Math.max(need * 2, 64);
    this.acc = new Float64Array(size);
    this.best = new Float64Array(size);
    this.mask = new Uint32Array(size);
  }
}

interface Candidate {
  slot: number;
  id: string;
  tokenScore: number;
  mask: number;
}

/** A ranked query: its candidates best token score first (`ids` for the caller), and what completing it needs. */
export interface Ranked extends RankedQuery {
  candidates: Candidate[];
  limit: number;
  /** What fuse.js looks for: the content words, folded. */
  pattern: string;
  terms: QueryTerms;
}

export const NOTHING_RANKED: Ranked = {
  ids: [],
  candidates: [],
  limit: 0,
  pattern: '',
  terms: { words: [], matched: new Set(), named: new Set() },
};

/** Higher token score first; equal scores in id order. */
function better(a: Candidate, b: Candidate): boolean {
  return a.tokenScore > b.tokenScore || (a.tokenScore === b.tokenScore && a.id < b.id);
}
