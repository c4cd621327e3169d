/**
 * The Markdown export as a reader meets it (issue 12, minor): opened in Notepad it reads as text
 * (no backslashes before hyphens and dates, the date in Dutch in local time, "Tags" as the UI says),
 * and rendered it links material by its title to its address, taken from the active index through
 * the background; an id the index does not hold stays an id.
 */
import { readFileSync } from 'node:fs';
import { createNote } from '../../lib/core/notes/create';
import { expect, test } from './support/fixtures';
import { OptionsPage } from './support/options-view';

test('the Markdown export reads as text and names linked material by title, linked to its address', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.storeNotes([
    createNote(
      {
        url: 'https://www.vng.nl/artikel',
        title: 'Regio Deal 2026-12-02',
        body: 'Bespreken in het regio-overleg: R&D-budget en de Wgr 2022.',
        tags: ['wgr-2022'],
        links: ['raad-van-state-advies-wgr', 'ws-den-haag', 'niet-in-de-index'],
      },
      { now: new Date('2026-11-20T10:00:00Z') },
    ),
  ]);
  await options.page.reload();
  await expect(options.notesCount()).toHaveText('Je hebt 1 notitie.');

  const text = readFileSync(await options.exportAs('Markdown'), 'utf8');
  expect(text).toMatch(/^# Regiolens-notities$/mu);
  expect(text).toMatch(/^## Regio Deal 2026-12-02$/mu);
  expect(text).toMatch(/^### Geschreven op (19|20|21) november 2026 om \d\d:\d\d$/mu);
  expect(text).toContain('Bespreken in het regio-overleg: R&D-budget en de Wgr 2022.');
  expect(text).toMatch(/^Tags: wgr-2022$/mu);
  expect(text).toContain(
    '- [Advies Afdeling advisering Raad van State inzake wijziging van de Wet gemeenschappelijke regelingen en enige andere wetten in verband met het versterken van de democratische legitimatie van gemeenschappelijke regelingen](<https://zoek.officielebekendmakingen.nl/dossier/kst-35513-4.html>)',
  );
  expect(text).toContain("- Daar heb je 'Den Haag' weer\n");
  expect(text).toContain('- niet-in-de-index\n');
  expect(text).not.toContain('\\');
  expect(consoleErrors).toEqual([]);
});
