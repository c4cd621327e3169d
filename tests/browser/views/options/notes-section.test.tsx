import { describe, expect, test } from 'vitest';
import { NotesSection } from '../../../../lib/views/options/NotesSection';
import { NotesQuotaError } from '../../../../lib/core/notes/errors';
import { MAX_IMPORT_BYTES } from '../../../../lib/core/notes/import-jsonld';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/options-fakes';
import { renderIn } from '../../support/render-options';

const exportFile = () => new File(['{}'], 'notes.jsonld', { type: 'application/ld+json' });

describe('NotesSection', () => {
  for (const [state, text] of [
    ['persisted', 'bewaart je notities blijvend'],
    ['denied', 'geen blijvende opslag toegezegd'],
    ['unsupported', 'zegt niet of de opslag blijvend is'],
  ] as const) {
    test(`storage persistence "${state}" is explained`, async () => {
      const { notes } = fakeServices({ persistence: state, noteCount: 0 });
      const screen = await renderIn(<NotesSection notes={notes} />);
      await expect.element(screen.getByText('Je hebt nog geen notities.')).toBeVisible();
      await expect.element(screen.getByText(new RegExp(text))).toBeVisible();
      await expect.element(screen.getByText('Opslag in gebruik: 1,5 MB van 2 GB.')).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  }

  test('exports as JSON-LD and as Markdown through the save service', async () => {
    const services = fakeServices({ noteCount: 1 });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await screen.getByRole('button', { name: 'Exporteren als JSON-LD' }).click();
    await expect
      .element(screen.getByRole('status').filter({ hasText: '1 notities opgeslagen in regiolens-notes.jsonld.' }))
      .toBeVisible();
    await screen.getByRole('button', { name: 'Exporteren als Markdown' }).click();
    await expect
      .poll(() => services.saved.map((file) => file.fileName))
      .toEqual(['regiolens-notes.jsonld', 'regiolens-notes.markdown']);
  });

  test('a full disk during export is explained', async () => {
    const services = fakeServices({ exportError: new NotesQuotaError(new DOMException('full', 'QuotaExceededError')) });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await screen.getByRole('button', { name: 'Exporteren als JSON-LD' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'geen ruimte' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('an import shows its report: added, skipped, not imported, remarks, item by item', async () => {
    const services = fakeServices({
      importReport: {
        added: 4,
        skipped: 2,
        errors: [],
        refused: [{ item: 2, reason: 'image-target', detail: '' }],
        notices: [{ item: 0, code: 'fields-dropped', detail: 'creator, rights' }],
      },
    });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await screen.getByRole('button', { name: 'Importeren' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'Kies eerst een bestand.' })).toBeVisible();
    await screen.getByLabelText('Bestand om te importeren (.jsonld of .json)').upload(exportFile());
    await screen.getByRole('button', { name: 'Importeren' }).click();
    const report = screen.getByRole('status');
    await expect
      .poll(() => report.element().textContent ?? '')
      .toMatch(/4 notities geïmporteerd, 2 waren er al, 1 niet geïmporteerd, 1 geïmporteerd met opmerkingen/);
    expect(report.element().querySelector('[data-field="added"]')?.textContent).toBe('4');
    expect(report.element().querySelector('[data-field="skipped"]')?.textContent).toBe('2');
    expect(report.element().querySelector('[data-field="refused"]')?.textContent).toBe('1');
    expect(report.element().querySelector('[data-field="remarks"]')?.textContent).toBe('1');
    expect(report.element().textContent).toMatch(/Item 3 is niet geïmporteerd: het gaat over een afbeelding/);
    expect(report.element().textContent).toMatch(/Item 1 is geïmporteerd zonder: creator, rights\./);
    await expect.element(screen.getByText('Je hebt 7 notities.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  test('a refused import lists every problem, as text, and imports nothing', async () => {
    const services = fakeServices({
      importReport: {
        added: 0,
        skipped: 0,
        errors: [{ code: 'not-json', message: '<script>alert(1)</script> Unexpected token' }],
        refused: [],
        notices: [],
      },
    });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await screen.getByLabelText('Bestand om te importeren (.jsonld of .json)').upload(exportFile());
    await screen.getByRole('button', { name: 'Importeren' }).click();
    const alert = screen.getByRole('alert');
    await expect.poll(() => alert.element().textContent ?? '').toMatch(/Niets geïmporteerd/);
    await expect.poll(() => alert.element().textContent ?? '').toMatch(/geen JSON-export/);
    // Only our Dutch words: the parser's own English message is not mixed in (issue 12).
    expect(alert.element().textContent).not.toMatch(/Unexpected token|script/);
    expect(screen.container.querySelector('script')).toBeNull();
    await expectNoAxeViolations(screen.container);
  });

  test('a file over the import limit is refused from its size, before the notes service reads it', async () => {
    const services = fakeServices();
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    // Set on the input directly: an upload through the test driver would send all 64 MB across.
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'big.jsonld', { type: 'application/ld+json' });
    const transfer = new DataTransfer();
    transfer.items.add(big);
    const input = screen.getByLabelText('Bestand om te importeren (.jsonld of .json)').element() as HTMLInputElement;
    input.files = transfer.files;
    await screen.getByRole('button', { name: 'Importeren' }).click();
    const alert = screen.getByRole('alert');
    await expect.poll(() => alert.element().textContent ?? '').toMatch(/Niets geïmporteerd/);
    await expect.poll(() => alert.element().textContent ?? '').toMatch(/Dit bestand is te groot om te importeren/);
    expect(services.calls).toEqual([]);
    await expectNoAxeViolations(screen.container);
  });

  test('erasing needs the typed word in a modal dialog; focus goes in and comes back', async () => {
    const services = fakeServices({ noteCount: 5 });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await expect.element(screen.getByText('Je hebt 5 notities.')).toBeVisible();
    const opener = screen.getByRole('button', { name: 'Alle notities wissen…' });
    await opener.click();
    const dialog = screen.getByRole('dialog', { name: 'Alle notities wissen?' });
    await expect.element(dialog).toBeVisible();
    await expect.poll(() => dialog.element().textContent ?? '').toMatch(/alle notities \(5\)/);
    const field = screen.getByLabelText('Typ WISSEN om te bevestigen');
    await expect.element(field).toHaveFocus();
    await expectNoAxeViolations(screen.container);

    await screen.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.element(screen.getByText('Typ precies WISSEN.')).toBeVisible();
    expect(services.calls).not.toContain('erase');

    await screen.getByRole('button', { name: 'Annuleren' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
    expect(services.calls).not.toContain('erase');

    await opener.click();
    // Exactly the word asked for: lower case is refused, as the message says.
    await field.fill('wissen');
    await screen.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.element(screen.getByText('Typ precies WISSEN.')).toBeVisible();
    expect(services.calls).not.toContain('erase');
    await field.fill(' WISSEN ');
    await screen.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: '5 notities gewist.' })).toBeVisible();
    await expect.element(screen.getByText('Je hebt nog geen notities.')).toBeVisible();
    await expect.element(opener).toHaveFocus();
    expect(services.calls).toEqual(['erase']);
    await expectNoAxeViolations(screen.container);
  });

  test('a failed erase is explained and nothing is claimed erased', async () => {
    const services = fakeServices({ eraseError: new Error('the notes could not be stored: disk I/O error') });
    const screen = await renderIn(<NotesSection notes={services.notes} />);
    await screen.getByRole('button', { name: 'Alle notities wissen…' }).click();
    await screen.getByLabelText('Typ WISSEN om te bevestigen').fill('WISSEN');
    await screen.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.element(screen.getByRole('alert').filter({ hasText: 'disk I/O error' })).toBeVisible();
    await expect.element(screen.getByText('Je hebt 3 notities.')).toBeVisible();
  });
});
