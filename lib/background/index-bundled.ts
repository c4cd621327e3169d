/**
 * Loads the index shipped inside the extension. It is part of the signed
 * extension package, so it needs no detached signature, but it is still
 * validated: a broken build must fail loudly, not feed garbage to the recogniser.
 */
import type { IndexFile } from '../core/index/schema';
import { parseIndexBytes } from '../core/index/validate';
import type { FetchLike } from './index-fetch';

/** Path of the bundled index inside the extension (from `public/`). */
export const BUNDLED_INDEX_PATH = '/regiolens-index.json';

/** `url` is the packaged file's address, e.g. `browser.runtime.getURL('/regiolens-index.json')`. */
export async function loadBundledIndex(fetchFn: FetchLike, url: string): Promise<IndexFile> {
  const response = await fetchFn(url, { method: 'GET' });
  if (!response.ok) throw new Error(`the bundled index could not be read (${response.status})`);
  const parsed = parseIndexBytes(new Uint8Array(await response.arrayBuffer()));
  if (!parsed.ok) throw new Error(`the bundled index is invalid: ${parsed.message}`);
  return parsed.index;
}
