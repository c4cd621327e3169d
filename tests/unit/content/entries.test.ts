/** The bundled material: every conference item and publication, with the rules of issue 3. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { serialiseIndex } from '../../../lib/core/index/canonical';
import { outcomeMessageKey, INDEX_OUTCOME_CODES } from '../../../lib/core/index/outcomes';
import type { IndexEntry } from '../../../lib/core/index/schema';
import { THEME_IDS } from '../../../lib/core/themes';
import { readSources } from '../../../scripts/lib/index-sources';
import { loadAllCatalogs } from '../../../scripts/lib/locales';
import { isDocumentMirror } from './document-mirrors';

const root = new URL('../../../', import.meta.url).pathname;
const read = readSources(`${root}content`);
if (!read.ok) throw new Error(`content/ is invalid: ${JSON.stringify(read.problems)}`);
const entries = new Map<string, IndexEntry>(read.index.entries.map((entry) => [entry.id, entry]));
/** A copy of ../shared/data/publications.json (the checked facts), so the test does not depend on a path outside the repository. */
const publications = JSON.parse(
  readFileSync(new URL('../../fixtures/index/publications.json', import.meta.url), 'utf8'),
) as Array<{ id: string; title: string; url: string }>;

const CONFERENCE_WITHOUT_URL = ['conf-sfeerverslag', 'conf-terugblik', 'art-ecosysteem-lokaal', 'pub-rob-ambacht', ...THEME_IDS];

describe('bundled content', () => {
  test('public/regiolens-index.json is the current build of content/', () => {
    expect(readFileSync(`${root}public/regiolens-index.json`, 'utf8')).toBe(serialiseIndex(read.index));
  });

  test('each werksessie carries its theme id as entry id, with the conference facts', () => {
    for (const id of THEME_IDS) {
      expect(entries.get(id)).toMatchObject({
        kind: 'werksessie',
        event: 'Werkconferentie Proef verschil!',
        date: '2016-12-08',
        themes: [id],
      });
    }
  });

  test('conference items without an address on the page have no url', () => {
    for (const id of CONFERENCE_WITHOUT_URL) {
      expect(entries.has(id), id).toBe(true);
      expect(entries.get(id)?.url, id).toBeUndefined();
    }
    expect(entries.get('pub-p31-regio')?.url).toBe('https://www.platform31.nl/publicaties/hoe-regelen-we-de-regio');
  });

  test('the ESB article is merged into art-ecosystemen-ambitieus', () => {
    expect(entries.has('esb-stam-ecosystemen')).toBe(false);
    expect(entries.get('art-ecosystemen-ambitieus')).toMatchObject({
      url: 'https://esb.nu/ecosystemen-voor-ambitieus-ondernemerschap/',
      date: '2014',
    });
  });

  test('every publication is present with its title as published and, where https and not a mirror, its checked url', () => {
    for (const publication of publications.filter((item) => item.id !== 'esb-stam-ecosystemen')) {
      const entry = entries.get(publication.id);
      expect(entry?.title, publication.id).toBe(publication.title);
      // A mirror's copy gives way to the publisher's own address, or to none (tests/unit/content/mirrors.test.ts).
      if (publication.url.startsWith('https://') && !isDocumentMirror(publication.url))
        expect(entry?.url, publication.id).toBe(publication.url);
    }
    expect(entries.size).toBe(13 + publications.length - 1);
  });

  test('every outcome has a message in Dutch and English', () => {
    const catalogs = loadAllCatalogs();
    for (const code of INDEX_OUTCOME_CODES) {
      expect(catalogs.nl[outcomeMessageKey(code)]?.message, code).toBeTruthy();
      expect(catalogs.en[outcomeMessageKey(code)]?.message, code).toBeTruthy();
    }
  });
});
