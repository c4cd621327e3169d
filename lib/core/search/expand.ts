/**
 * Turns one query word into the vocabulary terms it should match, each with a
 * match quality in (0, 1]: exact 1, same Dutch stem 0.9, prefix (the word being
 * typed, or a compound head) up to 0.85, typo within a bounded edit distance
 * 0.7/0.55 (0.65 for a typo in another word form), infix of a compound 0.6. Expansion is bounded (`MAX_EXPANSION_POSTINGS`)
 * so a one-letter prefix over 10,000 notes cannot blow the keystroke budget.
 */
import { boundedDistance, boundedPrefixDistance } from './edit-distance';
import { stemOf } from './tokenize';
import { trigrams, type Vocabulary } from './vocabulary';

export type MatchKind = 'exact' | 'stem' | 'prefix' | 'typo' | 'infix';

export interface TermMatch {
  id: number;
  quality: number;
  kind: MatchKind;
}

/** Upper bound on postings visited through partial matches (prefix, typo, infix) of one query word. */
const MAX_EXPANSION_POSTINGS = 20_000;
/** Upper bound on distinct partial-match terms per query word. */
const MAX_EXPANSION_TERMS = 64;

/** Allowed typos for a query word of this length: none below 4 letters, 1 up to 7, then 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

export class Expander {
  private counts = new Uint16Array(0);

  constructor(private readonly vocabulary: Vocabulary) {}

  /**
   * Matches for a query word. `typing` marks the last word of a query that does
   * not end in a space: it matches as a prefix, even with a typo in it.
   */
  expand(term: string, original: string, typing: boolean): TermMatch[] {
    const v = this.vocabulary;
    const found = new Map<number, TermMatch>();
    const offer = (id: number, quality: number, kind: MatchKind): void => {
      const prior = found.get(id);
      if (!prior || prior.quality < quality) found.set(id, { id, quality, kind });
    };

    const exact = v.idOf(term);
    if (exact !== undefined && v.df(exact) > 0) offer(exact, 1, 'exact');
    for (const id of v.stemGroup(stemOf(term, original))) if (v.df(id) > 0) offer(id, 0.9, 'stem');

    const partial = new Map<number, TermMatch>();
    const offerPartial = (id: number, quality: number, kind: MatchKind): void => {
      if (found.has(id)) return;
      const prior = partial.get(id);
      if (!prior || prior.quality < quality) partial.set(id, { id, quality, kind });
    };

    // A number is a number: "2022" never matches "2024" as a typo, nor inside another number. While it
    // is being typed it may still match as a prefix ("202" finds 2022).
    if (/\d/.test(term)) {
      if (typing) for (const id of v.withPrefix(term)) if ((v.terms[id] ?? '') !== term) offer(id, 0.6, 'prefix');
      return [...found.values()];
    }

    if (typing || term.length >= 4) {
      for (const id of v.withPrefix(term)) {
        const full = v.terms[id] ?? '';
        if (full !== term) offerPartial(id, 0.6 + 0.25 * (term.length / full.length), 'prefix');
      }
    }
    // A word the index holds as typed was most likely meant as typed: it gets one typo, not two
    // ("regiodeal" is a word of its own, not "regionaal" misspelt).
    const edits = Math.min(allowedEdits(term.length), exact !== undefined && v.df(exact) > 0 ? 1 : 2);
    if (edits > 0) this.fuzzy(term, stemOf(term, original), edits, typing, offerPartial);
    if (term.length >= 5) this.infix(term, offerPartial);

    // Keep the best partial matches, preferring quality, then common terms.
    const ranked = [...partial.values()].sort((a, b) => b.quality - a.quality || v.df(b.id) - v.df(a.id));
    let budget = MAX_EXPANSION_POSTINGS;
    let kept = 0;
    for (const match of ranked) {
      if (kept >= MAX_EXPANSION_TERMS || budget <= 0) break;
      budget -= v.df(match.id);
      kept++;
      found.set(match.id, match);
    }
    return [...found.values()];
  }

  /** Typo candidates share enough trigrams (each edit breaks at most three); then verified exactly. */
  private fuzzy(
    term: string,
    stem: string,
    edits: number,
    typing: boolean,
    offer: (id: number, quality: number, kind: MatchKind) => void,
  ): void {
    const v = this.vocabulary;
    if (this.counts.length < v.size) this.counts = new Uint16Array(Math.max(v.size * 2, 1024));
    const counts = this.counts;
    const touched: number[] = [];
    const grams = trigrams(term, true);
    for (const gram of grams) {
      for (const id of v.gramList(gram)) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const needed = Math.max(1, grams.length - 3 * edits);
    for (const id of touched) {
      const shared = counts[id] ?? 0;
      counts[id] = 0;
      if (shared < needed || v.df(id) === 0) continue;
      const candidate = v.terms[id] ?? '';
      const d = boundedDistance(term, candidate, edits);
      if (d <= edits) {
        offer(id, d === 0 ? 1 : 0.85 - 0.15 * d, 'typo');
      } else if (boundedDistance(stem, v.stemOfId[id] ?? '', 1) <= 1) {
        // A typo in another word form: "ecosyteem" (stem "ecosytem") meets "ecosystemen" (stem "ecosystem").
        offer(id, 0.65, 'typo');
      } else if (typing && candidate.length > term.length) {
        const p = boundedPrefixDistance(term, candidate, edits);
        if (p <= edits) offer(id, 0.7 - 0.15 * p, 'typo');
      }
    }
  }

  /** Compound parts: "regeling" inside "samenwerkingsregeling". Walks the rarest trigram's list. */
  private infix(term: string, offer: (id: number, quality: number, kind: MatchKind) => void): void {
    const v = this.vocabulary;
    let rarest: readonly number[] | undefined;
    for (const gram of trigrams(term, false)) {
      const list = v.gramList(gram);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const id of rarest ?? []) {
      const candidate = v.terms[id] ?? '';
      if (candidate.length > term.length && !candidate.startsWith(term) && candidate.includes(term) && v.df(id) > 0) {
        offer(id, 0.6, 'infix');
      }
    }
  }
}
