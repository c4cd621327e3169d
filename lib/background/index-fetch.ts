/**
 * Fetching an index or its signature under the update policy: redirects
 * followed by hand (each target checked, never down to plain http), status and
 * content type checked before the body is read, and the body read as a stream
 * that is cut off as soon as it passes the size cap.
 */
import { checkRedirect, classifyResponse } from '../core/index/http-policy';

export const MAX_REDIRECTS = 5;

export type FetchFailureCode =
  | 'insecure_redirect'
  | 'invalid_url'
  | 'too_many_redirects'
  | 'not_found'
  | 'http_error'
  | 'wrong_content_type'
  | 'too_large'
  | 'timeout'
  | 'network_error';

export type FetchedBody =
  | { kind: 'body'; bytes: Uint8Array<ArrayBuffer>; etag: string | null; lastModified: string | null; finalUrl: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; code: FetchFailureCode; message: string };

export interface FetchRequest {
  url: URL;
  expect: 'index' | 'signature';
  maxBytes: number;
  signal: AbortSignal;
  headers?: Record<string, string>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Reads at most `maxBytes`; returns null (and cancels the stream) when the body is longer. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel('size cap reached');
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchUnderPolicy(fetchFn: FetchLike, request: FetchRequest): Promise<FetchedBody> {
  let current = request.url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const init: RequestInit = {
        method: 'GET',
        redirect: 'manual',
        cache: 'no-store',
        credentials: 'omit',
        signal: request.signal,
        headers: {
          accept: request.expect === 'index' ? 'application/json' : 'text/plain, application/octet-stream, */*',
          ...request.headers,
        },
      };
      let response = await fetchFn(current.href, init);
      if (response.type === 'opaqueredirect') {
        // Browsers (unlike Node) hide the target of a manual redirect, so the hops cannot be checked one
        // by one: follow them, then judge where they ended. An intermediate plain-http hop can therefore
        // go unseen; it cannot change what is accepted, because the index must still carry a valid
        // signature over its exact bytes, and the request carries no credentials.
        response = await fetchFn(current.href, { ...init, redirect: 'follow' });
        const verdict = checkRedirect(current, response.url);
        if (!verdict.ok) {
          await response.body?.cancel();
          return { kind: 'failed', code: verdict.code, message: verdict.message };
        }
        current = verdict.url;
      }
      const verdict = classifyResponse(
        {
          status: response.status,
          contentType: response.headers.get('content-type'),
          contentLength: response.headers.get('content-length'),
        },
        request.expect,
        request.maxBytes,
      );
      if (verdict.kind === 'redirect') {
        await response.body?.cancel();
        const target = checkRedirect(current, response.headers.get('location'));
        if (!target.ok) return { kind: 'failed', code: target.code, message: target.message };
        current = target.url;
        continue;
      }
      if (verdict.kind === 'not-modified') {
        await response.body?.cancel();
        return { kind: 'not-modified' };
      }
      if (verdict.kind === 'refused') {
        await response.body?.cancel();
        return { kind: 'failed', code: verdict.code, message: `${current.href}: ${verdict.message}` };
      }
      const bytes = await readCapped(response, request.maxBytes);
      if (bytes === null)
        return {
          kind: 'failed',
          code: 'too_large',
          message: `${current.href}: the body is larger than ${request.maxBytes} bytes`,
        };
      return {
        kind: 'body',
        bytes,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        finalUrl: current.href,
      };
    }
    return {
      kind: 'failed',
      code: 'too_many_redirects',
      message: `more than ${MAX_REDIRECTS} redirects from ${request.url.href}`,
    };
  } catch (error) {
    if (request.signal.aborted)
      return { kind: 'failed', code: 'timeout', message: `no complete answer from ${current.href} in time` };
    return {
      kind: 'failed',
      code: 'network_error',
      message: `${current.href}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
