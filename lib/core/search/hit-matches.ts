/**
 * Where a hit matched, for the hits a search returns only: the ranges of the matched terms in the
 * original field text and the words that explain the hit. Kept apart from the engine's ranking,
 * which never reads a document's text: tokens with offsets come from the documents themselves,
 * and the tokens of recent hits are kept, since successive keystrokes mostly return the same ones.
 */
import type { QueryWord } from './query';
import { tokenize, type Token } from './tokenize';
import type { FieldMatch, SearchField, SearchHit } from './types';

/** Ranges listed per field value at most (a body can repeat a word hundreds of times). */
const MAX_RANGES_PER_VALUE = 50;
/** Documents whose tokens (with offsets) are kept after being shown as hits; the bound keeps memory flat. */
const TOKEN_CACHE_DOCS = 512;

/** What one query matched: the terms of all its words, and those of its content words (the reasons). */
export interface QueryTerms {
  words: readonly QueryWord[];
  matched: ReadonlySet<string>;
  named: ReadonlySet<string>;
}

export function valuesOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

export class HitMatches<T> {
  /** slot → field → value → tokens, for recent hits only (see TOKEN_CACHE_DOCS). */
  private readonly tokenCache = new Map<number, Token[][][]>();

  constructor(private readonly fields: readonly SearchField<T>[]) {}

  /** Forgets the tokens of a slot whose document changed or left. */
  forget(slot: number): void {
    this.tokenCache.delete(slot);
  }

  hit(slot: number, id: string, doc: T, score: number, wordMask: number, query: QueryTerms): SearchHit<T> {
    const matches: FieldMatch[] = [];
    const matchedTerms: string[] = [];
    const seenTerms = new Set<string>();
    const tokens = this.tokensOf(slot, doc);
    this.fields.forEach((field, f) => {
      valuesOf(field.get(doc)).forEach((text, valueIndex) => {
        const ranges = [];
        for (const token of tokens[f]?.[valueIndex] ?? []) {
          if (!query.matched.has(token.term)) continue;
          if (ranges.length < MAX_RANGES_PER_VALUE) ranges.push({ start: token.start, end: token.end });
          if (query.named.has(token.term) && !seenTerms.has(token.term)) {
            seenTerms.add(token.term);
            matchedTerms.push(text.slice(token.start, token.end));
          }
        }
        if (ranges.length > 0) matches.push({ field: field.name, valueIndex, text, ranges });
      });
    });
    const missingTerms = query.words.filter((w, i) => !w.stop && (wordMask & (1 << i)) === 0).map((w) => w.original);
    return { id, item: doc, score: Math.min(1, score), matches, matchedTerms, missingTerms };
  }

  private tokensOf(slot: number, doc: T): Token[][][] {
    const cached = this.tokenCache.get(slot);
    if (cached) return cached;
    const tokens = this.fields.map((field) => valuesOf(field.get(doc)).map((text) => tokenize(text)));
    if (this.tokenCache.size >= TOKEN_CACHE_DOCS) {
      const oldest = this.tokenCache.keys().next();
      if (!oldest.done) this.tokenCache.delete(oldest.value);
    }
    this.tokenCache.set(slot, tokens);
    return tokens;
  }
}
