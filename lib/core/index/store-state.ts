/**
 * The store's transitions as pure functions over plain records, so the
 * IndexedDB store and the in-memory store behave identically and the rules
 * (previous kept, rollback swaps, versions turned away from are not
 * re-accepted) are written once.
 */
import { INDEX_MAX_VERSION } from './limits';
import type { IndexFile } from './schema';
import type { ActiveIndex, HttpValidators, IndexSource, IndexStatus, IndexSummary, LastCheck } from './store';
import { validateIndex } from './validate';

/** One stored index. The bundled index is kept as a pointer (index null), so an extension update brings its new bundled index along. */
export interface SlotRecord {
  source: IndexSource;
  activatedAt: string | null;
  version: number;
  created: string;
  entryCount: number;
  index: IndexFile | null;
}

export interface MetaRecord {
  lastCheck: LastCheck | null;
  validators: HttpValidators | null;
  acceptAbove: number;
}

export interface StoreState {
  active: SlotRecord | null;
  previous: SlotRecord | null;
  meta: MetaRecord;
}

export const EMPTY_META: MetaRecord = { lastCheck: null, validators: null, acceptAbove: 0 };

export function slotFor(index: IndexFile, source: IndexSource, activatedAt: string | null): SlotRecord {
  return {
    source,
    activatedAt,
    version: index.version,
    created: index.created,
    entryCount: index.entries.length,
    index: source.kind === 'bundled' ? null : index,
  };
}

function summaryOf(slot: SlotRecord): IndexSummary {
  return {
    version: slot.version,
    created: slot.created,
    source: slot.source,
    entryCount: slot.entryCount,
    activatedAt: slot.activatedAt,
  };
}

/** The bundled slot reflects the bundled file as shipped now, not as it was when recorded. */
function current(slot: SlotRecord | null, bundled: IndexFile): SlotRecord {
  if (slot === null || slot.source.kind === 'bundled') return slotFor(bundled, { kind: 'bundled' }, slot?.activatedAt ?? null);
  return slot;
}

function isSource(value: unknown): value is IndexSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as { kind?: unknown; url?: unknown; name?: unknown };
  if (source.kind === 'bundled') return true;
  if (source.kind === 'update') return typeof source.url === 'string';
  if (source.kind === 'file') return source.name === null || typeof source.name === 'string';
  return false;
}

/** Reads a stored slot defensively: anything malformed or failing validation counts as corrupt. */
export function readSlot(value: unknown): { ok: true; slot: SlotRecord | null } | { ok: false } {
  if (value === undefined || value === null) return { ok: true, slot: null };
  if (typeof value !== 'object') return { ok: false };
  const slot = value as Partial<SlotRecord>;
  if (!isSource(slot.source)) return { ok: false };
  if (slot.source.kind === 'bundled') return { ok: true, slot: { ...(slot as SlotRecord), index: null } };
  const validation = validateIndex(slot.index);
  if (!validation.ok) return { ok: false };
  return {
    ok: true,
    slot: slotFor(validation.value, slot.source, typeof slot.activatedAt === 'string' ? slot.activatedAt : null),
  };
}

/**
 * A floor of at most INDEX_MAX_VERSION; anything else counts as no floor. A
 * floor above the bound can only come from an index stored before the bound
 * existed; no valid index could ever exceed it, so keeping it would lock
 * updates out for good, and the version it guards against is refused anyway.
 */
function readFloor(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value <= INDEX_MAX_VERSION ? value : 0;
}

export function readMeta(value: unknown): MetaRecord {
  if (typeof value !== 'object' || value === null) return EMPTY_META;
  const meta = value as Partial<MetaRecord>;
  return {
    lastCheck: meta.lastCheck ?? null,
    validators: meta.validators ?? null,
    acceptAbove: readFloor(meta.acceptAbove),
  };
}

export function activeFrom(stored: unknown, loadBundled: () => Promise<IndexFile>): Promise<ActiveIndex> {
  const read = readSlot(stored);
  if (read.ok && read.slot !== null && read.slot.index !== null) {
    return Promise.resolve({
      index: read.slot.index,
      source: read.slot.source,
      activatedAt: read.slot.activatedAt,
      fallback: null,
    });
  }
  const fallback = !read.ok ? 'corrupt' : read.slot === null ? 'missing' : null;
  const activatedAt = read.ok ? (read.slot?.activatedAt ?? null) : null;
  return loadBundled().then((index) => ({ index, source: { kind: 'bundled' }, activatedAt, fallback }));
}

export function statusOf(state: StoreState, bundled: IndexFile): IndexStatus {
  const active = current(state.active, bundled);
  return {
    active: summaryOf(active),
    previous: state.previous === null ? null : summaryOf(current(state.previous, bundled)),
    lastCheck: state.meta.lastCheck,
    acceptAbove: Math.max(active.version, state.meta.acceptAbove),
  };
}

export function applySwap(
  state: StoreState,
  incoming: SlotRecord,
  bundled: IndexFile,
  validators: HttpValidators | null,
): StoreState {
  return { active: incoming, previous: current(state.active, bundled), meta: { ...state.meta, validators } };
}

/** Swaps active and previous, and remembers the version turned away from so the next check does not bring it straight back. */
export function applyRollback(state: StoreState, bundled: IndexFile, at: string): StoreState | null {
  if (state.previous === null) return null;
  const leaving = current(state.active, bundled);
  return {
    active: { ...state.previous, activatedAt: at },
    previous: leaving,
    meta: { ...state.meta, acceptAbove: Math.max(state.meta.acceptAbove, leaving.version) },
  };
}

/**
 * Back to the bundled index, and the version floor back down to it: a reset is
 * the user's way out when a (forged or broken) index with a huge version would
 * otherwise refuse every genuine update for good. The saved HTTP validators
 * stay, so an unchanged file on the server answers 304 and is not taken again
 * straight away.
 */
export function applyReset(state: StoreState, bundled: IndexFile, at: string): StoreState {
  const leaving = current(state.active, bundled);
  const meta = { ...state.meta, acceptAbove: 0 };
  if (leaving.source.kind === 'bundled') return { ...state, active: slotFor(bundled, { kind: 'bundled' }, at), meta };
  return { active: slotFor(bundled, { kind: 'bundled' }, at), previous: leaving, meta };
}
