/**
 * `npm run bench`: runs every benchmark (Node and Chromium) and prints a table of
 * named figures with median, p95, spread and budget; `--json` prints JSON lines
 * `{"name", "value", "unit", ...}` instead. Extra arguments filter bench files: `popup-extension` runs
 * bench/extension/popup-extension.bench.ts alone (popup opened → first results in the built extension).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './lib/figures';
import { findChromium, CHROMIUM_HELP } from '../scripts/lib/chromium';
import { sizeFigures } from './lib/bundle-sizes';

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((arg) => arg !== '--json');

if (!findChromium()) {
  console.error(CHROMIUM_HELP);
  process.exit(2);
}

const out = join(mkdtempSync(join(tmpdir(), 'regiolens-bench-')), 'figures.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', ...filters], {
  stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  env: { ...process.env, REGIOLENS_BENCH_OUT: out },
});

const figures: Figure[] = existsSync(out)
  ? readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Figure)
  : [];
figures.push(...sizeFigures());

function overBudget(figure: Figure): boolean {
  if (figure.budget === undefined) return false;
  const measured = figure.budgetOn === 'p95' ? (figure.p95 ?? figure.value) : figure.value;
  return measured > figure.budget;
}

if (json) {
  for (const figure of figures) console.log(JSON.stringify({ ...figure, overBudget: overBudget(figure) }));
} else {
  const rows = figures.map((figure) => ({
    name: figure.name,
    value: `${figure.value} ${figure.unit}`,
    p95: figure.p95 === undefined ? '' : `${figure.p95} ${figure.unit}`,
    spread: figure.spread === undefined ? '' : `${figure.spread}`,
    runs: figure.runs === undefined ? '' : String(figure.runs),
    budget:
      figure.budget === undefined
        ? ''
        : `${figure.budgetOn === 'p95' ? 'p95 ' : ''}≤ ${figure.budget} ${figure.unit}${overBudget(figure) ? '  OVER' : ''}`,
    peer: figure.peer ?? '',
  }));
  console.log('');
  console.table(rows);
  for (const figure of figures) if (figure.note) console.log(`${figure.name}: ${figure.note}`);
}
const over = figures.filter(overBudget);
if (over.length > 0) console.error(`${over.length} figure(s) over budget: ${over.map((figure) => figure.name).join(', ')}`);
process.exit(run.status ?? 1);
