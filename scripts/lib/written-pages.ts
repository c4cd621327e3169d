/**
 * The written corpora: pages the project wrote, each folder labelled in its
 * labels.json ({file: {regional, theme, split?}}). `npm run eval` reports them
 * (see scripts/eval.ts for what each round is), and `npm run learn-themes`
 * learns from the themes of their development pages as well as from the real
 * pages', so that a model fitted to the web still reads the way we write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isThemeId, type ThemeId } from '../../lib/core/themes';

export interface Label {
  regional: boolean;
  theme: ThemeId | null;
  split?: string;
}

export const WRITTEN_CORPORA = [
  'tests/fixtures/pages',
  'tests/fixtures/pages-unseen',
  'tests/fixtures/pages-fresh',
  'tests/fixtures/pages-news',
] as const;

/** Splits of the written corpora kept out of learning, as a check against overfitting. */
export const WRITTEN_HELD_OUT: readonly string[] = ['held-out', 'batch-2'];

export function readLabels(dir: string): Map<string, Label> {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  if (typeof raw !== 'object' || raw === null) throw new Error('labels.json must be an object');
  const labels = new Map<string, Label>();
  for (const [file, value] of Object.entries(raw)) {
    const label = value as Partial<Label>;
    if (typeof label.regional !== 'boolean' || !(label.theme === null || isThemeId(label.theme)))
      throw new Error(`bad label for ${file}`);
    labels.set(file, { regional: label.regional, theme: label.theme, ...(label.split ? { split: label.split } : {}) });
  }
  return labels;
}
