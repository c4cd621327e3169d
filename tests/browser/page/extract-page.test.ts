/**
 * extractPage in real Chromium: what it reads, what it leaves out, and how it
 * copes with hostile, empty, huge and oddly encoded pages.
 */
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../../lib/page/extract-page';
import { MAX_TEXT } from '../../../lib/core/page-limits';

const AT = { href: 'https://www.example.nl/nieuws/regio?x=1' };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const POLICY_PAGE = `<!DOCTYPE html><html lang="nl-NL"><head>
<title>Regionale samenwerking | Gemeente Voorbeeld</title>
<meta name="Description" content="  Over de   gemeenschappelijke regeling. ">
<meta name="keywords" content="regio, samenwerking">
<link rel="canonical" href="/raad/regionale-samenwerking">
<style>.x{color:red}</style><script>window.sideEffect = 1;</script>
</head><body>
<header><a href="/">Logo</a><nav><a>Afval</a><a>Parkeren</a></nav></header>
<div class="cookie-banner">Wij gebruiken cookies</div>
<main>
<article><header><h1>Grip op de regio</h1><p>12 maart</p></header>
<p>De raad wil <b>regio</b> <i>deal</i> en meer grip.</p>
<h2>Gemeenschappelijke regeling</h2>
<p>Tekst<span hidden>verborgen</span> zichtbaar.</p>
<div aria-hidden="true">schermlezer-verborgen</div>
<div style="display: none">display-none</div>
<div style="VISIBILITY:hidden">visibility-hidden</div>
<aside>Lees ook</aside>
<script>document.title = 'changed';</script>
<noscript>zet javascript aan</noscript>
<template><p>sjabloon</p></template>
<ul><li>een</li><li>twee</li></ul>
</article>
</main>
<footer>Contact · Privacy</footer>
</body></html>`;

describe('extractPage on a policy page', () => {
  const snapshot = extractPage(parse(POLICY_PAGE), AT);

  test('reads the head', () => {
    expect(snapshot.url).toBe(AT.href);
    expect(snapshot.title).toBe('Regionale samenwerking | Gemeente Voorbeeld');
    expect(snapshot.description).toBe('Over de gemeenschappelijke regeling.');
    expect(snapshot.keywords).toBe('regio, samenwerking');
    expect(snapshot.canonical).toBe('https://www.example.nl/raad/regionale-samenwerking');
    expect(snapshot.lang).toBe('nl-NL');
  });

  test('reads headings of the main content', () => {
    expect(snapshot.headings).toEqual(['Grip op de regio', 'Gemeenschappelijke regeling']);
  });

  test('reads the main text and keeps the article header', () => {
    expect(snapshot.text).toContain('Grip op de regio');
    expect(snapshot.text).toContain('De raad wil regio deal en meer grip.');
    expect(snapshot.text).toContain('Tekst zichtbaar.');
    expect(snapshot.text).toMatch(/een\ntwee/);
    expect(snapshot.truncated).toBe(false);
  });

  test.each([
    'Logo',
    'Afval',
    'cookies',
    'verborgen',
    'schermlezer',
    'display-none',
    'visibility-hidden',
    'Lees ook',
    'changed',
    'javascript',
    'sjabloon',
    'Contact',
    'color',
  ])('leaves out %s', (word) => {
    expect(snapshot.text).not.toContain(word);
  });
});

describe('extractPage on odd pages', () => {
  test('hostile markup in the title stays literal text', () => {
    const doc = parse('<title>&lt;img src=x onerror=alert(1)&gt; Titel</title><body><p>x</p></body>');
    expect(extractPage(doc, AT).title).toBe('<img src=x onerror=alert(1)> Titel');
  });

  test('a page without text or title', () => {
    const snapshot = extractPage(parse(''), AT);
    expect(snapshot).toEqual({ url: AT.href, title: '', headings: [], text: '', truncated: false });
  });

  test('without a title the first h1 stands in', () => {
    expect(extractPage(parse('<body><h1>Kop <span hidden>x</span>één</h1><p>tekst</p></body>'), AT).title).toBe('Kop één');
  });

  test('without main, a single article is the root; otherwise the body without page chrome', () => {
    expect(extractPage(parse('<body><nav>menu</nav><article><p>artikel</p></article><p>los</p></body>'), AT).text).toBe(
      'artikel',
    );
    expect(
      extractPage(parse('<body><header>kop</header><div role="navigation">menu</div><p>los</p><footer>voet</footer></body>'), AT)
        .text,
    ).toBe('los');
  });

  test('a huge page is cut at the bound and says so', () => {
    const doc = document.implementation.createHTMLDocument('groot');
    const paragraph = 'regionale samenwerking tussen gemeenten '.repeat(25);
    for (let i = 0; i < 1100; i++) {
      const p = doc.createElement('p');
      p.textContent = paragraph;
      doc.body.append(p);
    }
    const snapshot = extractPage(doc, AT);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(snapshot.text.length).toBeGreaterThan(MAX_TEXT - 1000);
  });

  test('a cut never splits a surrogate pair', () => {
    const doc = parse('<body><p>ab😀😀😀😀</p></body>');
    for (const max of [3, 4, 5, 6]) {
      const { text } = extractPage(doc, AT, { maxText: max });
      expect(text.length).toBeLessThanOrEqual(max);
      expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
    }
  });

  test('odd characters pass through as text', () => {
    const doc = parse('<html lang="  "><body><p>Coördinatie – Fryslân · 日本 · \u202Eomgekeerd</p></body></html>');
    const snapshot = extractPage(doc, AT);
    expect(snapshot.text).toBe('Coördinatie – Fryslân · 日本 · \u202Eomgekeerd');
    expect(snapshot.lang).toBeUndefined();
  });

  test.each([
    ['javascript:alert(1)', undefined],
    ['http://[bad', undefined],
    ['https://www.example.nl/a b', 'https://www.example.nl/a%20b'],
  ])('canonical %s', (href, expected) => {
    const link = `<link rel="canonical" href="${href}">`;
    expect(extractPage(parse(`<head>${link}</head><body>x</body>`), AT).canonical).toBe(expected);
  });

  test('og:description stands in for a missing description; long values are bounded', () => {
    const long = 'x'.repeat(6000);
    const doc = parse(`<head><meta property="og:description" content="${long}"></head><body></body>`);
    expect(extractPage(doc, AT).description?.length).toBe(5000);
  });

  test('deeply nested markup does not overflow the stack', () => {
    const doc = document.implementation.createHTMLDocument('diep');
    let parent: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const div = doc.createElement('div');
      parent.append(div);
      parent = div;
    }
    parent.append(doc.createTextNode('bodem'));
    expect(extractPage(doc, AT).text).toBe('bodem');
  });

  test('reads the live document by default', () => {
    const snapshot = extractPage();
    expect(snapshot.url).toBe(location.href);
    expect(typeof snapshot.text).toBe('string');
  });
});
