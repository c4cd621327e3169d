/**
 * Issue 12, item 7: no index entry sends the reader to a document scraper. An entry whose known copy
 * was on a mirror has the publisher's own address (checked) or none, and then opens its detail page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../../scripts/lib/index-sources';
import { isDocumentMirror, MIRROR_DOMAINS } from './document-mirrors';

const root = new URL('../../../', import.meta.url).pathname;
const read = readSources(`${root}content`);
if (!read.ok) throw new Error(`content/ is invalid: ${JSON.stringify(read.problems)}`);
const publications = JSON.parse(
  readFileSync(new URL('../../fixtures/index/publications.json', import.meta.url), 'utf8'),
) as Array<{ id: string; url: string }>;

/** The publishers' own addresses, each checked against the publisher's page (issue 12, item 7). */
const PUBLISHER_ADDRESSES: Record<string, string> = {
  'pbl-briefadvies-regionaal-beleid': 'https://www.pbl.nl/publicaties/regio-deals',
  'pbl-evaluatie-city-deals': 'https://www.pbl.nl/publicaties/evaluatie-city-deals-vervolg',
  'raad-van-state-advies-wgr': 'https://zoek.officielebekendmakingen.nl/dossier/kst-35513-4.html',
};

describe('document mirrors', () => {
  test('the list is bare, lower-case domains, each once', () => {
    for (const domain of MIRROR_DOMAINS) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(new Set(MIRROR_DOMAINS).size).toBe(MIRROR_DOMAINS.length);
    expect(isDocumentMirror('https://www.5dok.net/document/x')).toBe(true);
    expect(isDocumentMirror('https://www.pbl.nl/publicaties/x')).toBe(false);
  });

  test('no entry points to a document mirror', () => {
    const onMirrors = read.index.entries.filter((entry) => entry.url !== undefined && isDocumentMirror(entry.url));
    expect(onMirrors.map((entry) => `${entry.id}: ${entry.url}`)).toEqual([]);
  });

  test("an entry last seen on a mirror has its publisher's checked address, or none", () => {
    const mirrored = publications.filter((publication) => isDocumentMirror(publication.url));
    expect(mirrored.length).toBeGreaterThanOrEqual(10);
    for (const publication of mirrored) {
      const entry = read.index.entries.find((candidate) => candidate.id === publication.id);
      expect(entry?.url, publication.id).toBe(PUBLISHER_ADDRESSES[publication.id]);
    }
  });
});
