/**
 * The labelled pages a learning script may read: the real pages of the
 * development splits (DEVELOPMENT_SPLITS in eval-real.ts) and the written
 * corpora's development pages (not WRITTEN_HELD_OUT), the latter as one more set,
 * "written": what the lexicon's own style says. A held-out set stays unseen.
 * Shared by learn-verdict.ts and learn-words.ts, so both learn from the same pages.
 */
import { join } from 'node:path';
import { DEVELOPMENT_SPLITS } from './eval-real';
import { readAllRealPages } from './real-pages';
import { readLabels, WRITTEN_CORPORA, WRITTEN_HELD_OUT } from './written-pages';

export interface DevelopmentPage {
  /** The labelled set (a real split, or "written"), for leave-one-set-out. */
  set: string;
  id: string;
  /** The page's text file. */
  path: string;
  regional: boolean;
}

/** Every development page, in a fixed order (the manifests', then the written corpora's). */
export function developmentPages(): DevelopmentPage[] {
  const pages: DevelopmentPage[] = [];
  for (const { label, path } of readAllRealPages().pages)
    if (DEVELOPMENT_SPLITS.includes(label.split)) pages.push({ set: label.split, id: label.id, path, regional: label.regional });
  for (const dir of WRITTEN_CORPORA)
    for (const [file, label] of readLabels(dir))
      if (!WRITTEN_HELD_OUT.includes(label.split ?? 'dev'))
        pages.push({ set: 'written', id: `${dir}/${file}`, path: join(dir, file), regional: label.regional });
  return pages;
}
