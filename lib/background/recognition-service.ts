/**
 * Recognises pages against the active index. The recogniser (term vectors of
 * every entry) is built once per index and rebuilt when the index changes.
 */
import type { IndexEntry } from '../core/index/schema';
import type { PageSnapshot } from '../core/page-snapshot';
import { createRecogniser, type Recogniser } from '../core/recognise/recogniser';
import type { Recognition } from '../core/recognise/types';

export function createRecognitionService(loadEntries: () => Promise<readonly IndexEntry[]>) {
  let recogniser: Promise<Recogniser> | undefined;
  return {
    async recognise(page: PageSnapshot): Promise<Recognition> {
      recogniser ??= loadEntries().then(createRecogniser);
      return (await recogniser).recognise(page);
    },
    /** The active index changed: build anew on the next page. */
    invalidate(): void {
      recogniser = undefined;
    },
  };
}
