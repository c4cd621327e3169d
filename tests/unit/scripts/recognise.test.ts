/**
 * The command-line recogniser's contract (DESIGN.md): files and JSON lines in,
 * one JSON line per page out, error lines for bad inputs, exit codes.
 * Spawns the real script with `npx tsx`, as `npm run recognise` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../../lib/core/themes';

const INDEX = 'tests/fixtures/recognise/index.json';
const PAGES = 'tests/fixtures/pages';

function cli(args: string[], input?: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/recognise.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

function expectResultLine(line: Record<string, unknown>, id: string) {
  expect(Object.keys(line).sort()).toEqual(['id', 'places', 'regional', 'score', 'suggestions', 'themes', 'why']);
  expect(line.id).toBe(id);
  // Places: named ones with a count, inferred regions with their members (DESIGN.md).
  for (const place of line.places as Record<string, unknown>[]) {
    expect(place.id).toMatch(/^(GM|PV|CR|VR)\d{2,4}$|^AM-|^regio-deal-/);
    expect(typeof place.name).toBe('string');
    expect('count' in place !== 'members' in place).toBe(true);
  }
  expect(typeof line.regional).toBe('boolean');
  expect(line.score).toBeGreaterThanOrEqual(0);
  expect(line.score).toBeLessThanOrEqual(1);
  const themes = line.themes as { id: string; score: number }[];
  // A page that is not regional at all (score below "maybe") gets no themes, reasons or suggestions.
  if (themes.length === 0) {
    expect([line.why, line.suggestions]).toEqual([[], []]);
    return;
  }
  expect(themes.map((theme) => theme.id).sort()).toEqual([...THEME_IDS].sort());
  for (const suggestion of line.suggestions as Record<string, unknown>[])
    expect(Object.keys(suggestion).sort()).toEqual(['id', 'score', 'themes']);
  for (const reason of line.why as unknown[]) expect(typeof reason).toBe('string');
}

describe('npm run recognise', () => {
  test('files: .html and .txt, one line each, in order', () => {
    const files = [
      `${PAGES}/sam-02-raadsvoorstel-herijking.html`,
      `${PAGES}/rs-02-zienswijze-begroting-gr.txt`,
      `${PAGES}/neg-weer-01.txt`,
    ];
    const { status, lines } = cli(['--index', INDEX, ...files]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => expectResultLine(line, files[i] ?? ''));
    expect(lines.map((line) => line.regional)).toEqual([true, true, false]);
    expect((lines[1]?.why as string[]).some((reason) => /^gemeenschappelijke regeling \(\d+×\)$/.test(reason))).toBe(true);
    expect((lines[0]?.suggestions as unknown[]).length).toBeGreaterThan(0);
  });

  test('places: municipalities named with their count, the region they share with its members', () => {
    const input = JSON.stringify({
      id: 'twente',
      url: 'https://example.nl/twente',
      title: 'Samenwerking in Twente',
      text: 'Enschede, Hengelo en Almelo werken samen. Enschede trekt de agenda; Borne, Oldenzaal en Losser sluiten aan.',
    });
    const { status, lines } = cli(['--index', INDEX], input);
    expect(status).toBe(0);
    const places = lines[0]?.places as { id: string; kind: string; count?: number; members?: string[] }[];
    expect(places.find((place) => place.id === 'GM0153')).toEqual({ id: 'GM0153', name: 'Enschede', kind: 'gemeente', count: 2 });
    const region = places.find((place) => place.id === 'VR05' && place.members);
    expect(region?.kind).toBe('veiligheidsregio');
    expect(region?.members).toContain('GM0153');
    expect(region?.members).toHaveLength(14);
  });

  test('stdin: JSON lines with text or html; bad lines give error lines and exit 1', () => {
    const input = [
      JSON.stringify({
        id: 'p1',
        url: 'https://example.nl/a',
        title: 'Grip op regionale samenwerking',
        text: 'De gemeenteraad wil grip op de gemeenschappelijke regeling en de verbonden partijen in de regio.',
      }),
      'not json',
      '',
      JSON.stringify({
        id: 'p2',
        url: 'https://example.nl/b',
        html: '<html lang="nl"><head><title>Regio Deal</title></head><body><main><p>Rijk en regio tekenen de Regio Deal; de gemeenten leggen cofinanciering in.</p></main></body></html>',
      }),
      JSON.stringify({ id: 'p3' }),
      JSON.stringify({ id: 'p4', url: 'not an address', text: 'x' }),
      JSON.stringify(['array']),
    ].join('\n');
    const { status, lines } = cli(['--index', INDEX], input);
    expect(status).toBe(1);
    expect(lines).toHaveLength(6);
    expectResultLine(lines[0] ?? {}, 'p1');
    expect(lines[0]?.regional).toBe(true);
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('line 2') });
    expectResultLine(lines[2] ?? {}, 'p2');
    expect(lines[3]).toEqual({ id: 'p3', error: expect.stringContaining('text') });
    expect(lines[4]).toEqual({ id: 'p4', error: expect.stringContaining('url') });
    expect(lines[5]).toEqual({ id: null, error: expect.any(String) });
  });

  test('a missing file or an unsupported type fails that input only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiolens-cli-'));
    const odd = join(dir, 'page.docx');
    writeFileSync(odd, 'x');
    const { status, lines } = cli(['--index', INDEX, join(dir, 'missing.txt'), odd, `${PAGES}/neg-easy-recept.txt`]);
    expect(status).toBe(1);
    expect(lines[0]).toEqual({ id: join(dir, 'missing.txt'), error: 'file not found' });
    expect(lines[1]).toEqual({ id: odd, error: expect.stringContaining('unsupported') });
    expectResultLine(lines[2] ?? {}, `${PAGES}/neg-easy-recept.txt`);
  });

  test('a .txt whose first line is an address uses it as the page address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiolens-cli-'));
    const file = join(dir, 'page.txt');
    writeFileSync(
      file,
      'https://example.nl/regionale-samenwerking\nTitel\nDe gemeenten werken samen in een gemeenschappelijke regeling.\n',
    );
    const { status, lines } = cli(['--index', INDEX, file]);
    expect(status).toBe(0);
    expectResultLine(lines[0] ?? {}, file);
  });

  test('a bad index or option is a usage error (exit 2)', () => {
    expect(cli(['--index', `${PAGES}/labels.json`, `${PAGES}/neg-weer-01.txt`]).status).toBe(2);
    expect(cli(['--bogus']).status).toBe(2);
  });
});
