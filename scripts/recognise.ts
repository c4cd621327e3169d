/**
 * The command-line recogniser (DESIGN.md, "The recogniser's command-line
 * contract"): classifies pages outside the browser with the extension's own
 * extraction and recognition code.
 *
 *   npm run recognise -- [--index FILE] [FILE ...]     .html, .txt or .pdf files
 *   npm run recognise -- [--index FILE] < pages.jsonl  {"id","url","title","text"|"html"} per line
 *
 * One JSON line per page on standard output; an input that fails gives
 * {"id": ..., "error": "..."} and the rest is still processed; the exit code is
 * 1 when any input failed, 2 on bad usage or an unreadable index.
 */
import { createInterface } from 'node:readline';
import { createRecogniser, type Recogniser } from '../lib/core/recognise/recogniser';
import { toOutputLine } from './lib/recognise-output';
import { snapshotFromPdf } from './lib/recognise-pdf';
import {
  InputError,
  loadDefaultIndex,
  loadIndex,
  snapshotFromFile,
  snapshotFromJsonLine,
  type PageInput,
} from './lib/recognise-input';

const USAGE = 'usage: npm run recognise -- [--index FILE] [FILE.html|FILE.txt|FILE.pdf ...]   (no FILE: JSON lines on stdin)';

function parseArgs(argv: string[]): { index?: string; files: string[] } {
  const files: string[] = [];
  let index: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--index') {
      index = argv[++i];
      if (!index) throw new Error('--index needs a file');
    } else if (arg.startsWith('--index=')) index = arg.slice('--index='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { index, files };
}

function emit(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function run(
  recogniser: Recogniser,
  input: () => PageInput | Promise<PageInput>,
  fallbackId: string | null,
): Promise<boolean> {
  try {
    const { id, page } = await input();
    emit(toOutputLine(id, recogniser.recognise(page)));
    return true;
  } catch (error) {
    const id = error instanceof InputError ? error.id : fallbackId;
    emit({ id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

async function main(): Promise<number> {
  let args: { index?: string; files: string[] };
  let recogniser: Recogniser;
  try {
    args = parseArgs(process.argv.slice(2));
    const loaded = args.index ? { entries: loadIndex(args.index) } : loadDefaultIndex();
    if ('warning' in loaded && loaded.warning) process.stderr.write(`recognise: ${loaded.warning}\n`);
    recogniser = createRecogniser(loaded.entries);
  } catch (error) {
    process.stderr.write(`recognise: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }

  let failed = false;
  if (args.files.length > 0) {
    for (const file of args.files) {
      const read = async () => ({ id: file, page: /\.pdf$/i.test(file) ? await snapshotFromPdf(file) : snapshotFromFile(file) });
      if (!(await run(recogniser, read, file))) failed = true;
    }
    return failed ? 1 : 0;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    if (!(await run(recogniser, () => snapshotFromJsonLine(line, lineNumber), null))) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
