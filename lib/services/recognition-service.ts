/**
 * Recognises pages against the active index. Until the recogniser lands
 * (issue 4) this answers "no" for every page with no reasons.
 */
import type { PageSnapshot } from '../page';
import type { Recognition } from '../recognise/types';

export function createRecognitionService() {
  return {
    async recognise(_page: PageSnapshot): Promise<Recognition> {
      return { regional: false, verdict: 'no', score: 0, themes: [], why: [], suggestions: [] };
    },
  };
}
