/**
 * The stored form of a search snapshot (snapshot.ts): a head (ids, terms, stems, offsets, weight
 * table) and the postings cut into blocks of whole terms, kept apart. Why: at 10,000 entries the
 * postings are about a million slots, some 3 MB, and a background woken by the popup read all of
 * them from IndexedDB (36–58 ms) to answer a query that reads a handful of terms. With the postings
 * apart it reads the head and only the blocks its query's terms are in.
 *
 * `joinSnapshot` puts head and blocks back together as the whole snapshot, for the full index that
 * a background loads once its first answer is out; `lazySnapshot` decodes the head alone into
 * postings that say which blocks a ranking read while they were not at hand (`takeWanted`), so the
 * caller can fetch them and rank again (stored-search.ts). Nothing read back is trusted: a block that
 * does not fit the head's offsets, or is of another array type, makes the snapshot refused.
 */
import { decodeHeadShape, isCodeArray, isSlotArray, storedPostings, type DecodedSnapshot, type SearchSnapshot } from './snapshot';
import type { Postings } from './vocabulary';

/** Postings per block, about 24 kB stored: a query's few terms read a few blocks, not the megabytes. */
export const POSTINGS_PER_BLOCK = 8192;

/** A snapshot without its postings, and where its blocks begin. */
export interface SnapshotHead extends Omit<SearchSnapshot, 'slots' | 'weightIndex'> {
  /** Block b holds the postings of terms blockTerms[b] to blockTerms[b + 1] - 1 (one more entry than blocks). */
  blockTerms: Uint32Array;
}

/** One block's postings: slots and weight codes of its terms, in term order. */
export interface PostingsBlock {
  slots: Uint16Array | Uint32Array;
  weightIndex: Uint8Array | Uint16Array | Uint32Array;
}

/** A snapshot as it is stored: its head, and its postings in blocks. */
export interface SplitSnapshot {
  head: SnapshotHead;
  blocks: PostingsBlock[];
}

/** Cuts a snapshot's postings into blocks of whole terms, each of at most `perBlock` postings unless one term has more. */
export function splitSnapshot(snapshot: SearchSnapshot, perBlock = POSTINGS_PER_BLOCK): SplitSnapshot {
  const { slots, weightIndex, ...head } = snapshot;
  const { offsets } = snapshot;
  const terms = snapshot.terms.length;
  const starts = [0];
  for (let term = 1; term < terms; term++) {
    const blockStart = offsets[starts[starts.length - 1] ?? 0] ?? 0;
    if ((offsets[term + 1] ?? 0) - blockStart > perBlock) starts.push(term);
  }
  starts.push(terms);
  const blockTerms = Uint32Array.from(starts);
  const blocks: PostingsBlock[] = [];
  for (let b = 0; b + 1 < blockTerms.length; b++) {
    const from = offsets[blockTerms[b] ?? 0] ?? 0;
    const to = offsets[blockTerms[b + 1] ?? 0] ?? 0;
    blocks.push({ slots: slots.slice(from, to), weightIndex: weightIndex.slice(from, to) });
  }
  return { head: { ...head, blockTerms }, blocks };
}

/** The block boundaries of a stored head, when they fit its terms: start at 0, end at the last term, never go back. */
function blockTermsOf(head: unknown, terms: number): Uint32Array | null {
  const blockTerms = (head as { blockTerms?: unknown }).blockTerms;
  if (!(blockTerms instanceof Uint32Array) || blockTerms.length < 2) return null;
  if (blockTerms[0] !== 0 || blockTerms[blockTerms.length - 1] !== terms) return null;
  for (let b = 1; b < blockTerms.length; b++) if ((blockTerms[b] ?? 0) < (blockTerms[b - 1] ?? 0)) return null;
  return blockTerms;
}

/** The postings positions block b covers, by the head's offsets. */
function blockRange(offsets: Uint32Array, blockTerms: Uint32Array, block: number): [number, number] {
  return [offsets[blockTerms[block] ?? 0] ?? 0, offsets[blockTerms[block + 1] ?? 0] ?? 0];
}

/** A stored block's arrays, when they are typed arrays of the head's postings length for that block; else null. */
function blockArrays(value: unknown, length: number): PostingsBlock | null {
  if (typeof value !== 'object' || value === null) return null;
  const { slots, weightIndex } = value as Partial<PostingsBlock>;
  if (!isSlotArray(slots) || !isCodeArray(weightIndex)) return null;
  return slots.length === length && weightIndex.length === length ? { slots, weightIndex } : null;
}

/**
 * The whole snapshot of a stored head and all its blocks (unknown: decodeSnapshot checks it), or null
 * when the blocks do not fit the head: another number of them, another length, mixed array types.
 */
export function joinSnapshot(head: unknown, blocks: readonly unknown[]): unknown {
  if (typeof head !== 'object' || head === null) return null;
  const { offsets, terms } = head as Partial<SnapshotHead>;
  if (!(offsets instanceof Uint32Array) || !Array.isArray(terms)) return null;
  const blockTerms = blockTermsOf(head, terms.length);
  if (blockTerms === null || blocks.length !== blockTerms.length - 1) return null;
  const parts: PostingsBlock[] = [];
  for (const [b, value] of blocks.entries()) {
    const [from, to] = blockRange(offsets, blockTerms, b);
    const part = blockArrays(value, to - from);
    if (part === null) return null;
    parts.push(part);
  }
  const first = parts[0];
  if (first === undefined) return null;
  if (parts.some((part) => part.slots.constructor !== first.slots.constructor)) return null;
  if (parts.some((part) => part.weightIndex.constructor !== first.weightIndex.constructor)) return null;
  const total = parts.reduce((sum, part) => sum + part.slots.length, 0);
  const slots = first.slots instanceof Uint16Array ? new Uint16Array(total) : new Uint32Array(total);
  const SameCodes = first.weightIndex.constructor as new (length: number) => PostingsBlock['weightIndex'];
  const weightIndex = new SameCodes(total);
  let at = 0;
  for (const part of parts) {
    slots.set(part.slots, at);
    weightIndex.set(part.weightIndex, at);
    at += part.slots.length;
  }
  const { blockTerms: _blockTerms, ...rest } = head as SnapshotHead;
  return { ...rest, slots, weightIndex };
}

/** A snapshot decoded from its head alone: its postings arrive block by block. */
export interface LazySnapshot extends DecodedSnapshot {
  /** The blocks whose postings were read while not at hand since the last call, in order; forgets them. */
  takeWanted(): number[];
  /** Gives block `block` its stored value; false when it does not fit the head (the snapshot is then corrupt). */
  load(block: number, value: unknown): boolean;
  /** The blocks not at hand yet. */
  missing(): number[];
}

/**
 * One term's postings before its block is at hand: its size (from the offsets, for document frequencies)
 * and, when read, no postings at all (zeros) while it notes its block as wanted. A ranking read through
 * them is thrown away; the ranking read once every wanted block is loaded is the stored index's own.
 */
class PendingPostings implements Postings {
  private loaded: Postings | undefined;

  constructor(
    readonly count: number,
    private readonly block: number,
    private readonly wanted: Set<number>,
    private readonly zeros: () => Float64Array,
  ) {}

  get slots(): Uint16Array | Uint32Array | number[] {
    if (this.loaded !== undefined) return this.loaded.slots;
    this.wanted.add(this.block);
    return new Uint32Array(this.zeros().buffer, 0, this.count);
  }

  set slots(_value) {
    throw new Error('a stored ranking is read, never changed');
  }

  get weights(): number[] | Float64Array {
    if (this.loaded !== undefined) return this.loaded.weights;
    this.wanted.add(this.block);
    return this.zeros().subarray(0, this.count);
  }

  set weights(_value) {
    throw new Error('a stored ranking is read, never changed');
  }

  fill(postings: Postings): void {
    this.loaded = postings;
  }
}

/** The head's content with pending postings, when the head is of this format and field set and its blocks fit its terms. */
export function lazySnapshot(head: unknown, fields: string): LazySnapshot | null {
  const shape = decodeHeadShape(head, fields);
  if (shape === null) return null;
  const { ids, terms, offsets, weightTable } = shape;
  const blockTerms = blockTermsOf(head, terms.length);
  if (blockTerms === null) return null;
  const wanted = new Set<number>();
  let largest = 0;
  for (let term = 0; term < terms.length; term++) largest = Math.max(largest, (offsets[term + 1] ?? 0) - (offsets[term] ?? 0));
  let zeros: Float64Array | undefined;
  const zerosOnce = () => (zeros ??= new Float64Array(largest));
  const postings: PendingPostings[] = [];
  const loaded = new Set<number>();
  for (let block = 0; block + 1 < blockTerms.length; block++) {
    for (let term = blockTerms[block] ?? 0; term < (blockTerms[block + 1] ?? 0); term++) {
      postings.push(new PendingPostings((offsets[term + 1] ?? 0) - (offsets[term] ?? 0), block, wanted, zerosOnce));
    }
  }
  return {
    ids,
    content: shape.content,
    terms,
    stems: shape.stems,
    postings,
    takeWanted() {
      const blocks = [...wanted].sort((a, b) => a - b);
      wanted.clear();
      return blocks;
    },
    missing() {
      const blocks: number[] = [];
      for (let block = 0; block + 1 < blockTerms.length; block++) if (!loaded.has(block)) blocks.push(block);
      return blocks;
    },
    load(block, value) {
      if (!Number.isInteger(block) || block < 0 || block + 1 >= blockTerms.length) return false;
      const [from, to] = blockRange(offsets, blockTerms, block);
      const arrays = blockArrays(value, to - from);
      if (arrays === null) return false;
      for (let term = blockTerms[block] ?? 0; term < (blockTerms[block + 1] ?? 0); term++) {
        const start = (offsets[term] ?? 0) - from;
        const end = (offsets[term + 1] ?? 0) - from;
        const views = storedPostings(
          arrays.slots.subarray(start, end),
          arrays.weightIndex.subarray(start, end),
          weightTable,
          ids.length,
        );
        postings[term]?.fill(views);
      }
      loaded.add(block);
      return true;
    },
  };
}
