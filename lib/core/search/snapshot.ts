/**
 * A built search index as data, so a background woken by the popup loads the
 * index it built before instead of tokenising every entry again (seconds at
 * 10,000 entries). Postings travel as typed arrays: slots as 16-bit numbers
 * when the index has fewer than 65,536 documents, weights as indexes into a
 * table of the few distinct weights the build produces (exact, unlike floats
 * cut to 32 bits), so a stored 10,000-entry index stays a few megabytes.
 *
 * What is read back may be corrupt, stale or made by another version of the
 * engine: `decodeSnapshot` checks the format, the field set, the documents' ids
 * and every array's shape and bounds, and answers null for anything it cannot
 * trust, so the caller builds afresh instead of searching wrong postings.
 */
import type { SearchField, SearchIndexOptions } from './types';
import type { Postings } from './vocabulary';

/**
 * Bumped whenever tokenising, stemming, posting weights or this layout change: a
 * stored index of another format is then rebuilt, never searched.
 */
export const SEARCH_SNAPSHOT_FORMAT = 2;

export interface SearchSnapshot {
  format: number;
  /** The field set it was built with (names, weights, rescoring): another set makes another index. */
  fields: string;
  /** Document id per slot. */
  ids: string[];
  /** `contentFingerprint` of the documents it was built over. */
  content: number;
  terms: string[];
  /** Dutch stem per term (stemming again would cost as much as half a build). */
  stems: string[];
  /** Term t's postings are positions offsets[t] .. offsets[t + 1] of `slots` and `weightIndex`. */
  offsets: Uint32Array;
  slots: Uint16Array | Uint32Array;
  weightIndex: Uint8Array | Uint16Array | Uint32Array;
  weightTable: Float64Array;
}

/** What an engine needs back: the vocabulary's terms, stems and postings. */
export interface SnapshotContent {
  terms: readonly string[];
  stems: readonly string[];
  postings: Postings[];
}

/** Characters of each field value that the fingerprint reads, besides its length. */
const SAMPLED_CHARS = 16;

/**
 * A 32-bit fingerprint (FNV-1a) of what the fields hold: per document and field, the number of values,
 * each value's length and 16 characters spread over it (fields derived from others are skipped). Cheap enough for the answering path (no full
 * pass over 10,000 bodies), and it tells a search built over other documents with the same ids apart.
 */
export function contentFingerprint<T>(docs: readonly T[], fields: readonly SearchField<T>[]): number {
  let hash = 0x811c9dc5;
  const mix = (n: number) => {
    hash = Math.imul(hash ^ n, 0x01000193);
  };
  for (const doc of docs) {
    for (const field of fields) {
      if (field.derived === true) continue;
      const value = field.get(doc);
      const values = value === undefined ? [] : typeof value === 'string' ? [value] : value;
      mix(values.length);
      for (const text of values) {
        mix(text.length);
        const step = Math.max(1, Math.floor(text.length / SAMPLED_CHARS));
        for (let i = 0; i < text.length; i += step) mix(text.charCodeAt(i));
      }
    }
  }
  return hash >>> 0;
}

/** The field set as text, for the check that a stored index was built with the same fields. */
export function fieldSignature<T>(fields: readonly SearchField<T>[]): string {
  return JSON.stringify(fields.map((field) => [field.name, field.weight ?? 1, field.rescore !== false]));
}

/** What a snapshot is checked against: the field set (`fieldSignature`), the documents' ids in slot order and their fingerprint. */
export interface SnapshotKey {
  fields: string;
  ids: readonly string[];
  content: number;
}

/** The key of a snapshot made over `docs` with these options. */
export function snapshotKey<T>(docs: readonly T[], options: SearchIndexOptions<T>): SnapshotKey {
  return { fields: fieldSignature(options.fields), ids: docs.map(options.id), content: contentFingerprint(docs, options.fields) };
}

export function encodeSnapshot({ fields, ids, content: fingerprint }: SnapshotKey, content: SnapshotContent): SearchSnapshot {
  let total = 0;
  for (const p of content.postings) total += p.slots.length;
  const offsets = new Uint32Array(content.terms.length + 1);
  const slots = ids.length <= 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
  const table = new Map<number, number>();
  const weights = new Uint32Array(total);
  let at = 0;
  content.postings.forEach((p, term) => {
    offsets[term] = at;
    for (let k = 0; k < p.slots.length; k++, at++) {
      slots[at] = p.slots[k] ?? 0;
      const weight = p.weights[k] ?? 0;
      let code = table.get(weight);
      if (code === undefined) table.set(weight, (code = table.size));
      weights[at] = code;
    }
  });
  offsets[content.terms.length] = at;
  const weightIndex =
    table.size <= 0x100 ? Uint8Array.from(weights) : table.size <= 0x10000 ? Uint16Array.from(weights) : weights;
  return {
    format: SEARCH_SNAPSHOT_FORMAT,
    fields,
    ids: [...ids],
    content: fingerprint,
    terms: [...content.terms],
    stems: [...content.stems],
    offsets,
    slots,
    weightIndex,
    weightTable: Float64Array.from(table.keys()),
  };
}

function isStringArray(value: unknown, length?: number): value is string[] {
  return Array.isArray(value) && (length === undefined || value.length === length) && value.every((v) => typeof v === 'string');
}

/** A stored term's postings that point past the documents or the weight table: the snapshot is corrupt. */
export class CorruptSnapshotError extends Error {
  constructor() {
    super('the stored search index is corrupt');
    this.name = 'CorruptSnapshotError';
  }
}

/**
 * One term's postings as stored: views into the snapshot's arrays, its weights looked up in the weight
 * table when the term is first searched (a query touches a few terms of thousands, so a woken
 * background does not expand a million weights before its first answer). That first look checks the
 * term's slots and weight codes, and throws `CorruptSnapshotError` for any out of bounds.
 */
class StoredPostings implements Postings {
  private expanded: number[] | Float64Array | undefined;

  constructor(
    public slots: number[] | Uint16Array | Uint32Array,
    private readonly codes: Uint8Array | Uint16Array | Uint32Array,
    private readonly table: Float64Array,
    private readonly documents: number,
  ) {}

  get weights(): number[] | Float64Array {
    if (this.expanded === undefined) {
      const weights = new Float64Array(this.codes.length);
      for (let k = 0; k < this.codes.length; k++) {
        const weight = this.table[this.codes[k] ?? 0];
        if (weight === undefined || (this.slots[k] ?? 0) >= this.documents) throw new CorruptSnapshotError();
        weights[k] = weight;
      }
      this.expanded = weights;
    }
    return this.expanded;
  }

  /** Set when the term's postings change (they become plain arrays then: vocabulary.ts). */
  set weights(value: number[] | Float64Array) {
    this.expanded = value;
  }
}

/** Whether every term's postings are within bounds (what a search would otherwise find out term by term). */
export function isWhole(content: SnapshotContent): boolean {
  try {
    for (const p of content.postings) void p.weights;
    return true;
  } catch (error) {
    if (error instanceof CorruptSnapshotError) return false;
    throw error;
  }
}

/** A snapshot's content with what it was made over: its documents' ids in slot order and their fingerprint. */
export interface DecodedSnapshot extends SnapshotContent {
  ids: readonly string[];
  content: number;
}

/** Whether a decoded snapshot was made over exactly the documents and fields `key` describes. */
export function fitsKey(decoded: DecodedSnapshot, key: SnapshotKey): boolean {
  return (
    decoded.content === key.content &&
    decoded.ids.length === key.ids.length &&
    decoded.ids.every((id, slot) => id === key.ids[slot])
  );
}

/** The snapshot's content when it is whole and made for these documents and fields (`key`); else null. */
export function decodeSnapshot(value: unknown, key: () => SnapshotKey): SnapshotContent | null {
  const wanted = key();
  const decoded = decodeSnapshotShape(value, wanted.fields);
  return decoded !== null && fitsKey(decoded, wanted) && isWhole(decoded) ? decoded : null;
}

/** What a snapshot holds besides its postings, once checked (`decodeHeadShape`). */
export interface SnapshotHeadShape {
  ids: string[];
  content: number;
  terms: string[];
  stems: string[];
  offsets: Uint32Array;
  weightTable: Float64Array;
}

/**
 * Everything of a stored snapshot but its postings, when it is of this format, made with this field set
 * (`fields`, a `fieldSignature`) and its arrays fit together; else null. Shared by the whole snapshot
 * (`decodeSnapshotShape`) and the stored form that keeps its postings apart (snapshot-blocks.ts).
 */
export function decodeHeadShape(value: unknown, fields: string): SnapshotHeadShape | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Partial<Record<keyof SearchSnapshot, unknown>>;
  if (s.format !== SEARCH_SNAPSHOT_FORMAT || s.fields !== fields) return null;
  if (typeof s.content !== 'number' || !isStringArray(s.ids) || new Set(s.ids).size !== s.ids.length) return null;
  if (!isStringArray(s.terms) || !isStringArray(s.stems, s.terms.length)) return null;
  if (new Set(s.terms).size !== s.terms.length) return null;
  const { offsets, weightTable } = s;
  if (!(offsets instanceof Uint32Array) || offsets.length !== s.terms.length + 1 || offsets[0] !== 0) return null;
  for (let term = 0; term < s.terms.length; term++) if ((offsets[term + 1] ?? 0) < (offsets[term] ?? 0)) return null;
  if (!(weightTable instanceof Float64Array) || weightTable.some((w) => !(w > 0 && w <= 1))) return null;
  return { ids: s.ids, content: s.content, terms: s.terms, stems: s.stems, offsets, weightTable };
}

/** Whether `value` is an array of slots as a snapshot stores them. */
export function isSlotArray(value: unknown): value is Uint16Array | Uint32Array {
  return value instanceof Uint16Array || value instanceof Uint32Array;
}

/** Whether `value` is an array of weight codes as a snapshot stores them. */
export function isCodeArray(value: unknown): value is Uint8Array | Uint16Array | Uint32Array {
  return value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Uint32Array;
}

/** One term's postings as views into stored arrays, checked when first searched (`StoredPostings`). */
export function storedPostings(
  slots: Uint16Array | Uint32Array,
  codes: Uint8Array | Uint16Array | Uint32Array,
  table: Float64Array,
  documents: number,
): Postings {
  return new StoredPostings(slots, codes, table, documents);
}

/**
 * The snapshot's content and the ids and fingerprint it names, when it is of this format, made with
 * this field set (`fields`, a `fieldSignature`) and its arrays fit together; else null. The postings'
 * bounds are checked per term when first searched (`StoredPostings`) or all at once by `isWhole`; which
 * documents it was made over is checked by `fitsKey` once they are at hand.
 */
export function decodeSnapshotShape(value: unknown, fields: string): DecodedSnapshot | null {
  const head = decodeHeadShape(value, fields);
  if (head === null) return null;
  const { slots, weightIndex } = value as Partial<Record<keyof SearchSnapshot, unknown>>;
  if (!isSlotArray(slots) || !isCodeArray(weightIndex)) return null;
  const { ids, terms, offsets, weightTable } = head;
  if (weightIndex.length !== slots.length || offsets[terms.length] !== slots.length) return null;
  // Each term gets views into the stored arrays, no copies; its bounds are checked when it is first searched.
  const postings: Postings[] = [];
  for (let term = 0; term < terms.length; term++) {
    const start = offsets[term] ?? 0;
    const end = offsets[term + 1] ?? 0;
    postings.push(storedPostings(slots.subarray(start, end), weightIndex.subarray(start, end), weightTable, ids.length));
  }
  return { terms, stems: head.stems, postings, ids, content: head.content };
}
