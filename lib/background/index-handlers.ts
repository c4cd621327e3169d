/**
 * Answers the index messages (lib/shared/messages/index-messages.ts) with a store and
 * an updater; the background only wires this object into its router.
 */
import { decodeBase64 } from '../core/index/base64';
import { outcomeMessageKey, type IndexOutcomeCode } from '../core/index/outcomes';
import type { IndexStore } from '../core/index/store';
import type { IndexActionResult, indexMessages } from '../shared/messages/index-messages';
import type { Handlers } from '../shared/messages/router';
import type { IndexUpdater } from './index-updater';
import type { IndexOutcome } from '../core/index/outcomes';

export interface IndexHandlerDeps {
  store: IndexStore;
  updater: IndexUpdater;
  now: () => Date;
  /** Called after the active index changed, so the background can rebuild what depends on it (recogniser, search). */
  onActiveChanged?: () => void | Promise<void>;
}

function plain(code: IndexOutcomeCode, ok: boolean, detail: string): IndexOutcome {
  return { ok, code, messageKey: outcomeMessageKey(code), detail, version: null, problems: [] };
}

const CHANGED: ReadonlySet<IndexOutcomeCode> = new Set(['updated', 'imported', 'rolled_back', 'reset_to_bundled']);

export function createIndexHandlers(deps: IndexHandlerDeps): Handlers<typeof indexMessages> {
  async function answer(outcome: IndexOutcome): Promise<IndexActionResult> {
    if (CHANGED.has(outcome.code)) await deps.onActiveChanged?.();
    return { outcome, status: await deps.store.status() };
  }
  return {
    'index/status': () => deps.store.status(),
    'index/check-now': async () => answer(await deps.updater.checkNow()),
    'index/rollback': async () => {
      const done = await deps.store.rollbackToPrevious(deps.now().toISOString());
      return answer(
        done
          ? plain('rolled_back', true, 'the previous index is active again')
          : plain('no_previous', false, 'there is no previous index'),
      );
    },
    'index/reset': async () => {
      await deps.store.resetToBundled(deps.now().toISOString());
      return answer(plain('reset_to_bundled', true, 'the bundled index is active'));
    },
    'index/import-file': async (request) => {
      const bytes = decodeBase64(request.indexBase64);
      if (bytes === null) return answer(plain('malformed_json', false, 'the file did not arrive as valid base64'));
      return answer(await deps.updater.loadFromFile(bytes, request.signature, request.fileName));
    },
  };
}
