/**
 * Writing a learned model to its data file, or checking that the file is what
 * the labelled pages give (`--check`): shared by the learning scripts
 * (learn-themes.ts, learn-verdict.ts), so both write byte-identical files for
 * the same pages and both checks mean the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Writes `model` as JSON to `file`, or with `check` compares it with the file; returns the exit code. */
export async function writeOrCheckModel(file: string, model: unknown, check: boolean): Promise<number> {
  // Written as the project's formatter would, so `npm run lint` and --check agree.
  const text = await format(JSON.stringify(model), { ...(await resolveConfig(file)), parser: 'json' });
  if (check) {
    const same = readFileSync(file, 'utf8') === text;
    process.stdout.write(same ? `${file} is what the pages give\n` : `${file} differs from what the pages give\n`);
    return same ? 0 : 1;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
  return 0;
}
