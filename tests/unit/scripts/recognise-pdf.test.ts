/**
 * `npm run recognise -- file.pdf`: the command line reads PDFs with the
 * reader's own code (lib/core/pdf) and answers with the same contract; a scan,
 * a damaged file and a protected one give an error line, never a verdict.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { snapshotFromPdf } from '../../../scripts/lib/recognise-pdf';
import { longPdf, regionalPdf, scannedPdf } from '../../fixtures/pdf/make-pdf';

const dir = mkdtempSync(join(tmpdir(), 'regiolens-pdf-'));
async function file(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

describe('snapshotFromPdf', () => {
  test("the document's title, its outline as headings and its text", async () => {
    const page = await snapshotFromPdf(await file('agenda.pdf', regionalPdf()));
    expect(page.title).toBe('Investeringsagenda Twente');
    expect(page.headings).toEqual(['Samenwerking in de regio', 'Grip voor de raad', 'Rijk en regio']);
    expect(page.text).toContain('gemeenschappelijke regeling');
    expect(page.url).toMatch(/^file:\/\/.*agenda\.pdf$/);
    expect(page.truncated).toBe(false);
  });

  test('a 1,000-page document is read up to the bound, and says it was cut', async () => {
    const page = await snapshotFromPdf(await file('long.pdf', longPdf(1000)));
    expect(page.truncated).toBe(true);
    expect(page.text).toContain('Hoofdstuk 1\n');
    expect(page.text).not.toContain('Hoofdstuk 1000');
  }, 120_000);

  test.each([
    ['a scan without text', () => scannedPdf(), /no text to read/],
    ['a truncated file', async () => (await regionalPdf()).slice(0, 900), /not a PDF document|could not be read/],
    [
      'a web page at a .pdf address',
      async () => new TextEncoder().encode('<!doctype html><p>Niet gevonden</p>'),
      /not a PDF document/,
    ],
  ])('%s: an error, never a verdict', async (_name, make, message) => {
    await expect(snapshotFromPdf(await file('bad.pdf', make()))).rejects.toThrow(message);
  });
});

test('the command line answers one JSON line per PDF, and an error line for a scan', async () => {
  const good = await file('regional.pdf', regionalPdf());
  const scan = await file('scan.pdf', scannedPdf());
  const run = spawnSync('npx', ['tsx', 'scripts/recognise.ts', good, scan], { encoding: 'utf8', timeout: 90_000 });
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines[0]).toMatchObject({ id: good, regional: true });
  expect(lines[0]?.why).toEqual(expect.arrayContaining([expect.stringMatching(/gemeenschappelijke regeling/i)]));
  expect(lines[1]).toEqual({ id: scan, error: expect.stringMatching(/no text to read/) });
  expect(run.status).toBe(1);
}, 120_000);
