/**
 * Recognises pages against the active index. The recogniser (term vectors of
 * every entry) is built once per index and rebuilt when the index changes.
 */
import type { IndexEntry } from '../index/schema';
import type { PageSnapshot } from '../page';
import { createRecogniser, type Recogniser } from '../recognise/recogniser';
import type { Recognition } from '../recognise/types';

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
