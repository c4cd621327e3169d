/**
 * `npm test`: every check, in order, with one summary at the end —
 * typecheck, lint, unit tests (Node), both release builds and the test-key
 * build, browser tests (Chromium: IndexedDB, components), build checks
 * (manifests, bundle budgets, web-ext lint, no repository key in a release
 * build; two clean builds give identical zips and the Firefox sources zip
 * builds the same add-on, scripts/check-reproducible.ts) and end-to-end tests on the test-key build (it trusts the demo key the
 * tests sign updates with; see scripts/lib/launch-extension.ts), then the
 * release Firefox build in Firefox (tests/e2e-firefox). Stops early only when
 * there is no Chromium, and then says how to get one; without Firefox the
 * Firefox stage fails with the same kind of help.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_HELP, findChromium } from './lib/chromium';
import { FIREFOX_HELP, findFirefox } from './lib/firefox';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
interface Stage {
  name: string;
  ok: boolean;
  seconds: number;
  counts?: Counts;
}

const reports = mkdtempSync(join(tmpdir(), 'regiolens-test-'));
const stages: Stage[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  stages.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

function vitest(name: string, project: string): void {
  const output = join(reports, `${project}.json`);
  run(name, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  const last = stages[stages.length - 1];
  if (last) last.counts = vitestCounts(output);
}

if (!findChromium()) {
  console.error(CHROMIUM_HELP);
  process.exit(2);
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
vitest('unit tests (Node)', 'unit');
const built =
  run('build: Chrome/Edge', 'npx', ['wxt', 'build']) &&
  run('build: Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) &&
  run('build: Chrome with the test keys (end-to-end)', 'npx', ['wxt', 'build'], { REGIOLENS_TEST_KEYS: '1' });
vitest('browser tests (Chromium)', 'browser');
if (built) {
  vitest('build checks (manifests, budgets, web-ext lint, keys)', 'build');
  run('build check: reproducible zips (two clean builds, sources zip)', 'npx', ['tsx', 'scripts/check-reproducible.ts']);
  const output = join(reports, 'e2e.json');
  run(
    'end-to-end tests (built extension in Chromium)',
    'npx',
    ['playwright', 'test', '-c', 'tests/e2e', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    },
  );
  const last = stages[stages.length - 1];
  if (last) last.counts = playwrightCounts(output);
  if (findFirefox()) {
    vitest('end-to-end tests (built add-on in Firefox)', 'e2e-firefox');
  } else {
    console.error(`\n${FIREFOX_HELP}`);
    stages.push({ name: 'end-to-end tests (built add-on in Firefox)', ok: false, seconds: 0 });
  }
}

const total = stages.reduce<Counts>(
  (sum, stage) => ({
    passed: sum.passed + (stage.counts?.passed ?? 0),
    failed: sum.failed + (stage.counts?.failed ?? (stage.ok ? 0 : 1)),
    skipped: sum.skipped + (stage.counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n━━ summary ━━');
for (const stage of stages) {
  const counts = stage.counts ? `  ${stage.counts.passed} passed, ${stage.counts.failed} failed` : '';
  console.log(`${stage.ok ? '✔' : '✘'} ${stage.name.padEnd(52)} ${stage.seconds.toFixed(1).padStart(6)} s${counts}`);
}
const failedStages = stages.filter((stage) => !stage.ok).length;
if (failedStages > 0 && total.failed === 0) total.failed = failedStages;
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failedStages > 0 || total.skipped > 0 ? 1 : 0);
