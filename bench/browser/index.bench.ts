/**
 * Index budgets (issue 3), in Chromium:
 * - verify + validate + store + build the fuse.js search index for a 10,000-entry
 *   index: under 1500 ms in total (each step reported too);
 * - load the active (bundled) index in a fresh background: under 50 ms.
 */
import bundledIndexUrl from '../../public/regiolens-index.json?url';
import Fuse from 'fuse.js';
import { describe, test } from 'vitest';
import { openIndexDb } from '../../lib/shared/stores/index-db';
import { serialiseIndexBytes } from '../../lib/core/index/canonical';
import { checkIndexUpdate } from '../../lib/core/index/check-update';
import { INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../lib/core/index/schema';
import {
  formatSignatureFile,
  generateKeyPair,
  parseSignatureFile,
  signBytes,
  verifyDetached,
} from '../../lib/core/index/signature';
import { parseIndexBytes } from '../../lib/core/index/validate';
import { loadBundledIndex } from '../../lib/background/index-bundled';
import { THEME_IDS } from '../../lib/core/themes';
import { measure, recordFigure, recordStats } from '../lib/figures';

/** The fields a search over the material looks at (the popup's choice may differ slightly; the cost is of this order). */
const SEARCH_KEYS = ['title', 'keywords', 'summary', 'publisher'];

const WORDS = [
  'regio',
  'samenwerking',
  'gemeenschappelijke regeling',
  'verlengd lokaal bestuur',
  'regiodeal',
  'investeringsagenda',
  'raad',
  'staten',
  'democratie',
  'ecosysteem',
  'ondernemerschap',
  'Rijk',
  'provincie',
  'griffie',
  'legitimiteit',
];

function word(i: number): string {
  return WORDS[i % WORDS.length] ?? 'regio';
}

function generatedIndex(count: number, version: number): IndexFile {
  const entries: IndexEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `gen-${i.toString().padStart(5, '0')}`,
    title: `${word(i)} en ${word(i * 7 + 3)}: publicatie ${i}`,
    kind: 'publicatie',
    publisher: `Uitgever ${i % 50}`,
    date: `${2000 + (i % 25)}`,
    url: `https://example.org/publicaties/${i}`,
    themes: [THEME_IDS[i % THEME_IDS.length] ?? 'ws-samenwerking'],
    keywords: [word(i), word(i + 1), word(i + 5), `trefwoord ${i % 300}`],
    summary: `Samenvatting over ${word(i)}, ${word(i + 2)} en ${word(i + 4)} in regio ${i % 40}; in eigen woorden, met wat extra tekst zodat de lengte lijkt op echte samenvattingen van ongeveer tweehonderd tekens.`,
  }));
  return { format: INDEX_FORMAT, version, created: '2026-11-27T00:00:00Z', entries };
}

describe('index: update path at 10,000 entries', () => {
  test('verify + validate + store + build search index', async () => {
    const keys = await generateKeyPair();
    const index = generatedIndex(10_000, 2);
    const bytes = serialiseIndexBytes(index);
    const sigText = formatSignatureFile(await signBytes(keys.privateKeyPkcs8, bytes), keys.publicKey);
    const sig = parseSignatureFile(sigText);
    if (!sig.ok) throw new Error(sig.message);
    await recordFigure({
      name: 'index.size.10000',
      value: bytes.byteLength / 1024,
      unit: 'kB',
      note: 'canonical JSON, generated entries',
    });

    const options = { runs: 7, warmup: 1 };
    const verify = await measure(() => verifyDetached(bytes, sig.value, [keys.publicKey]), options);
    await recordStats('index.verify.10000', verify);
    const validate = await measure(() => parseIndexBytes(bytes), options);
    await recordStats('index.validate.10000', validate, { note: 'UTF-8 decode + JSON.parse + valibot + unique ids' });

    let run = 0;
    const db = await openIndexDb({
      name: `regiolens-index-bench-${crypto.randomUUID()}`,
      loadBundled: async () => generatedIndex(10, 1),
    });
    const store = await measure(
      () => db.swapIn(index, { kind: 'update', url: 'https://example.org/i.json' }, `2026-11-27T00:00:0${run++ % 10}Z`, null),
      options,
    );
    await recordStats('index.store.10000', store, { note: 'one IndexedDB transaction, previous kept' });
    const fuse = await measure(() => Fuse.createIndex(SEARCH_KEYS, index.entries), options);
    await recordStats('index.fuse-build.10000', fuse, { note: `Fuse.createIndex over ${SEARCH_KEYS.join(', ')}` });

    // The whole path as the updater runs it: checkIndexUpdate (size, signature, JSON, schema, ids, version) → swap → search index.
    const total = await measure(async () => {
      const checked = await checkIndexUpdate(bytes, sigText, { trustedKeys: [keys.publicKey], activeVersion: 1 });
      if (!checked.ok) throw new Error(checked.message);
      await db.swapIn(checked.index, { kind: 'update', url: 'https://example.org/i.json' }, '2026-11-27T00:00:00Z', null);
      const search = new Fuse(checked.index.entries, { keys: SEARCH_KEYS }, Fuse.createIndex(SEARCH_KEYS, checked.index.entries));
      if (search.search('regiodeal', { limit: 1 }).length === 0) throw new Error('search found nothing');
    }, options);
    await recordStats('index.update-total.10000', total, { budget: 1500 });

    const loadStored = await measure(async () => (await db.loadActive()).index.entries.length, options);
    await recordStats('index.load-stored.10000', loadStored, { note: 'loadActive from IndexedDB with schema validation' });
    db.close();
  });
});

describe('index: start-up with the bundled index', () => {
  test('load the active index in a fresh background (bundled, first run and pointer)', async () => {
    // The packaged file, served by Vite as an asset (the bench config serves no public dir).
    const bundledUrl = bundledIndexUrl;
    const firstRun = await measure(
      async () => {
        const db = await openIndexDb({
          name: `regiolens-index-bench-${crypto.randomUUID()}`,
          loadBundled: () => loadBundledIndex(fetch, bundledUrl),
        });
        const active = await db.loadActive();
        db.close();
        if (active.index.entries.length < 50) throw new Error('bundled index not loaded');
      },
      { runs: 30, warmup: 3 },
    );
    await recordStats('index.load-bundled.fresh', firstRun, {
      budget: 50,
      note: 'open DB + read slot + fetch + parse + validate public/regiolens-index.json',
    });

    const name = `regiolens-index-bench-${crypto.randomUUID()}`;
    const setup = await openIndexDb({ name, loadBundled: () => loadBundledIndex(fetch, bundledUrl) });
    await setup.resetToBundled('2026-11-27T00:00:00Z');
    setup.close();
    const pointer = await measure(
      async () => {
        const db = await openIndexDb({ name, loadBundled: () => loadBundledIndex(fetch, bundledUrl) });
        await db.loadActive();
        db.close();
      },
      { runs: 30, warmup: 3 },
    );
    await recordStats('index.load-bundled.stored-pointer', pointer, {
      budget: 50,
      note: 'active slot says "bundled": open DB + read + load bundled file',
    });
  });
});
