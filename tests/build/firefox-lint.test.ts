/** The Firefox build passes Mozilla's add-on linter with no errors (issue 2, item 4). */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

interface LintReport {
  count: number;
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

test('web-ext lint reports 0 errors on .output/firefox-mv3', () => {
  const result = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
      maxBuffer: 20 * 1024 * 1024,
    },
  );
  const report = JSON.parse(result.stdout) as LintReport;
  expect(report.errors.map((error) => `${error.code}: ${error.message} (${error.file ?? ''})`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
