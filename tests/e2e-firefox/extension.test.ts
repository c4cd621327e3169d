/**
 * The built Firefox add-on in Firefox: the content script reads a policy-site page, the toolbar
 * button gets the verdict, the popup searches the material, and the side panel (Firefox's sidebar
 * page) keeps a note in Firefox's own IndexedDB. One Firefox for the file: starting it is the
 * slow part on a small machine.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../../scripts/lib/static-server';
import { regionalPdf } from '../fixtures/pdf/make-pdf';
import { activeTabId, badgeOf, saveSettingsFrom, tabIdOf, until } from './support/extension-api';
import {
  ensureFirefoxBuild,
  launchFirefoxWithExtension,
  openExtensionPage,
  EXTENSION_ORIGIN,
  GECKO_ID,
  MAPPED_HOSTS,
} from './support/firefox';
import { makeTunnelCertificate } from './support/tunnel-certificate';

const REGIONAL = 'http://www.vng.nl/regional.html';
const OFF_LIST = 'http://nieuws.example.org/unrelated.html';
const PDF = 'https://www.vng.nl/docs/investeringsagenda.pdf';

let server: TestServer;
let browser: Browser;
let addonId: string;

/**
 * Console errors of extension pages are not checked here, unlike in Chromium: puppeteer receives
 * no log events from moz-extension:// pages in Firefox 140 (a planted console.error never
 * arrived), so such a check could not fail. The Chromium end-to-end tests check them.
 */
async function extensionPage(path: string): Promise<Page> {
  return openExtensionPage(browser, path);
}

async function openWebPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  ensureFirefoxBuild();
  server = await startServer(new URL('../e2e/pages/', import.meta.url).pathname, makeTunnelCertificate(MAPPED_HOSTS));
  const demo = await readFile(new URL('../../scripts/demo/regionale-samenwerking.html', import.meta.url));
  server.route('/regional.html', (_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(demo);
  });
  const pdf = Buffer.from(await regionalPdf());
  server.route('/docs/investeringsagenda.pdf', (_request, response) => {
    response.setHeader('content-type', 'application/pdf');
    response.end(pdf);
  });
  ({ browser, addonId } = await launchFirefoxWithExtension(server.port));
  // The tests read Dutch, the extension's default; Firefox's own language here is English.
  const options = await extensionPage('options.html');
  await saveSettingsFrom(options, { language: 'nl' });
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Regiolens in Firefox', () => {
  test('Firefox installed the add-on under its own id', () => {
    expect(addonId).toBe(GECKO_ID);
  });

  test('the content script reads a policy-site page: badge and verdict', async () => {
    await openWebPage(REGIONAL);
    const probe = await extensionPage('options.html');
    const tabId = await tabIdOf(probe, REGIONAL);
    const badge = await until(
      () => badgeOf(probe, tabId),
      (look) => look.text !== '',
      'the badge of the regional page',
    );
    expect(badge.text).toBe('JA');
    expect(badge.title).toMatch(/regionale samenwerking/i);

    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await until(() => panel.$('[data-verdict="yes"]'), Boolean, 'the verdict in the side panel');
    const heading = await panel.$eval('h2', (node) => node.textContent ?? '');
    expect(heading).toContain('Grip op regionale samenwerking');
    const reasons = await panel.$eval('[data-verdict]', (node) => node.textContent ?? '');
    expect(reasons).toMatch(/gemeenschappelijke regeling|regionale samenwerking/i);
  });

  test('a page off the policy-site list is not read until the user asks', async () => {
    const probe = await extensionPage('options.html');
    await openWebPage(OFF_LIST);
    const tabId = await activeTabId(probe);
    expect(tabId).not.toBe(await tabIdOf(probe, REGIONAL));
    const pinned = await extensionPage(`popup.html?tabId=${tabId}`);
    const buttons = await until(
      () => pinned.$$eval('button', (nodes) => nodes.map((node) => node.textContent?.trim() ?? '')),
      (labels) => labels.includes('Lees deze pagina'),
      'the popup offers to read the page',
    );
    expect(buttons).toContain('Lees deze pagina');
    expect((await badgeOf(probe, tabId)).text).toBe('');
  });

  test('the popup searches the material, typos included', async () => {
    const popup = await extensionPage('popup.html');
    await until(() => popup.$('#popup-search-input'), Boolean, 'the search box');
    await popup.type('#popup-search-input', 'ecosyteem');
    const ids = await until(
      () =>
        popup.$$eval('[role="listbox"] [data-entry-id]', (nodes) =>
          nodes.map((node) => node.getAttribute('data-entry-id') ?? ''),
        ),
      (found) => found.length > 0,
      'search results for "ecosyteem"',
    );
    expect(
      ids.slice(0, 5).some((id) => ['art-ecosysteem-lokaal', 'ws-ecosystemen', 'art-ecosystemen-ambitieus'].includes(id)),
    ).toBe(true);
    const status = await popup.$eval('.popup-status', (node) => node.textContent ?? '');
    expect(status).toMatch(/^\d+ resultaten$|^1 resultaat$/);
  });

  test('the side panel keeps a note in IndexedDB and reads it back in a new panel', async () => {
    const probe = await extensionPage('options.html');
    const tabId = await tabIdOf(probe, REGIONAL);
    const body = `Notitie uit Firefox ${Date.now()}`;
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    const field = await until(() => panel.$('form.note-editor textarea'), Boolean, 'the note field');
    await field?.type(body);
    await panel.click('form.note-editor button[type="submit"]');
    await until(
      () => panel.$$eval('article.note .note__body', (nodes) => nodes.map((node) => node.textContent ?? '')),
      (bodies) => bodies.includes(body),
      'the saved note in the panel',
    );
    await panel.close();

    // A panel opened afresh reads the note from IndexedDB, not from the first panel's memory.
    const again = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    const bodies = await until(
      () => again.$$eval('article.note .note__body', (nodes) => nodes.map((node) => node.textContent ?? '')),
      (found) => found.includes(body),
      'the note read back',
    );
    expect(bodies).toContain(body);
  });

  test('the PDF reader shows a policy-site PDF with its text layer and recognises its text: verdict and badge', async () => {
    const reader = await extensionPage(`reader.html?url=${encodeURIComponent(PDF)}`);
    const verdict = await until(
      () => reader.evaluate(() => document.querySelector('.reader-status')?.getAttribute('data-verdict') ?? ''),
      (found) => found !== '',
      "the reader's verdict",
      90_000,
    );
    expect(verdict).toBe('yes');
    const firstPage = await reader.evaluate(() => document.querySelector('#page-1 .text-layer')?.textContent ?? '');
    expect(firstPage).toContain('gemeenschappelijke regeling');

    const probe = await extensionPage('options.html');
    const tabId = await tabIdOf(probe, `${EXTENSION_ORIGIN}/reader.html?url=${encodeURIComponent(PDF)}`);
    const badge = await until(
      () => badgeOf(probe, tabId),
      (look) => look.text !== '',
      "the badge of the reader's tab",
    );
    expect(badge.text).toBe('JA');
  });
});
