import { describe, expect, test } from 'vitest';
import { checkRedirect, checkSourceUrl, classifyResponse, isJsonContentType } from '../../../../lib/core/index/http-policy';

describe('checkSourceUrl', () => {
  test.each([
    ['https://vng.nl/regiolens-index.json', true, null],
    ['http://127.0.0.1:8080/index.json', true, null],
    ['http://localhost/index.json', true, null],
    ['http://[::1]:9000/index.json', true, null],
    ['http://vng.nl/regiolens-index.json', false, 'insecure_url'],
    ['http://127.0.0.2/index.json', false, 'insecure_url'],
    ['http://localhost.evil.example/index.json', false, 'insecure_url'],
    ['http://localhost./index.json', true, null],
    ['http://LOCALHOST/index.json', true, null],
    ['http://127.0.0.1.evil.example/index.json', false, 'insecure_url'],
    ['ftp://vng.nl/index.json', false, 'invalid_url'],
    ['file:///etc/passwd', false, 'invalid_url'],
    ['https://user:pw@vng.nl/index.json', false, 'invalid_url'],
    ['not a url', false, 'invalid_url'],
  ])('%s → ok=%s %s', (url, ok, code) => {
    const verdict = checkSourceUrl(url);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.code).toBe(code);
  });
});

describe('checkRedirect', () => {
  test.each([
    ['https://a.nl/i.json', 'https://b.nl/i.json', true, null],
    ['https://a.nl/i.json', '/elders/i.json', true, null],
    ['https://a.nl/i.json', 'http://a.nl/i.json', false, 'insecure_redirect'],
    ['https://a.nl/i.json', 'http://127.0.0.1/i.json', false, 'insecure_redirect'],
    ['http://127.0.0.1:1/i.json', 'http://vng.nl/i.json', false, 'insecure_redirect'],
    ['http://127.0.0.1:1/i.json', 'http://localhost:2/i.json', true, null],
    ['http://127.0.0.1:1/i.json', 'https://vng.nl/i.json', true, null],
    ['https://a.nl/i.json', null, false, 'invalid_url'],
    ['https://a.nl/i.json', 'javascript:alert(1)', false, 'insecure_redirect'],
  ])('%s → %s: ok=%s %s', (from, location, ok, code) => {
    const verdict = checkRedirect(new URL(from), location);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.code).toBe(code);
  });
});

describe('classifyResponse', () => {
  const json = 'application/json; charset=utf-8';
  test.each([
    [{ status: 200, contentType: json, contentLength: '100' }, 'index', 'read-body', null],
    [{ status: 200, contentType: 'application/vnd.regiolens+json', contentLength: null }, 'index', 'read-body', null],
    [{ status: 200, contentType: 'text/html', contentLength: null }, 'index', 'refused', 'wrong_content_type'],
    [{ status: 200, contentType: null, contentLength: null }, 'index', 'refused', 'wrong_content_type'],
    [{ status: 200, contentType: json, contentLength: '5000' }, 'index', 'refused', 'too_large'],
    [{ status: 304, contentType: null, contentLength: null }, 'index', 'not-modified', null],
    [{ status: 302, contentType: null, contentLength: null }, 'index', 'redirect', null],
    [{ status: 404, contentType: 'text/html', contentLength: null }, 'index', 'refused', 'not_found'],
    [{ status: 500, contentType: json, contentLength: null }, 'index', 'refused', 'http_error'],
    [{ status: 200, contentType: 'application/octet-stream', contentLength: null }, 'signature', 'read-body', null],
    [{ status: 200, contentType: 'text/html', contentLength: null }, 'signature', 'refused', 'wrong_content_type'],
  ] as const)('%j as %s → %s %s', (head, expect_, kind, code) => {
    const verdict = classifyResponse(head, expect_, 1000);
    expect(verdict.kind).toBe(kind);
    if (verdict.kind === 'refused') expect(verdict.code).toBe(code);
  });

  test.each([
    ['application/json', true],
    ['Application/JSON; charset=UTF-8', true],
    ['application/ld+json', true],
    ['text/json', false],
    ['text/plain', false],
  ])('isJsonContentType(%s) = %s', (type, ok) => expect(isJsonContentType(type)).toBe(ok));
});
