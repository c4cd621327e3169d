/**
 * `page/notes`: a loading page gets the passages of its own notes, from the address the browser
 * gives for the sender, never from what the page claims; private windows and ignored sites get none.
 */
import { describe, expect, test } from 'vitest';
import { createPageNotesFeature } from '../../../lib/background/page-notes-feature';
import { createNote } from '../../../lib/core/notes/create';
import type { Note } from '../../../lib/core/notes/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import type { SenderInfo } from '../../../lib/shared/messages/router';

const PAGE = 'https://www.vng.nl/regio';
const quote = { exact: 'gemeenschappelijke regeling', prefix: 'een ', suffix: '.' };
const quoted = createNote({ url: PAGE, title: 'Regio', body: 'let op', selectors: { quote } });
const plain = createNote({ url: PAGE, title: 'Regio', body: 'zonder passage' });
const elsewhere = createNote({ url: 'https://www.ipo.nl/x', title: 'X', body: '', selectors: { quote } });

function feature(settings: Partial<Settings> = {}) {
  const all: Note[] = [quoted, plain, elsewhere];
  const asked: Array<[string, string | undefined]> = [];
  const handler = createPageNotesFeature({
    notesForPage: async (url, canonical) => {
      asked.push([url, canonical]);
      return all.filter((note) => note.url === url);
    },
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
  }).handlers?.['page/notes'];
  if (!handler) throw new Error('page/notes has no handler');
  return { handler, asked };
}

const sender = (url: string, extra: Partial<SenderInfo> = {}): SenderInfo => ({
  id: 'regiolens',
  url,
  frameId: 0,
  tab: { id: 3, url, incognito: false },
  ...extra,
});

describe("'page/notes'", () => {
  test("the page gets its own notes' passages, and only those", async () => {
    const { handler } = feature();
    expect(await handler({}, sender(PAGE))).toEqual({ notes: [{ id: quoted.id, selectors: quoted.selectors }] });
  });

  test("the address is the browser's; the page's canonical goes along for the store's same-site check", async () => {
    const { handler, asked } = feature();
    await handler({ canonical: 'https://www.ipo.nl/x' }, sender(PAGE));
    expect(asked).toEqual([[PAGE, 'https://www.ipo.nl/x']]);
  });

  test('a frame inside the page is refused', async () => {
    const { handler } = feature();
    await expect(handler({}, sender(PAGE, { frameId: 2 }))).rejects.toThrow(/top frame/);
  });

  test('a private window the user keeps Regiolens out of gets nothing, nor does an ignored site', async () => {
    const privateTab = sender(PAGE, { tab: { id: 3, url: PAGE, incognito: true } });
    expect(await feature().handler({}, privateTab)).toEqual({ notes: [] });
    expect(await feature({ allowPrivateWindows: true }).handler({}, privateTab)).toEqual({
      notes: [{ id: quoted.id, selectors: quoted.selectors }],
    });
    expect(await feature({ ignoredSites: ['vng.nl'] }).handler({}, sender(PAGE))).toEqual({ notes: [] });
  });
});
