/**
 * Evaluates the recogniser on labelled page folders (labels in each folder's
 * labels.json: {file: {regional, theme, split?}}), through the same path as the
 * command-line recogniser (files → snapshot → recognise). Prints, per folder,
 * precision, recall and F1 of the verdict ("maybe" counts as no), how many
 * maybes, top-1 theme accuracy over the positives, and the misclassified files.
 * Labels may carry a "split" (e.g. "held-out"); splits are reported
 * separately, as a check against overfitting.
 *
 * By default four corpora are evaluated: tests/fixtures/pages (written with
 * the lexicon), tests/fixtures/pages-unseen (written before reading it, in
 * the style of real government, news and knowledge pages, with hard
 * negatives) and tests/fixtures/pages-fresh (round 2, also written before
 * reading the lexicon, in other voices: Kamerbrieven, statenvoorstellen,
 * long raadsinformatiebrieven, interviews, OECD pages, budgets, annual
 * reports, job ads) and tests/fixtures/pages-news (round 3, written before
 * reading the lexicon: regional and national news sites with their furniture,
 * half regional politics, half other news from the same sites). `--dir DIR`
 * (repeatable) evaluates those folders instead.
 *
 * Places are evaluated too (unless folders were chosen): precision and recall of
 * the places named and accuracy of the inferred region on tests/fixtures/places.
 *
 *   npm run eval [-- --index FILE] [--dir DIR ...] [--json]
 */
import { join } from 'node:path';
import { createRecogniser, type Recogniser } from '../lib/core/recognise/recogniser';
import type { Recognition } from '../lib/core/recognise/types';
import { loadDefaultIndex, loadIndex, snapshotFromFile } from './lib/recognise-input';
import { evaluateRealPages, reportRealPages } from './lib/eval-real';
import { REAL_PAGE_SPLITS } from './lib/real-pages';
import { computeFigures, type LabelledResult } from './lib/recognise-figures';
import { evaluatePlaces, reportPlaces } from './lib/places-eval';
import { readLabels, WRITTEN_CORPORA } from './lib/written-pages';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Every value of a repeatable option ("--dir A --dir B"). */
function options(name: string): string[] {
  const values: string[] = [];
  process.argv.forEach((arg, at) => {
    const value = process.argv[at + 1];
    if (arg === name && value !== undefined) values.push(value);
  });
  return values;
}

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

type Result = LabelledResult & { file: string; split: string; recognition: Recognition };

function evaluate(recogniser: Recogniser, dir: string): Result[] {
  const results: Result[] = [];
  for (const [file, label] of readLabels(dir)) {
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
  return results;
}

function report(dir: string, results: readonly Result[]): string {
  const lines = [`${dir}`];
  const splits = ['all', ...new Set(results.map((result) => result.split))];
  for (const split of splits) {
    const chosen = split === 'all' ? results : results.filter((result) => result.split === split);
    if (split !== 'all' && splits.length === 2) continue;
    const figures = computeFigures(chosen);
    lines.push(
      `  ${split.padEnd(9)} pages ${String(chosen.length).padStart(3)} · precision ${percent(figures.precision)} · recall ${percent(figures.recall)} · F1 ${percent(figures.f1)} · maybe ${figures.maybes} · top-1 theme ${percent(figures.themeAccuracy)} (${figures.themeCorrect}/${figures.positives})`,
    );
  }
  const wrong = results.filter((result) => (result.verdict === 'yes') !== result.expected.regional);
  const wrongTheme = results.filter(
    (result) => result.expected.regional && result.expected.theme && result.topTheme !== result.expected.theme,
  );
  if (wrong.length + wrongTheme.length > 0) lines.push('  misclassified:');
  for (const result of wrong) {
    const reasons = result.recognition.why
      .slice(0, 4)
      .map((reason) => reason.label)
      .join(', ');
    lines.push(
      `    ${result.file}: expected ${result.expected.regional ? 'regional' : 'not regional'}, got ${result.verdict} (${result.recognition.score}) [${reasons}]`,
    );
  }
  for (const result of wrongTheme)
    lines.push(`    ${result.file}: theme expected ${result.expected.theme}, got ${result.topTheme}`);
  return `${lines.join('\n')}\n`;
}

function main(): number {
  const chosen = options('--dir');
  const dirs = chosen.length > 0 ? chosen : [...WRITTEN_CORPORA];
  const indexPath = option('--index');
  const entries = indexPath ? loadIndex(indexPath) : loadDefaultIndex().entries;
  const recogniser = createRecogniser(entries);
  const evaluated = dirs.map((dir) => ({ dir, results: evaluate(recogniser, dir) }));

  // Real pages are evaluated unless folders were chosen; --real alone evaluates only them.
  const real = chosen.length === 0 ? evaluateRealPages(recogniser) : undefined;
  const written = process.argv.includes('--real') ? [] : evaluated;

  const places = chosen.length === 0 && !process.argv.includes('--real');
  if (process.argv.includes('--json')) {
    const figures: Record<string, unknown> = Object.fromEntries(
      written.map(({ dir, results }) => [dir, computeFigures(results)]),
    );
    if (places) for (const split of ['dev', 'held-out']) figures[`places/${split}`] = evaluatePlaces(split);
    if (real)
      for (const split of REAL_PAGE_SPLITS)
        figures[`real-pages/${split}`] = computeFigures(real.results.filter((result) => result.label.split === split));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const sections = written.map(({ dir, results }) => report(dir, results));
  if (real) sections.unshift(reportRealPages(real, { showTest: process.argv.includes('--show-test') }));
  if (places) sections.push(reportPlaces());
  process.stdout.write(sections.join('\n'));
  return 0;
}

// A reader that stops early (`npm run eval | head`) is no failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = main();
