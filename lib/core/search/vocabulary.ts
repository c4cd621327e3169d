/**
 * The inverted index behind candidate narrowing: every distinct folded term,
 * its postings (which documents hold it and how strongly), its Dutch stem, and
 * two lookup structures for partial words — a sorted term list for prefixes and
 * a trigram index for typos and compound infixes. Only this part grows with the
 * corpus; fuse.js later scores a few dozen candidates.
 */
import { stemOf } from './tokenize';

/**
 * One term's postings: parallel arrays of document slots and their weights (0..1]. A restored
 * index holds views into its stored typed arrays (no copy at start-up); they become plain arrays
 * on the term's first change.
 */
export interface Postings {
  slots: number[] | Uint16Array | Uint32Array;
  weights: number[] | Float64Array;
  /** Its size, when known without reading the postings (a stored term whose block is not read yet). */
  readonly count?: number;
}

/** The postings as plain arrays, so they can grow and shrink. */
function growable(p: Postings): { slots: number[]; weights: number[] } {
  if (!Array.isArray(p.slots)) p.slots = Array.from(p.slots);
  if (!Array.isArray(p.weights)) p.weights = Array.from(p.weights);
  return p as { slots: number[]; weights: number[] };
}

export class Vocabulary {
  /** Term text by id. */
  readonly terms: string[] = [];
  readonly postings: Postings[] = [];
  /** Dutch stem by term id. */
  readonly stemOfId: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly stems = new Map<string, number[]>();
  /** Trigrams of "^term" → term ids; the caret marks the word start. */
  private readonly grams = new Map<string, number[]>();
  private sorted: string[] = [];
  private sortedDirty = false;

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Id of `term`, adding it (with its stem and trigrams) when new. */
  intern(term: string, original: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    return this.register(term, stemOf(term, original), { slots: [], weights: [] });
  }

  /**
   * Fills an empty vocabulary with terms, their stems and postings saved from another (a stored
   * search index): the maps are rebuilt from the terms, no text is tokenised or stemmed again.
   */
  restore(terms: readonly string[], stems: readonly string[], postings: readonly Postings[]): void {
    if (this.terms.length > 0) throw new Error('restore needs an empty vocabulary');
    terms.forEach((term, id) => this.register(term, stems[id] ?? term, postings[id] ?? { slots: [], weights: [] }));
  }

  /** Adds a new term with its stem and postings; returns its id. */
  private register(term: string, stem: string, postings: Postings): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.postings.push(postings);
    this.ids.set(term, id);
    this.stemOfId.push(stem);
    const group = this.stems.get(stem);
    if (group) group.push(id);
    else this.stems.set(stem, [id]);
    for (const gram of trigrams(term, true)) {
      const list = this.grams.get(gram);
      if (list) list.push(id);
      else this.grams.set(gram, [id]);
    }
    this.sortedDirty = true;
    return id;
  }

  addPosting(id: number, slot: number, weight: number): void {
    const stored = this.postings[id];
    if (!stored) return;
    const p = growable(stored);
    p.slots.push(slot);
    p.weights.push(weight);
  }

  /** Removes `slot` from a term's postings (swap-remove: order carries no meaning). */
  removePosting(id: number, slot: number): void {
    const stored = this.postings[id];
    if (!stored) return;
    const p = growable(stored);
    const at = p.slots.lastIndexOf(slot);
    if (at < 0) return;
    const last = p.slots.length - 1;
    p.slots[at] = p.slots[last] ?? 0;
    p.weights[at] = p.weights[last] ?? 0;
    p.slots.pop();
    p.weights.pop();
  }

  /** Number of documents that hold the term. */
  df(id: number): number {
    const p = this.postings[id];
    return p === undefined ? 0 : (p.count ?? p.slots.length);
  }

  /** Ids of the terms that share the stem. */
  stemGroup(stem: string): readonly number[] {
    return this.stems.get(stem) ?? [];
  }

  /** Ids of the terms that start with `prefix` (and are in use). */
  withPrefix(prefix: string): number[] {
    if (this.sortedDirty) {
      this.sorted = [...this.terms].sort();
      this.sortedDirty = false;
    }
    const out: number[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length; i++) {
      const term = this.sorted[i] ?? '';
      if (!term.startsWith(prefix)) break;
      const id = this.ids.get(term);
      if (id !== undefined && this.df(id) > 0) out.push(id);
    }
    return out;
  }

  /** Term ids listed under a trigram. */
  gramList(gram: string): readonly number[] {
    return this.grams.get(gram) ?? [];
  }
}

/** Trigrams of a term; with `anchored` the first one carries the word-start mark "^". */
export function trigrams(term: string, anchored: boolean): string[] {
  const text = anchored ? `^${term}` : term;
  const out: string[] = [];
  for (let i = 0; i + 3 <= text.length; i++) out.push(text.slice(i, i + 3));
  if (out.length === 0 && anchored) out.push(text);
  return [...new Set(out)];
}
