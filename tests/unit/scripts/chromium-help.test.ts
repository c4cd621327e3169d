/** Without Chromium, the two README commands explain how to get one instead of printing a stack trace. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe.each(['scripts/test.ts', 'scripts/start.ts'])('%s without Chromium', (script) => {
  test('exits 2 with instructions', () => {
    const result = spawnSync('npx', ['tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stderr).toContain('CHROMIUM_PATH=');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  });
});
