/**
 * In browsers a manual redirect comes back as an opaque response (the target is hidden); the
 * fetcher then follows and judges the final address. Node's fetch never does this, so the branch
 * is driven here with a scripted fetch.
 */
import { describe, expect, test } from 'vitest';
import { fetchUnderPolicy, type FetchLike } from '../../../lib/background/index-fetch';

function opaque(): Response {
  return { type: 'opaqueredirect', status: 0, url: '', headers: new Headers(), body: null } as unknown as Response;
}

function landed(url: string): Response {
  const response = new Response('{"format":"x"}', { status: 200, headers: { 'content-type': 'application/json' } });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchUnderPolicy after an opaque redirect', () => {
  test.each([
    { name: 'ends on https: accepted, final address reported', finalUrl: 'https://cdn.example.org/index.json', kind: 'body' },
    {
      name: 'ends on plain http: refused',
      finalUrl: 'http://cdn.example.org/index.json',
      kind: 'failed',
      code: 'insecure_redirect',
    },
  ])('$name', async ({ finalUrl, kind, code }) => {
    const calls: RequestRedirect[] = [];
    const fetchFn: FetchLike = async (_input, init) => {
      calls.push(init.redirect ?? 'follow');
      return init.redirect === 'manual' ? opaque() : landed(finalUrl);
    };
    const result = await fetchUnderPolicy(fetchFn, {
      url: new URL('https://index.example.org/index.json'),
      expect: 'index',
      maxBytes: 1000,
      signal: new AbortController().signal,
    });
    expect(calls).toEqual(['manual', 'follow']);
    expect(result.kind).toBe(kind);
    if (result.kind === 'body') expect(result.finalUrl).toBe(finalUrl);
    if (result.kind === 'failed') expect(result.code).toBe(code);
  });
});
