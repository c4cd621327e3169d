/**
 * A vitest reporter that collects benchmark figures from console lines
 * (see figures.ts) and writes them as JSON lines to $REGIOLENS_BENCH_OUT.
 */
import { appendFileSync } from 'node:fs';
import type { Reporter } from 'vitest/node';
import { FIGURE_MARKER } from './figures';

export default class FigureReporter implements Reporter {
  onUserConsoleLog(log: { content: string }): void {
    const out = process.env.REGIOLENS_BENCH_OUT;
    for (const line of log.content.split('\n')) {
      const at = line.indexOf(FIGURE_MARKER);
      if (at === -1 || !out) continue;
      appendFileSync(out, `${line.slice(at + FIGURE_MARKER.length).trim()}\n`);
    }
  }
}
