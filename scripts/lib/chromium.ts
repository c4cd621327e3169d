/**
 * Finding Chromium. Playwright cannot download its own browser on these
 * machines, so every browser test uses an installed Chromium: $CHROMIUM_PATH,
 * or Debian's /usr/bin/chromium, or another usual place.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags every launch needs here: no sandbox as root, and no background traffic into a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_HELP = [
  'Regiolens tests need Chromium, and none was found.',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Or point at one: CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

/** The path to Chromium; throws with instructions (not a stack trace) when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    if (process.env.CHROMIUM_PATH)
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.\n${CHROMIUM_HELP}`);
    throw new Error(CHROMIUM_HELP);
  }
  return found;
}
