/**
 * The index update check, with every dependency injected (fetch, clock,
 * store, trusted keys, source address) so the same code runs in the
 * background and against a real local HTTP server in tests.
 *
 * One check: validate the source address → conditional GET of the index
 * (ETag / Last-Modified) → GET `<url>.sig` → `checkIndexUpdate` (signature,
 * JSON, schema, unique ids, version) → atomic swap → outcome recorded. Any
 * refusal leaves the active index untouched.
 */
import { checkIndexUpdate, type IndexCheckResult } from '../core/index/check-update';
import { checkSourceUrl } from '../core/index/http-policy';
import { INDEX_MAX_BYTES, SIGNATURE_MAX_BYTES } from '../core/index/limits';
import { outcomeMessageKey, type IndexOutcomeCode } from '../core/index/outcomes';
import { describeProblem, type IndexProblem } from '../core/index/problems';
import type { HttpValidators, IndexSource, IndexStore } from '../core/index/store';
import { fetchUnderPolicy, type FetchLike } from './index-fetch';
import type { IndexOutcome } from '../core/index/outcomes';

/** Default time for one whole check (index and signature). */
export const UPDATE_TIMEOUT_MS = 30_000;

export interface IndexCheckDeps {
  store: IndexStore;
  /** Base64 raw Ed25519 public keys (defaults plus managed-storage keys). */
  trustedKeys: () => readonly string[] | Promise<readonly string[]>;
  /** The clock; injected so tests control the recorded times. */
  now: () => Date;
  maxBytes?: number;
}

export interface IndexUpdaterDeps extends IndexCheckDeps {
  fetch: FetchLike;
  /** The configured update address (options or managed storage); null when none is set. */
  sourceUrl: () => string | null | Promise<string | null>;
  timeoutMs?: number;
}

function outcome(
  code: IndexOutcomeCode,
  ok: boolean,
  detail: string,
  version: number | null = null,
  problems: IndexProblem[] = [],
): IndexOutcome {
  return { ok, code, messageKey: outcomeMessageKey(code), detail, version, problems };
}

function detailOf(result: Exclude<IndexCheckResult, { ok: true }>): string {
  const listed = result.problems.slice(0, 5).map(describeProblem);
  const more = result.problems.length > 5 ? [`… and ${result.problems.length - 5} more`] : [];
  return [result.message, ...listed, ...more].join('\n');
}

/** Records the outcome as the last check; a store that cannot even record is reported as such. */
async function recorded(store: IndexStore, at: Date, result: IndexOutcome): Promise<IndexOutcome> {
  try {
    await store.recordCheck({ at: at.toISOString(), outcome: result.code, detail: result.detail });
    return result;
  } catch (error) {
    return outcome('store_failed', false, `${result.detail}\nrecording the outcome failed: ${String(error)}`, result.version);
  }
}

/** Runs the shared checks and, when they pass, swaps the index in. */
async function checkAndSwap(
  deps: IndexCheckDeps,
  bytes: Uint8Array,
  signature: string | Uint8Array | null,
  source: IndexSource,
  validators: HttpValidators | null,
  successCode: 'updated' | 'imported',
): Promise<IndexOutcome> {
  const result = await checkIndexUpdate(bytes, signature, {
    trustedKeys: await deps.trustedKeys(),
    activeVersion: await deps.store.acceptAbove(),
    maxBytes: deps.maxBytes ?? INDEX_MAX_BYTES,
  });
  if (!result.ok) {
    // Same content as last time (only the version was not newer): remember the validators so the next check is a cheap 304.
    if (result.code === 'not_newer' && validators !== null) await deps.store.saveValidators(validators);
    return outcome(result.code, false, detailOf(result), null, result.problems);
  }
  try {
    await deps.store.swapIn(result.index, source, deps.now().toISOString(), validators);
  } catch (error) {
    return outcome('store_failed', false, `the index was valid but could not be stored: ${String(error)}`, result.index.version);
  }
  const where = source.kind === 'update' ? source.url : ((source.kind === 'file' ? source.name : null) ?? 'file');
  return outcome(
    successCode,
    true,
    `version ${result.index.version} with ${result.index.entries.length} entries from ${where}`,
    result.index.version,
  );
}

/** One update check against the configured source. Never throws; every end is an outcome. */
export async function checkForIndexUpdate(deps: IndexUpdaterDeps): Promise<IndexOutcome> {
  const startedAt = deps.now();
  const raw = await deps.sourceUrl();
  if (raw === null || raw.trim() === '')
    return recorded(deps.store, startedAt, outcome('no_source', false, 'no update address is configured'));
  const source = checkSourceUrl(raw);
  if (!source.ok) return recorded(deps.store, startedAt, outcome(source.code, false, source.message));

  const maxBytes = deps.maxBytes ?? INDEX_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), deps.timeoutMs ?? UPDATE_TIMEOUT_MS);
  try {
    const known = await deps.store.validators();
    const conditional: Record<string, string> = {};
    if (known !== null && known.url === source.url.href) {
      if (known.etag !== null) conditional['if-none-match'] = known.etag;
      if (known.lastModified !== null) conditional['if-modified-since'] = known.lastModified;
    }
    const index = await fetchUnderPolicy(deps.fetch, {
      url: source.url,
      expect: 'index',
      maxBytes,
      signal: controller.signal,
      headers: conditional,
    });
    if (index.kind === 'not-modified')
      return recorded(deps.store, startedAt, outcome('not_modified', true, `${source.url.href} has not changed`));
    if (index.kind === 'failed') return recorded(deps.store, startedAt, outcome(index.code, false, index.message));

    const sigUrl = new URL(`${source.url.href}.sig`);
    const sig = await fetchUnderPolicy(deps.fetch, {
      url: sigUrl,
      expect: 'signature',
      maxBytes: SIGNATURE_MAX_BYTES,
      signal: controller.signal,
    });
    if (sig.kind === 'failed' && sig.code === 'not_found') {
      return recorded(deps.store, startedAt, outcome('signature_missing', false, `no signature at ${sigUrl.href}`));
    }
    if (sig.kind === 'failed') return recorded(deps.store, startedAt, outcome(sig.code, false, sig.message));
    if (sig.kind === 'not-modified')
      return recorded(
        deps.store,
        startedAt,
        outcome('http_error', false, `${sigUrl.href} answered 304 to an unconditional request`),
      );

    const validators: HttpValidators = { url: source.url.href, etag: index.etag, lastModified: index.lastModified };
    const result = await checkAndSwap(
      deps,
      index.bytes,
      sig.bytes,
      { kind: 'update', url: source.url.href },
      validators,
      'updated',
    );
    return recorded(deps.store, startedAt, result);
  } catch (error) {
    return recorded(deps.store, startedAt, outcome('store_failed', false, `the check failed: ${String(error)}`));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Offline distribution: an index file and its signature chosen by the user,
 * under exactly the checks of a network update.
 */
export async function loadIndexFromFile(
  deps: IndexCheckDeps,
  bytes: Uint8Array,
  signature: Uint8Array | string | null,
  fileName: string | null = null,
): Promise<IndexOutcome> {
  const startedAt = deps.now();
  try {
    const result = await checkAndSwap(deps, bytes, signature, { kind: 'file', name: fileName }, null, 'imported');
    return recorded(deps.store, startedAt, result);
  } catch (error) {
    return recorded(deps.store, startedAt, outcome('store_failed', false, `the import failed: ${String(error)}`));
  }
}

export interface IndexUpdater {
  checkNow(): Promise<IndexOutcome>;
  loadFromFile(bytes: Uint8Array, signature: Uint8Array | string | null, fileName?: string | null): Promise<IndexOutcome>;
}

export function createIndexUpdater(deps: IndexUpdaterDeps): IndexUpdater {
  let running: Promise<IndexOutcome> | null = null;
  return {
    // Alarms, start-up and "check now" may overlap; they share one check instead of racing two swaps.
    checkNow() {
      running ??= checkForIndexUpdate(deps).finally(() => {
        running = null;
      });
      return running;
    },
    loadFromFile: (bytes, signature, fileName = null) => loadIndexFromFile(deps, bytes, signature, fileName),
  };
}
