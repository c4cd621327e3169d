/**
 * What the reader needs from the extension, behind one interface so its
 * components take it as a prop (and tests give their own): access to the
 * document's server, the document's bytes, and (for recognition) a report to
 * the background.
 */
import { BROWSER_FAMILY } from '../../shared/platform/commands';
import { hasOriginAccess, isFileSchemeAllowed, requestOriginAccess } from '../../shared/platform/permissions';

/** Larger documents are refused with a clear message rather than filling the memory of the tab. */
export const MAX_PDF_BYTES = 150 * 1024 * 1024;

export type FetchFailure = { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'too-large' };

export class FetchError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.kind);
    this.name = 'FetchError';
  }
}

export interface ReaderSource {
  hasAccess(url: string): Promise<boolean>;
  /** Asks the browser for access to the document's server; call it first thing in a click handler. */
  requestAccess(url: string): Promise<boolean>;
  fetchPdf(url: string, signal: AbortSignal): Promise<Uint8Array>;
  /** Whether the browser lets Regiolens near local files at all (Chromium's "Allow access to file URLs"); only the user can switch it on. */
  fileSchemeAllowed(): Promise<boolean>;
  /**
   * How this browser treats an extension and local files: Chromium lets it read them once the user
   * switches file access on; Firefox lets no extension read them, so there is nothing to ask.
   */
  localFiles: 'behind-switch' | 'never';
}

/** Fetches a document from the reader page (with the user's cookies, as the tab would have). */
export async function fetchPdf(url: string, signal: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'include' });
  } catch (error) {
    if (signal.aborted) throw error;
    console.info('Regiolens: the document could not be fetched', error);
    throw new FetchError({ kind: 'network' });
  }
  // A local file answers with status 0 in some browsers; anything else must be a success.
  if (!response.ok && !url.startsWith('file:')) throw new FetchError({ kind: 'http', status: response.status });
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PDF_BYTES) throw new FetchError({ kind: 'too-large' });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_PDF_BYTES) throw new FetchError({ kind: 'too-large' });
  return bytes;
}

export const extensionReaderSource: ReaderSource = {
  hasAccess: hasOriginAccess,
  requestAccess: requestOriginAccess,
  fetchPdf,
  fileSchemeAllowed: isFileSchemeAllowed,
  localFiles: BROWSER_FAMILY === 'firefox' ? 'never' : 'behind-switch',
};
