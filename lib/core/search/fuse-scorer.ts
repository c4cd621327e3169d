/**
 * fuse.js as the final scorer over a short candidate list. fuse.js over a whole
 * corpus scans every record per keystroke (about 39 ms median / 220 ms p95 at
 * 1,000 entries); here it sees only the candidates the inverted index kept.
 * Each document's fuse.js record (field values and length norms) is built once,
 * lazily, and cached, so a query costs only the scoring itself.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { fold } from '../text/normalise';
import type { SearchField } from './types';

type FuseRecord = FuseIndex<unknown>['records'][number];

/** fuse.js looks at this much of the query; Bitap work grows with pattern length. */
const MAX_FUSE_PATTERN = 64;
/**
 * fuse.js sees this much of each field value. Bitap work grows with text length
 * and long bodies dominated the cost; relevance deep inside a body is already in
 * the token score, so fuse.js judges the opening of each field (default fuse.js,
 * with its location/distance defaults, only accepts matches in the first ~60
 * characters anyway).
 */
const MAX_FUSE_FIELD_CHARS = 100;

export class FuseScorer<T> {
  private readonly options: IFuseOptions<T>;
  private readonly builder: FuseIndex<T>;
  private readonly records = new Map<number, FuseRecord>();

  constructor(fields: readonly SearchField<T>[]) {
    // Values are folded once per document here, so fuse.js need not strip diacritics on every query.
    // Fields marked `rescore: false` (an entry's long body) are judged by the token score alone.
    const keys = fields
      .filter((field) => field.rescore !== false)
      .map((field) => ({
        name: field.name,
        weight: field.weight ?? 1,
        getFn: (doc: T) => clipped(field.get(doc)),
      }));
    this.options = {
      keys,
      includeScore: true,
      shouldSort: false,
      // Matches deep in a body count as much as at its start; the inverted index already decided relevance.
      ignoreLocation: true,
    };
    this.builder = Fuse.createIndex(keys, []);
  }

  /** Drops the cached record of a slot whose document changed or left. */
  forget(slot: number): void {
    this.records.delete(slot);
  }

  /**
   * fuse.js similarity (1 − fuse score, so higher is better; 0 when fuse.js finds
   * no match) for each candidate, in candidate order.
   */
  score(candidates: readonly { slot: number; doc: T }[], pattern: string): Float64Array {
    const records: FuseRecord[] = [];
    const docs: T[] = [];
    candidates.forEach(({ slot, doc }, i) => {
      records.push({ ...this.recordOf(slot, doc), i });
      docs.push(doc);
    });
    const index = Fuse.parseIndex<T>({ keys: this.builder.keys, records });
    const fuse = new Fuse(docs, this.options, index);
    const similarity = new Float64Array(candidates.length);
    for (const result of fuse.search(pattern.slice(0, MAX_FUSE_PATTERN))) {
      similarity[result.refIndex] = 1 - (result.score ?? 1);
    }
    return similarity;
  }

  private recordOf(slot: number, doc: T): FuseRecord {
    const cached = this.records.get(slot);
    if (cached) return cached;
    const record = this.builder.add(doc, 0) ?? { i: 0, $: {} };
    this.builder.setIndexRecords([]);
    this.records.set(slot, record);
    return record;
  }
}

function clipped(value: string | readonly string[] | undefined): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return fold(value.slice(0, MAX_FUSE_FIELD_CHARS));
  return value.map((v) => fold(v.slice(0, MAX_FUSE_FIELD_CHARS)));
}
