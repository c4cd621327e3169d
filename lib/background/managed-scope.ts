/**
 * The administrator's recognition scope for the background, read once and again
 * only when the policy changes: every page report asks for it, and the browser's
 * managed storage can be slow to answer (lib/shared/platform/managed.ts).
 */
import { DEFAULT_RECOGNITION_SCOPE, type RecognitionScope } from '../core/settings/recognition-scope';
import type { ManagedSettings } from '../shared/platform/managed';

export interface ManagedScope {
  scope(): Promise<RecognitionScope>;
  /** Forgets the scope read last; the next question reads the policy again. */
  invalidate(): void;
}

export function createManagedScope(load: () => Promise<ManagedSettings>): ManagedScope {
  let current: Promise<RecognitionScope> | undefined;
  return {
    scope() {
      current ??= load().then(
        (managed) => managed.recognitionScope ?? DEFAULT_RECOGNITION_SCOPE,
        (error: unknown) => {
          current = undefined;
          console.warn('Regiolens: the recognition scope could not be read; the default applies for now', error);
          return DEFAULT_RECOGNITION_SCOPE;
        },
      );
      return current;
    },
    invalidate() {
      current = undefined;
    },
  };
}
