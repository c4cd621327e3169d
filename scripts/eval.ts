/**
 * Evaluates the recogniser on the labelled development corpus
 * (tests/fixtures/pages, labels in labels.json: {file: {regional, theme}}),
 * through the same path as the command-line recogniser (files → snapshot →
 * recognise). Prints precision, recall and F1 of the verdict ("maybe" counts
 * as no), how many maybes, top-1 theme accuracy over the positives, and the
 * misclassified files. Labels may carry "split": "held-out"; those pages were
 * written last and are reported separately, as a check against overfitting.
 *
 *   npm run eval [-- --index FILE] [--dir DIR] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRecogniser } from '../lib/recognise/recogniser';
import type { Recognition } from '../lib/recognise/types';
import { isThemeId, type ThemeId } from '../lib/themes';
import { loadDefaultIndex, loadIndex, snapshotFromFile } from './lib/recognise-input';
import { computeFigures, type LabelledResult } from './lib/recognise-figures';

interface Label {
  regional: boolean;
  theme: ThemeId | null;
  split?: string;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function readLabels(dir: string): Map<string, Label> {
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

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function main(): number {
  const dir = option('--dir') ?? 'tests/fixtures/pages';
  const indexPath = option('--index');
  const entries = indexPath ? loadIndex(indexPath) : loadDefaultIndex().entries;
  const recogniser = createRecogniser(entries);
  const labels = readLabels(dir);
  const results: (LabelledResult & { file: string; split: string; recognition: Recognition })[] = [];
  for (const [file, label] of labels) {
    const recognition = recogniser.recognise(snapshotFromFile(join(dir, file)));
    results.push({
      file,
      split: label.split ?? 'dev',
      expected: label,
      recognition,
      verdict: recognition.verdict,
      topTheme: recognition.themes[0]?.id ?? null,
    });
  }

  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(computeFigures(results))}\n`);
    return 0;
  }
  const splits = ['all', ...new Set(results.map((result) => result.split))];
  for (const split of splits) {
    const chosen = split === 'all' ? results : results.filter((result) => result.split === split);
    if (split !== 'all' && splits.length === 2) continue;
    const figures = computeFigures(chosen);
    process.stdout.write(
      `${split.padEnd(9)} pages ${String(chosen.length).padStart(3)} · precision ${percent(figures.precision)} · recall ${percent(figures.recall)} · F1 ${percent(figures.f1)} · maybe ${figures.maybes} · top-1 theme ${percent(figures.themeAccuracy)} (${figures.themeCorrect}/${figures.positives})\n`,
    );
  }
  const wrong = results.filter((result) => (result.verdict === 'yes') !== result.expected.regional);
  const wrongTheme = results.filter(
    (result) => result.expected.regional && result.expected.theme && result.topTheme !== result.expected.theme,
  );
  if (wrong.length + wrongTheme.length > 0) process.stdout.write('\nmisclassified:\n');
  for (const result of wrong) {
    const reasons = result.recognition.why
      .slice(0, 4)
      .map((reason) => reason.label)
      .join(', ');
    process.stdout.write(
      `  ${result.file}: expected ${result.expected.regional ? 'regional' : 'not regional'}, got ${result.verdict} (${result.recognition.score}) [${reasons}]\n`,
    );
  }
  for (const result of wrongTheme) {
    process.stdout.write(`  ${result.file}: theme expected ${result.expected.theme}, got ${result.topTheme}\n`);
  }
  return 0;
}

process.exitCode = main();
