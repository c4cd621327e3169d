/**
 * `npm run eval`'s section on real pages: figures per split (development and
 * test), per kind of page, the keyword-density peer, the reliability table of
 * the score on the development split, and the development pages it gets
 * wrong. A set's split becomes a development split once its first-contact
 * figures have been reported and its mistakes read (test-2 to test-6, see
 * tests/fixtures/real-pages/README.md); every other split is held out, and its
 * mistakes are listed only with --show-test, so that tuning never looks at them.
 */
import { readFileSync } from 'node:fs';
import type { Recogniser } from '../../lib/core/recognise/recogniser';
import type { Recognition } from '../../lib/core/recognise/types';
import { bestThreshold, f1At, keywordDensity } from './keyword-baseline';
import { readAllRealPages, REAL_PAGE_SETS, type RealPageLabel } from './real-pages';
import { computeFigures, reliabilityTable, type Figures, type LabelledResult } from './recognise-figures';
import { snapshotFromFile } from './recognise-input';

/** Splits whose mistakes may be read and tuned on. */
export const DEVELOPMENT_SPLITS: readonly string[] = ['dev', 'test-2', 'test-3', 'test-4', 'test-5', 'test-6', 'test-7'];

export type RealResult = LabelledResult & { label: RealPageLabel; recognition: Recognition; density: number };

export function evaluateRealPages(recogniser: Recogniser): { results: RealResult[]; missing: string[]; changed: string[] } {
  const { pages, missing, changed } = readAllRealPages();
  const results = pages.map(({ label, path }): RealResult => {
    const snapshot = snapshotFromFile(path);
    const recognition = recogniser.recognise(snapshot);
    return {
      label,
      expected: { regional: label.regional, theme: label.themes[0] ?? null, themes: label.themes },
      verdict: recognition.verdict,
      topTheme: recognition.themes[0]?.id ?? null,
      recognition,
      density: keywordDensity(readFileSync(path, 'utf8')),
    };
  });
  return { results, missing, changed };
}

export function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

export function figureLine(name: string, pages: number, figures: Figures): string {
  return [
    `  ${name.padEnd(16)} pages ${String(pages).padStart(3)}`,
    `precision ${percent(figures.precision)}`,
    `recall ${percent(figures.recall)}`,
    `F1 ${percent(figures.f1)}`,
    `maybe ${figures.maybes}`,
    `false alarms ${figures.falseAlarms}/${figures.negatives} (${percent(figures.falseAlarmRate)})`,
    `top-1 theme ${percent(figures.themeAccuracy)} (${figures.themeCorrect}/${figures.positives})`,
    `first suggestion on theme ${percent(figures.suggestionAccuracy)} (${figures.suggestionCorrect}/${figures.suggestionJudged})`,
    `suggestions on "no" ${figures.suggestionsOnNo}`,
  ].join(' · ');
}

function mistakes(results: readonly RealResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const wrongVerdict = (result.verdict === 'yes') !== result.label.regional;
    const themes = result.label.themes;
    const wrongTheme = result.label.regional && !wrongVerdict && result.topTheme !== null && !themes.includes(result.topTheme);
    if (!wrongVerdict && !wrongTheme) continue;
    const why = result.recognition.why
      .slice(0, 4)
      .map((reason) => `${reason.label}${reason.count > 1 ? ` ×${reason.count}` : ''}`)
      .join(', ');
    lines.push(
      wrongVerdict
        ? `    ${result.label.id} [${result.label.kind}]: expected ${result.label.regional ? 'regional' : 'not regional'}, got ${result.verdict} (${result.recognition.score.toFixed(2)}) [${why}]`
        : `    ${result.label.id}: theme expected ${themes.join('/')}, got ${result.topTheme}`,
    );
  }
  return lines;
}

export function reportRealPages(
  evaluated: ReturnType<typeof evaluateRealPages>,
  { showTest = false }: { showTest?: boolean } = {},
): string {
  const { results, missing, changed } = evaluated;
  const lines = REAL_PAGE_SETS.map((set) => `${set.manifest} (texts in ${set.texts})`);
  if (missing.length + changed.length > 0)
    lines.push(
      `  ${results.length} pages read; ${missing.length} texts missing, ${changed.length} changed (fingerprint differs): see tests/fixtures/real-pages/README.md to re-create them`,
    );
  if (results.length === 0) return `${lines.join('\n')}\n`;
  const dev = results.filter((result) => result.label.split === 'dev');
  const test = results.filter((result) => result.label.split === 'test');
  // Every split present gets its figures, in the order the sets were collected; the newest held-out one is marked.
  const splits = [...new Set(results.map((result) => result.label.split))];
  const heldOut = splits.filter((split) => !DEVELOPMENT_SPLITS.includes(split));
  const freshest = heldOut.at(-1);
  for (const split of splits) {
    const chosen = results.filter((result) => result.label.split === split);
    const name =
      DEVELOPMENT_SPLITS.includes(split) && split !== 'dev'
        ? `${split} (dev)`
        : split === freshest && split !== 'test'
          ? `${split} (fresh)`
          : split;
    lines.push(figureLine(name, chosen.length, computeFigures(chosen)));
  }

  lines.push('  by kind (all splits): share called regional');
  const kinds = [...new Set(results.map((result) => result.label.kind))].sort();
  for (const kind of kinds) {
    const chosen = results.filter((result) => result.label.kind === kind);
    const yes = chosen.filter((result) => result.verdict === 'yes').length;
    lines.push(
      `    ${kind.padEnd(18)} ${String(yes).padStart(3)}/${String(chosen.length).padEnd(3)} ${percent(yes / chosen.length)}`,
    );
  }

  const threshold = bestThreshold(dev.map((result) => ({ density: result.density, regional: result.label.regional })));
  const peerF1 = (chosen: readonly RealResult[]) =>
    percent(
      f1At(
        chosen.map((result) => ({ density: result.density, regional: result.label.regional })),
        threshold,
      ),
    );
  lines.push(`  peer: keyword density ≥ ${threshold.toFixed(1)}‰ (chosen on dev): F1 dev ${peerF1(dev)} · test ${peerF1(test)}`);

  lines.push('  reliability (dev): score band → pages, share regional');
  for (const band of reliabilityTable(dev))
    if (band.pages > 0)
      lines.push(
        `    ${band.from.toFixed(1)}–${band.to.toFixed(1)}  ${String(band.pages).padStart(3)}  ${percent(band.regional / band.pages)}`,
      );

  const devMistakes = mistakes(results.filter((result) => DEVELOPMENT_SPLITS.includes(result.label.split)));
  if (devMistakes.length > 0) lines.push(`  misclassified (${DEVELOPMENT_SPLITS.join(', ')}):`, ...devMistakes);
  if (showTest) {
    const testMistakes = mistakes(results.filter((result) => !DEVELOPMENT_SPLITS.includes(result.label.split)));
    if (testMistakes.length > 0) lines.push(`  misclassified (${heldOut.join(', ')}):`, ...testMistakes);
  }
  return `${lines.join('\n')}\n`;
}
