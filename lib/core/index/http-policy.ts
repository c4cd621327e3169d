/**
 * What the update check accepts from the network, as pure decisions the
 * updater applies and tests table-check: addresses (https, or http only on this
 * machine), redirects (never down to plain http), status, content type, size.
 */
import { normaliseHost } from '../sites';

/** Host names that always mean this machine; http is allowed only for these (local testing, intranet proxies on loopback). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', '::1', 'localhost']);

/** In the one host form (`normaliseHost`), so "LOCALHOST" and "localhost." count too. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(normaliseHost(hostname));
}

export type UrlVerdict = { ok: true; url: URL } | { ok: false; code: 'invalid_url' | 'insecure_url'; message: string };

/** An update source address: https anywhere, http only on loopback; no credentials in the address. */
export function checkSourceUrl(raw: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    void error; // the message below says all the user needs
    return { ok: false, code: 'invalid_url', message: `"${raw}" is not a web address` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, code: 'invalid_url', message: 'an update address may not contain a user name or password' };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return { ok: true, url };
  if (url.protocol === 'http:') {
    return {
      ok: false,
      code: 'insecure_url',
      message: `plain http is only accepted for this machine (127.0.0.1, ::1, localhost), not ${url.host}`,
    };
  }
  return { ok: false, code: 'invalid_url', message: `only https addresses are accepted, not ${url.protocol}` };
}

export type RedirectVerdict = { ok: true; url: URL } | { ok: false; code: 'invalid_url' | 'insecure_redirect'; message: string };

/**
 * A redirect target: resolved against the address that redirected, refused
 * when it leaves https for http (even to loopback) or leads to plain http
 * anywhere but this machine.
 */
export function checkRedirect(from: URL, location: string | null): RedirectVerdict {
  if (location === null || location.trim() === '') {
    return { ok: false, code: 'invalid_url', message: `a redirect from ${from.href} names no target` };
  }
  let target: URL;
  try {
    target = new URL(location.trim(), from);
  } catch (error) {
    void error; // reported as an invalid target below
    return { ok: false, code: 'invalid_url', message: `a redirect from ${from.href} names an invalid target` };
  }
  if (from.protocol === 'https:' && target.protocol !== 'https:') {
    return {
      ok: false,
      code: 'insecure_redirect',
      message: `refused a redirect from https to ${target.protocol.replace(':', '')} (${target.href})`,
    };
  }
  const verdict = checkSourceUrl(target.href);
  if (verdict.ok) return verdict;
  return {
    ok: false,
    code: verdict.code === 'insecure_url' ? 'insecure_redirect' : verdict.code,
    message: `refused a redirect to ${target.href}: ${verdict.message}`,
  };
}

/** `application/json` or any `+json` type, with or without parameters (charset). */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** A detached signature may come as text or bytes; an HTML page (an error page, a portal login) never is one. */
export function isSignatureContentType(contentType: string | null): boolean {
  if (contentType === null) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type !== 'text/html' && type !== 'application/xhtml+xml';
}

export interface ResponseHead {
  status: number;
  contentType: string | null;
  contentLength: string | null;
}

export type ResponseVerdict =
  | { kind: 'read-body' }
  | { kind: 'not-modified' }
  | { kind: 'redirect' }
  | { kind: 'refused'; code: 'not_found' | 'http_error' | 'wrong_content_type' | 'too_large'; message: string };

/** Decides what to do with a response before reading its body. */
export function classifyResponse(head: ResponseHead, expect: 'index' | 'signature', maxBytes: number): ResponseVerdict {
  if (head.status === 304) return { kind: 'not-modified' };
  if ([301, 302, 303, 307, 308].includes(head.status)) return { kind: 'redirect' };
  if (head.status === 404 || head.status === 410)
    return { kind: 'refused', code: 'not_found', message: `the server answered ${head.status}: not found` };
  if (head.status !== 200)
    return { kind: 'refused', code: 'http_error', message: `the server answered with status ${head.status}` };
  const typeOk = expect === 'index' ? isJsonContentType(head.contentType) : isSignatureContentType(head.contentType);
  if (!typeOk) {
    return {
      kind: 'refused',
      code: 'wrong_content_type',
      message: `expected ${expect === 'index' ? 'JSON' : 'a signature'}, the server sent ${head.contentType ?? 'no content type'}`,
    };
  }
  if (head.contentLength !== null && /^\d+$/.test(head.contentLength) && Number(head.contentLength) > maxBytes) {
    return {
      kind: 'refused',
      code: 'too_large',
      message: `the server announces ${head.contentLength} bytes; at most ${maxBytes} are accepted`,
    };
  }
  return { kind: 'read-body' };
}
