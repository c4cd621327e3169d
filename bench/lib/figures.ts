/**
 * Measuring and reporting benchmark figures. Benchmarks are ordinary vitest
 * tests (in Node or in Chromium); each figure is logged as one marked console
 * line, which the bench reporter collects in both environments. Speed is
 * measured here, never asserted in the test suite.
 */

export interface Figure {
  /** `<area>.<what>.<size>`, e.g. `search.keystroke.1000`. */
  name: string;
  value: number;
  unit: 'ms' | 'kB' | 'ratio' | 'count' | 'entries/s';
  /** 95th percentile, for latency figures. */
  p95?: number;
  /** Spread over the runs (max - min). */
  spread?: number;
  runs?: number;
  /** The budget the issue sets, in the same unit; the runner flags figures over budget. */
  budget?: number;
  /** Which of value/p95 the budget applies to (default: value). */
  budgetOn?: 'value' | 'p95';
  /** The peer this figure is compared with, e.g. a default fuse.js setup. */
  peer?: string;
  note?: string;
}

/** Marker the reporter looks for; keep in sync with bench/lib/figure-reporter.ts. */
export const FIGURE_MARKER = '[[regiolens-figure]]';

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  runs: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

export function summarise(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, sample) => sum + sample, 0);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: total / Math.max(1, sorted.length),
    runs: sorted.length,
  };
}

/** Times `work` over `runs` runs after `warmup` unmeasured ones; sync and async work both fine. */
export async function measure(
  work: () => unknown,
  { runs = 30, warmup = 3 }: { runs?: number; warmup?: number } = {},
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** Reports one figure (picked up by the bench reporter in Node and in the browser alike). */
export async function recordFigure(figure: Figure): Promise<void> {
  const rounded = { ...figure, value: round(figure.value), ...(figure.p95 === undefined ? {} : { p95: round(figure.p95) }) };
  console.log(`${FIGURE_MARKER}${JSON.stringify(rounded)}`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Records median, p95 and spread of a Stats under one name. */
export async function recordStats(name: string, stats: Stats, extra: Partial<Figure> = {}): Promise<void> {
  await recordFigure({
    name,
    value: stats.median,
    unit: 'ms',
    p95: stats.p95,
    spread: round(stats.max - stats.min),
    runs: stats.runs,
    ...extra,
  });
}
