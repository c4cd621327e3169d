import { describe, expect, test } from 'vitest';
import { isTrackingParameter, normalisePageUrl, siteOfUrl } from '../../../../lib/core/notes/url';

describe('normalisePageUrl', () => {
  test.each([
    ['fragment dropped', 'https://example.nl/page#section-2', 'https://example.nl/page'],
    ['utm_* dropped', 'https://example.nl/p?utm_source=nb&utm_medium=mail&UTM_Campaign=x', 'https://example.nl/p'],
    [
      'fbclid, gclid dropped, others kept in order',
      'https://example.nl/p?b=2&fbclid=abc&a=1&gclid=z',
      'https://example.nl/p?b=2&a=1',
    ],
    [
      'mailchimp and hubspot dropped',
      'https://example.nl/p?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&id=7',
      'https://example.nl/p?id=7',
    ],
    [
      'untouched query keeps its encoding',
      'https://example.nl/zoek?q=regio%20samen&x=%2F',
      'https://example.nl/zoek?q=regio%20samen&x=%2F',
    ],
    ['host lower-cased', 'https://WWW.Example.NL/Pad', 'https://www.example.nl/Pad'],
    ['default https port dropped', 'https://example.nl:443/p', 'https://example.nl/p'],
    ['default http port dropped', 'http://example.nl:80/p', 'http://example.nl/p'],
    ['other port kept', 'http://127.0.0.1:8080/p', 'http://127.0.0.1:8080/p'],
    ['credentials dropped', 'https://user:secret@example.nl/p', 'https://example.nl/p'],
    ['empty query dropped', 'https://example.nl/p?', 'https://example.nl/p'],
    ['file address kept', 'file:///home/me/doc.html#x', 'file:///home/me/doc.html'],
  ])('%s', (_name, input, expected) => {
    expect(normalisePageUrl(input)).toBe(expected);
  });

  test.each([
    ['chrome://extensions'],
    ['about:blank'],
    ['javascript:alert(1)'],
    ['not a url'],
    ['https://chromewebstore.google.com'.replace('https', 'chrome-extension')],
  ])('refuses %s', (input) => {
    expect(normalisePageUrl(input)).toBeNull();
  });

  test.each([
    [
      'same host canonical honoured',
      'https://example.nl/p?page=2&utm_source=x',
      'https://example.nl/artikel',
      'https://example.nl/artikel',
    ],
    ['www alias honoured', 'https://m.example.nl/a', 'https://www.example.nl/a#top', 'https://www.example.nl/a'],
    ['relative canonical resolved', 'https://example.nl/a/b?x=1', '/artikel?utm_medium=rss', 'https://example.nl/artikel'],
    ['other site canonical ignored', 'https://evil.example/p', 'https://example.nl/p', 'https://evil.example/p'],
    ['non-http canonical ignored', 'https://example.nl/p', 'javascript:alert(1)', 'https://example.nl/p'],
    ['empty canonical ignored', 'https://example.nl/p#x', '', 'https://example.nl/p'],
  ])('%s', (_name, page, canonical, expected) => {
    expect(normalisePageUrl(page, canonical)).toBe(expected);
  });

  /** Issue 11, item 9: "www.vng.nl." is the same page as "www.vng.nl", so its notes are filed under one address. */
  test.each([
    ['trailing dot dropped', 'https://www.vng.nl./p', 'https://www.vng.nl/p'],
    ['trailing dots, case and fragment', 'https://WWW.VNG.NL../p?a=1#x', 'https://www.vng.nl/p?a=1'],
    ['trailing dot before a port', 'http://127.0.0.1.:8080/p', 'http://127.0.0.1:8080/p'],
    ['IDN in ASCII form', 'https://Bücher.de./p', 'https://xn--bcher-kva.de/p'],
  ])('host in one form: %s', (_name, input, expected) => {
    expect(normalisePageUrl(input)).toBe(expected);
  });

  test('a trailing-dot page honours its same-site canonical, and the other way round', () => {
    expect(normalisePageUrl('https://vng.nl./a', 'https://www.vng.nl/a')).toBe('https://www.vng.nl/a');
    expect(normalisePageUrl('https://vng.nl/a', 'https://www.vng.nl./a')).toBe('https://www.vng.nl/a');
  });

  test('siteOfUrl gives the host in the one form', () => {
    expect(siteOfUrl('https://www.vng.nl./p')).toBe('www.vng.nl');
    expect(siteOfUrl('file:///home/me/doc.html')).toBe('');
  });

  test('is idempotent', () => {
    const once = normalisePageUrl('https://Example.nl:443/p?a=1&utm_x=2#f') as string;
    expect(normalisePageUrl(once)).toBe(once);
  });

  test.each([
    ['utm_content', true],
    ['fbclid', true],
    ['_hsenc', true],
    ['pk_campaign', true],
    ['page', false],
    ['id', false],
    ['ref', false],
  ])('isTrackingParameter(%s) is %s', (name, expected) => {
    expect(isTrackingParameter(name)).toBe(expected);
  });
});
