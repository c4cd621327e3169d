/**
 * Finding Firefox. The Firefox end-to-end tests drive an installed Firefox
 * (Debian's firefox-esr) over WebDriver BiDi; nothing is downloaded. Found
 * through $FIREFOX_PATH, or in a usual place.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const FIREFOX_HELP = [
  'The Firefox end-to-end tests need Firefox (128 ESR or later), and none was found.',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr',
  '  Or point at one: FIREFOX_PATH=/path/to/firefox npm test',
].join('\n');

/** The path to Firefox; throws with instructions (not a stack trace) when there is none. */
export function firefoxPath(): string {
  const found = findFirefox();
  if (!found) {
    if (process.env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.\n${FIREFOX_HELP}`);
    throw new Error(FIREFOX_HELP);
  }
  return found;
}
