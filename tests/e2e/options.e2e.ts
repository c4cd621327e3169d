/**
 * The options page on the built extension: an index update from a local
 * server, signed with the demo publisher key the test-key build trusts, is
 * picked up; forged, unsigned and older ones are refused with the active index
 * unchanged; rollback and reset work; notes survive export → erase → import.
 * Every state the page shows on the way (update failed, previous index, name
 * saved, erase dialog open, import report: imported, skipped, refused) passes
 * axe in light and dark at 320 px (issue 12, "Done when").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { IndexFile } from '../../lib/core/index/schema';
import { formatSignatureFile, publicKeyOf, signBytes } from '../../lib/core/index/signature';
import { createNote } from '../../lib/core/notes/create';
import type { Note } from '../../lib/core/notes/types';
import { readPrivateKeyFile } from '../../scripts/lib/index-keys';
import { expectAccessibleLightAndDark } from './support/axe';
import { evaluateInContentWorld } from './support/content-world';
import { expect, test } from './support/fixtures';
import { OptionsPage } from './support/options-view';
import { openTestPage } from './support/pages';

const DEMO_KEY = new URL('../fixtures/keys/demo-regiolens-publisher.key', import.meta.url).pathname;
// The bundled index as shipped (public/ is copied into the build as it is); read before any build may exist.
const bundled = JSON.parse(readFileSync(new URL('../../public/regiolens-index.json', import.meta.url), 'utf8')) as IndexFile;

async function signed(index: IndexFile): Promise<{ body: Buffer; signature: string }> {
  const body = Buffer.from(JSON.stringify(index, null, 2));
  const key = readPrivateKeyFile(DEMO_KEY);
  return { body, signature: formatSignatureFile(await signBytes(key, body), await publicKeyOf(key)) };
}

function variant(version: number, entries: number): IndexFile {
  return { ...bundled, version, created: '2027-01-15T00:00:00Z', entries: bundled.entries.slice(0, entries) };
}

test('an update from a local server is picked up, bad ones are refused, rollback and reset work', async ({
  context,
  extensionId,
  server,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const next = variant(bundled.version + 1, 10);
  let served = await signed(next);
  let signature: string | null = served.signature;
  // Off its host list the extension fetches under CORS, as from any web page: an update host must allow it.
  server.route('/index.json', (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'application/json');
    response.end(served.body);
  });
  server.route('/index.json.sig', (_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    if (signature === null) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    response.setHeader('content-type', 'text/plain');
    response.end(signature);
  });

  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await expect(options.activeVersion()).toHaveText(String(bundled.version));
  await expect(options.activeEntries()).toHaveText(String(bundled.entries.length));
  await expectAccessibleLightAndDark(options.page, 'options (bundled index)', { narrow: true });

  // http is accepted for loopback only.
  await options.setUpdateUrl(`${server.origin}/index.json`);
  await options.checkNow();
  await expect(options.status('De index is bijgewerkt naar een nieuwe versie.')).toBeVisible();
  await expect(options.activeVersion()).toHaveText(String(next.version));
  await expect(options.activeEntries()).toHaveText('10');
  await expect(options.activeSource()).toHaveText(`Update van ${server.origin}/index.json`);
  await expect(options.page.locator('[data-index="previous"] [data-field="version"]')).toHaveText(String(bundled.version));
  await expectAccessibleLightAndDark(options.page, 'options (updated, previous index kept)', { narrow: true });

  // Forged: a newer index under the previous signature.
  const forged = await signed(variant(next.version + 1, 5));
  served = { body: forged.body, signature: '' };
  await options.checkNow();
  await expect(options.alert('de handtekening klopt niet')).toBeVisible();
  await expect(options.activeVersion()).toHaveText(String(next.version));
  await expectAccessibleLightAndDark(options.page, 'options (update failed: forged)', { narrow: true });

  // Unsigned: no .sig next to it.
  served = forged;
  signature = null;
  await options.checkNow();
  await expect(options.alert('er is geen handtekening')).toBeVisible();
  await expect(options.activeVersion()).toHaveText(String(next.version));

  // Older: properly signed, but not newer than the active one.
  served = await signed(variant(bundled.version, 3));
  signature = served.signature;
  await options.checkNow();
  await expect(options.alert('deze versie is niet nieuwer')).toBeVisible();
  await expect(options.activeVersion()).toHaveText(String(next.version));
  await expect(options.activeEntries()).toHaveText('10');

  // Back to the bundled index, then back to the previous one (the update).
  await options.resetToBundled();
  await expect(options.status('De index die bij de extensie hoort is weer actief.')).toBeVisible();
  await expect(options.activeSource()).toHaveText('Meegeleverd met de extensie');
  await expect(options.activeEntries()).toHaveText(String(bundled.entries.length));
  await options.rollback();
  await expect(options.status('De vorige index is weer actief.')).toBeVisible();
  await expect(options.activeVersion()).toHaveText(String(next.version));
  await expect(options.activeEntries()).toHaveText('10');
  await expectAccessibleLightAndDark(options.page, 'options (rolled back)', { narrow: true });

  // A second options tab follows changes (the regiolens-index broadcast).
  const other = await new OptionsPage(await context.newPage(), extensionId).open();
  await expect(other.activeVersion()).toHaveText(String(next.version));
  await options.page.bringToFront();
  await options.resetToBundled();
  await expect(other.activeSource()).toHaveText('Meegeleverd met de extensie');
  expect(consoleErrors).toEqual([]);
});

test('an address off this machine over plain http is refused before it is saved', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.page.getByLabel('Adres van de index').fill('http://index.example.org/regiolens.json');
  await options.page.getByRole('button', { name: 'Adres opslaan' }).click();
  await expect(options.alert('het adres moet met https beginnen')).toBeVisible();
  await expectAccessibleLightAndDark(options.page, 'options (address refused)', { narrow: true });
  expect(consoleErrors).toEqual([]);
});

/** The notes in the extension's IndexedDB, reduced to what an export must carry, sorted by body. */
async function storedNotes(page: Page): Promise<Array<{ url: string; body: string; tags: string[]; quote: unknown }>> {
  const records = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('regiolens-notes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Note[]>((resolve, reject) => {
      const request = db.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolve(request.result as Note[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  });
  return records
    .map((note) => ({ url: note.url, body: note.body, tags: note.tags, quote: note.selectors?.quote ?? null }))
    .sort((a, b) => a.body.localeCompare(b.body));
}

test('notes survive export → erase → import in options', async ({ context, extensionId, consoleErrors }) => {
  // Eight states, each checked by axe twice: minutes on a busy two-core machine.
  test.setTimeout(240_000);
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await expect(options.notesCount()).toHaveText('Je hebt nog geen notities.');
  const notes = [
    createNote({
      url: 'https://www.vng.nl/artikel?utm_source=x',
      title: 'Regio',
      body: 'Eerste <b>notitie</b>',
      tags: ['regio'],
    }),
    createNote({
      url: 'https://www.vng.nl/artikel',
      title: 'Regio',
      body: 'Over de passage',
      selectors: { quote: { exact: 'gemeenschappelijke regeling', prefix: 'een ', suffix: ' is' } },
    }),
  ];
  await options.storeNotes(notes);
  // The user's name, saved in options, is kept across a reload and named as creator by the export (#16).
  const nameField = options.page.getByLabel('Je naam (optioneel)');
  await nameField.fill('Anne de Vries');
  await options.page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(options.status('Je naam staat voortaan bij je notities in een export.')).toBeVisible();
  await options.page.reload();
  await expect(options.notesCount()).toHaveText('Je hebt 2 notities.');
  await expect(nameField).toHaveValue('Anne de Vries');
  await expectAccessibleLightAndDark(options.page, 'options (2 notes, name saved)', { narrow: true });

  const file = await options.exportAs('JSON-LD');
  await expect(options.status(/2 notities opgeslagen in regiolens-notes-.*\.jsonld/)).toBeVisible();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { first?: { items?: Array<{ creator?: unknown }> } };
  expect(JSON.stringify(exported)).toContain('Eerste <b>notitie</b>');
  expect(exported.first?.items?.map((item) => item.creator)).toEqual([
    { type: 'Person', name: 'Anne de Vries' },
    { type: 'Person', name: 'Anne de Vries' },
  ]);

  const dialog = await options.openEraseDialog();
  await expect(dialog).toContainText('alle notities (2)');
  await expectAccessibleLightAndDark(options.page, 'options (erase dialog open)', { narrow: true });
  await options.confirmErase();
  await expect(options.status('2 notities gewist.')).toBeVisible();
  await expect(options.notesCount()).toHaveText('Je hebt nog geen notities.');
  await expectAccessibleLightAndDark(options.page, 'options (erased)', { narrow: true });

  await options.importNotes(file);
  await expect(options.status('2 notities geïmporteerd.')).toBeVisible();
  await expect(options.notesCount()).toHaveText('Je hebt 2 notities.');
  await expectAccessibleLightAndDark(options.page, 'options (import report: imported)', { narrow: true });

  // What came back is what went out: bodies (markup kept as text), tags, quoted passages and pages.
  const restored = await storedNotes(options.page);
  expect(restored).toEqual(
    notes
      .map((note) => ({ url: note.url, body: note.body, tags: note.tags, quote: note.selectors?.quote ?? null }))
      .sort((a, b) => a.body.localeCompare(b.body)),
  );

  // Importing the same file again skips everything.
  await options.importNotes(file);
  await expect(options.status('Geen notities geïmporteerd, 2 waren er al.')).toBeVisible();
  await expect(options.page.locator('[data-import-report] [data-field="skipped"]')).toHaveText('2');
  await expectAccessibleLightAndDark(options.page, 'options (import report: skipped)', { narrow: true });

  // A file with an item that is no note (an image's annotation): that item is refused, item by item.
  const withImage = join(mkdtempSync(join(tmpdir(), 'regiolens-import-')), 'met-afbeelding.jsonld');
  const items = exported.first?.items ?? [];
  const image = {
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'Over de kaart' },
    target: { source: 'https://www.vng.nl/kaart.png', type: 'Image' },
  };
  writeFileSync(withImage, JSON.stringify({ ...exported, first: { ...exported.first, items: [...items, image] } }));
  await options.importNotes(withImage);
  await expect(options.page.locator('[data-import-report] [data-field="refused"]')).toHaveText('1');
  await expect(options.page.locator('[data-import-report] [data-list="refused"] li')).toHaveCount(1);
  await expectAccessibleLightAndDark(options.page, 'options (import report: one item refused)', { narrow: true });

  // A file that is no JSON at all: the file is refused and its problem listed.
  const broken = join(dirname(withImage), 'kapot.jsonld');
  writeFileSync(broken, '{ "type": "AnnotationCollection", ');
  await options.importNotes(broken);
  await expect(options.page.locator('[data-import-report] [data-list="errors"] li')).toHaveCount(1);
  await expectAccessibleLightAndDark(options.page, 'options (import refused: not JSON)', { narrow: true });
  await expect(options.notesCount()).toHaveText('Je hebt 2 notities.');
  expect(consoleErrors).toEqual([]);
});

test('a site on the ignore list is not read; removed from it, it is read again', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.page.getByLabel('Websitenaam, bijvoorbeeld voorbeeld.nl').fill('vng.nl');
  await options.page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(options.status('vng.nl wordt voortaan overgeslagen.')).toBeVisible();

  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const tabStatus = () =>
    worker.evaluate(async (id: number) => {
      const stored = await chrome.storage.session.get(`tab:${id}`);
      return (stored[`tab:${id}`] as { status?: string } | undefined)?.status ?? 'none';
    }, tabId);
  // The content script reports within a second on this small page; give it twice that.
  await page.waitForTimeout(2000);
  expect(await tabStatus()).not.toBe('analysed');

  await options.page.bringToFront();
  await options.page.getByRole('button', { name: 'vng.nl verwijderen' }).click();
  await expect(options.status('vng.nl wordt niet meer overgeslagen.')).toBeVisible();
  await page.reload();
  await expect.poll(tabStatus).toBe('analysed');
  expect(consoleErrors).toEqual([]);
});

/**
 * Only extension pages change the settings, and nothing a content script can reach steers the
 * extension (issue 11, item 2): after the options page saved an ignore list, private-window reading
 * and an update address, the content script's world on a policy site finds no settings in
 * storage.local, is refused storage.session (tab states), and has no settings database (its
 * IndexedDB is the page's).
 */
test("the content script's world reaches no settings and no tab state", async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.page.getByLabel('Websitenaam, bijvoorbeeld voorbeeld.nl').fill('voorbeeld.nl');
  await options.page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(options.status('voorbeeld.nl wordt voortaan overgeslagen.')).toBeVisible();
  await options.page.getByRole('checkbox', { name: "Ook pagina's in privévensters herkennen" }).check();
  await options.setUpdateUrl('https://www.vng.nl/regiolens-index.json');

  const { page, tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const tabStatus = () =>
    worker.evaluate(async (id: number) => {
      const stored = await chrome.storage.session.get(`tab:${id}`);
      return (stored[`tab:${id}`] as { status?: string } | undefined)?.status ?? 'none';
    }, tabId);
  await expect.poll(tabStatus).toBe('analysed');

  const reached = await evaluateInContentWorld<{ local: unknown; session: string; databases: string[] }>(
    context,
    page,
    extensionId,
    `(async () => {
      const local = await chrome.storage.local.get(null);
      let session;
      try {
        session = JSON.stringify(await chrome.storage.session.get(null));
      } catch (error) {
        session = 'refused: ' + String(error);
      }
      const databases = (await indexedDB.databases()).map((database) => database.name);
      return { local, session, databases };
    })()`,
  );
  expect(reached.local).toEqual({});
  expect(reached.session).toMatch(/^refused: /);
  expect(reached.databases).not.toContain('regiolens-settings');
  // The settings are there for the extension itself, and nothing is left in storage.local.
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
  expect(consoleErrors).toEqual([]);
});
