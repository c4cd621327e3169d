/** Page object for the options page (Dutch, as the e2e fixture sets it). */
import type { Locator } from '@playwright/test';
import type { Note } from '../../../lib/core/notes/types';
import { OptionsView } from './pages';

export class OptionsPage extends OptionsView {
  activeVersion(): Locator {
    return this.page.locator('[data-index="active"] [data-field="version"]');
  }
  activeEntries(): Locator {
    return this.page.locator('[data-index="active"] [data-field="entries"]');
  }
  activeSource(): Locator {
    return this.page.locator('[data-index="active"] [data-field="source"]');
  }
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
  async setUpdateUrl(url: string): Promise<void> {
    await this.page.getByLabel('Adres van de index').fill(url);
    await this.page.getByRole('button', { name: 'Adres opslaan' }).click();
    await this.status('Het adres is opgeslagen.').waitFor();
  }
  async checkNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nu controleren' }).click();
  }
  async rollback(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terug naar de vorige index' }).click();
  }
  async resetToBundled(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terug naar de meegeleverde index' }).click();
  }
  notesCount(): Locator {
    return this.page.locator('[data-notes-count]');
  }
  /** Exports as JSON-LD (or Markdown) and returns the downloaded file's path. */
  async exportAs(format: 'JSON-LD' | 'Markdown'): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Exporteren als ${format}` }).click();
    const file = await (await download).path();
    if (!file) throw new Error('the export was not downloaded');
    return file;
  }
  /** Puts notes straight into the notes database, as if written in the side panel earlier. */
  async storeNotes(notes: readonly Note[]): Promise<void> {
    await this.page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('regiolens-notes');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction('notes', 'readwrite');
      for (const note of records) transaction.objectStore('notes').put(note);
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, notes);
  }
  /** Opens the erase-all confirmation dialog and returns it, not yet confirmed. */
  async openEraseDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Alle notities wissen…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Alle notities wissen?' });
    await dialog.waitFor();
    return dialog;
  }
  /** Confirms the open erase dialog with the word it asks for. */
  async confirmErase(): Promise<void> {
    await this.page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
    await this.page.getByRole('button', { name: 'Definitief wissen' }).click();
  }
  async importNotes(file: string): Promise<void> {
    await this.page.getByLabel('Bestand om te importeren (.jsonld of .json)').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Importeren', exact: true }).click();
  }
}
